#pragma once
// The trainer's report: ONE self-contained HTML file (inline CSS and SVG, no script, no
// external resource, printable on A4) that answers at a glance, per statement, whether
// the better arguments won the room, and shows the speaking time, the course of the
// debate, the drogredenen, the crossings, the argument graph and a feedback card per
// participant. Every figure is the scoreboard's (core::build_scoreboard), spelled as
// `lagerhuis analyze session --table` spells it.
//
//   // from a log, e.g. in the replay viewer (folding 100,000 events takes a moment):
//   std::string html = report::html_report(events, messages, {.language = Language::nl}, on_progress);
//   // from a state already folded and scored:
//   std::string html = report::html_report(state, board, messages, {.language = Language::en});
#include <optional>
#include <span>
#include <vector>
#include <string>

#include "core/event.hpp"
#include "core/message_catalog.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"
#include "report/progress.hpp"

namespace lagerhuis::report {

// A trainer's note from the replay viewer (kept in the session file beside the log):
// pinned to a moment, to an argument, or to neither (the whole session).
struct ReportNote {
    std::optional<core::Millis> at_ms;
    core::ArgumentId argument;
    std::string author;
    std::string text;
};

struct HtmlOptions {
    core::Language language = core::Language::nl;
    // Replace every name (pseudonyms.hpp) before folding. With the state overload the
    // caller has done that already; the flag then only adds the note saying so.
    bool pseudonymize = false;
    // Shown in their own section, by time. Left out when pseudonymizing: free text may
    // name people, and the report then says notes were left out.
    std::vector<ReportNote> notes;
};

std::string html_report(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                        const HtmlOptions& options);

// Pseudonymizes (when asked), folds and scores the log, reporting progress over the
// events, then renders. The last progress call (events.size(), events.size()) comes
// when the text is ready.
std::string html_report(std::span<const core::Event> events, const core::MessageCatalog& messages, const HtmlOptions& options,
                        const Progress& progress = {});

}  // namespace lagerhuis::report
