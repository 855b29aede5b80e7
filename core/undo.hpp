#pragma once
// Which events a gespreksleider can undo, and the event that undoes each. Computed from
// the state just before the event is applied, because the inverse needs the old value.
#include <optional>

#include "state.hpp"

namespace lagerhuis::core {

std::optional<EventBody> inverse_of(const State& before, const Event& event);

}  // namespace lagerhuis::core
