#pragma once
// What a session file holds about one person, as one self-contained HTML page for them
// (`lagerhuis export FILE --participant ID|NAME --format html`, AVG art. 15): their
// feedback card, the trainer's notes on their arguments, and every event about them
// (core::events_about) with its time and its fields. Made from a log in which everybody
// else is a pseudonym (Pseudonyms::from_log with `keep`), so the page names nobody else.
#include <span>
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/message_catalog.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"
#include "report/html_report.hpp"

namespace lagerhuis::report {

struct AccessReport {
    core::ParticipantId who;
    std::vector<core::Event> events;  // about them, in log order
    std::vector<ReportNote> notes;    // the trainer's notes about them
};

std::string access_report_html(const core::State& state, const core::Scoreboard& board, const AccessReport& about,
                               const core::MessageCatalog& messages, core::Language language);

// Everything at once from the whole log and the trainer's notes: the others become
// pseudonyms (in `events`, the page and the notes' texts), and of the notes those pinned
// to `who`'s arguments or naming them are kept.
struct AccessExport {
    std::vector<core::Event> events;  // about `who`, for --format jsonl
    std::string html;                 // for --format html
};
AccessExport access_export(std::span<const core::Event> log, const std::vector<ReportNote>& notes, core::ParticipantId who,
                           const core::MessageCatalog& messages, core::Language language);

}  // namespace lagerhuis::report
