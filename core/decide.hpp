#pragma once
// The rules engine's gate: a command either becomes events or is refused with a reason.
// Pure: the state is not changed (apply() does that), time comes in as `now`.
#include <vector>

#include "command.hpp"
#include "event.hpp"
#include "refusal.hpp"
#include "result.hpp"
#include "state.hpp"

namespace lagerhuis::core {

using Decision = Result<std::vector<Event>, Refusal>;

// Events get seq numbers from state.last_seq + 1 and the time max(now, last event's time),
// so the log's clock never runs backwards.
Decision decide(const State& state, const Command& command, Millis now);

// Limits on free text, shared with the clients so they can say so before sending.
inline constexpr std::size_t max_name_length = 40;
inline constexpr std::size_t max_text_length = 280;

}  // namespace lagerhuis::core
