#pragma once
// Folding events into state. Live play, recovery and replay all go through here, so
// the same log always gives the same state. apply() never refuses: decide() already did
// the checking, and a stored log is a record of facts.
#include <span>

#include "event.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// In place, because a session has 100,000 events and the state is large.
void apply(State& state, const Event& event);

State fold(std::span<const Event> events);

}  // namespace lagerhuis::core
