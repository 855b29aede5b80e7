#include "demo/demo_moment.hpp"

#include <algorithm>

#include "core/apply.hpp"

namespace lagerhuis::demo {

namespace {

bool lively(const core::State& state) {
    const core::Turn* turn = state.turn(state.current_turn);
    const bool flags_waiting = std::any_of(state.flags.begin(), state.flags.end(), [](const core::Flag& flag) {
        return flag.outcome == core::FlagOutcome::pending;
    });
    return turn && turn->running_since && !turn->arguments.empty() && !state.hand_queue.empty() &&
           state.turns.size() >= 4 && flags_waiting;
}

}  // namespace

std::size_t lively_moment(std::span<const core::Event> events) {
    core::State state;
    for (std::size_t count = 0; count < events.size(); ++count) {
        core::apply(state, events[count]);
        if (lively(state)) return count + 1;
    }
    return events.size();
}

}  // namespace lagerhuis::demo
