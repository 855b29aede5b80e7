#pragma once
// Who should speak next, and why. The session's TurnRules decide: the floor alternates
// between voor and tegen, a speaker waits until K others have spoken, and those who
// have not spoken yet go first. The suggestion comes with a reason the console shows
// ("tegen is aan de beurt; Anna heeft nog niet gesproken").
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "state.hpp"

namespace lagerhuis::core {

struct Suggestion {
    ParticipantId participant;
    std::string reason;  // message id, e.g. "suggest.side_first_timer"
    std::vector<std::pair<std::string, std::string>> params;
};

// nullopt when no hand is raised (or there is no active statement).
std::optional<Suggestion> suggest_next_speaker(const State& state);

// How many more others must speak before `who` may speak again in the active
// statement under the wait rule (0: free to speak).
int turns_to_wait(const State& state, ParticipantId who);

// The side whose turn it is when sides alternate (nullopt: either).
std::optional<Side> side_to_speak(const State& state);

}  // namespace lagerhuis::core
