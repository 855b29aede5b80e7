#pragma once
// The person a privacy officer means on the command line (`erase`, `export
// --participant`): their number ("7") or any name they had in the session.
#include <string>
#include <vector>

#include "event.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// None when nobody in `state` has that number or ever had that name.
ParticipantId find_participant(const State& state, const std::vector<Event>& log, const std::string& wanted);

}  // namespace lagerhuis::core
