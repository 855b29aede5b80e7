#pragma once
// The names of an anonymous room (SessionRules::anonymous_room): who joins is called
// "Deelnemer 3" ("Participant 3" in an English session), numbered by the participants
// who joined before, so the numbers on the benches run 1, 2, 3 without the
// gespreksleider's gap; a name taken meanwhile (a rename) moves to the next number.
#include <string>

#include "state.hpp"

namespace lagerhuis::core {

std::string generated_name(const State& state);

}  // namespace lagerhuis::core
