#pragma once
// What a session file holds about people, in plain words for a privacy officer
// (`lagerhuis privacy FILE`): names, free texts, polls and whether their ballots can still
// be linked to a voter, and the retention date. Counted from the log and the notes, so
// it says what is in the file, not what the settings promise.
#include <optional>
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/message_catalog.hpp"
#include "core/state.hpp"
#include "store/log_rewrite.hpp"

namespace lagerhuis::cli {

struct PrivacyFacts {
    std::string file;
    std::string title;
    int people = 0;   // every name: participants, facilitators, observers
    int removed = 0;  // taken out of the session, their history still there
    int argument_texts = 0;
    int fallacy_notes = 0;
    int override_reasons = 0;
    int trainer_notes = 0;
    int polls_sealed = 0;    // secret, closed: the tally only
    int polls_linkable = 0;  // secret, closed before sealing existed: who voted what is kept
    int polls_open_rule = 0; // open ballots by the session's rule: who voted what is kept
    bool poll_running = false;
    std::optional<std::string> keep_until;
    std::vector<store::ErasureRecord> erasures;  // when and under which pseudonym, never who
    std::string today;
    // Past its date: the file is due for deletion.
    bool overdue() const { return keep_until && *keep_until < today; }
};

PrivacyFacts privacy_facts(const std::string& file, const core::State& state, const std::vector<core::Event>& events,
                           int trainer_notes, std::optional<std::string> keep_until, std::string today,
                           std::vector<store::ErasureRecord> erasures = {});

std::string privacy_summary(const PrivacyFacts& facts, const core::MessageCatalog& messages, core::Language language);

}  // namespace lagerhuis::cli
