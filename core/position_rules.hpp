#pragma once
// When a statement's opening position is fixed (the seats from which moving counts as
// crossing the floor): by the gespreksleider, or by the engine itself at the first turn,
// at the first move after the settling time, or when the statement closes. decide()
// follows these, and the console shows them, so both say the same.
#include <optional>

#include "refusal.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// Whether the gespreksleider may fix the opening of `statement` now: while it is not
// fixed, and again while no turn has started since it was (people were still settling);
// not once the closing position is fixed. nullopt: allowed; else decide()'s refusal.
std::optional<Refusal> may_fix_opening(const State& state, const Statement& statement);

// The session time from which a move fixes the opening of `statement` by itself, before
// the move (nullopt: the session's settling time is 0, so only the first turn does).
std::optional<Millis> opening_grace_end(const State& state, const Statement& statement);

}  // namespace lagerhuis::core
