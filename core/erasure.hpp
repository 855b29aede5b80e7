#pragma once
// Erasing one person from a session log (AVG art. 17), as `lagerhuis erase` does it: the
// person stays (their id, seats, turns and scores fold as before) but their name becomes a
// pseudonym, the free texts attached to them are emptied (arguments tagged in their turns,
// notes on drogredenen tagged in their turns, the reason a turn of theirs was given out of
// order), and every other free text that names them names the pseudonym instead. Pure:
// the store writes the events this returns.
#include <optional>
#include <string>
#include <vector>

#include "event.hpp"
#include "state.hpp"

namespace lagerhuis::core {

struct ErasedLog {
    std::vector<Event> changed;      // the events that differ, as they become
    std::vector<std::string> names;  // every name the person had, to scrub elsewhere too
};

// Every name `who` had in `log` (joined as, renamed to), longest first.
std::vector<std::string> names_of(const std::vector<Event>& log, ParticipantId who);

// A name for `who` that nobody in `state` has: "Deelnemer 7", or with a letter after it.
std::string pseudonym_for(const State& state, ParticipantId who);

ErasedLog erase_participant(const std::vector<Event>& log, ParticipantId who, const std::string& pseudonym);

// `text` with each of `names` replaced by `pseudonym`.
std::string scrubbed(std::string text, const std::vector<std::string>& names, const std::string& pseudonym);

}  // namespace lagerhuis::core
