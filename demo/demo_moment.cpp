#include "demo/demo_moment.hpp"

#include <algorithm>

#include "core/apply.hpp"
#include "core/decide.hpp"

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

std::vector<core::Event> hosted_demo(std::span<const core::Event> events, std::size_t count) {
    std::vector<core::Event> hosted(events.begin(), events.begin() + static_cast<std::ptrdiff_t>(std::min(count, events.size())));
    const core::State state = core::fold(hosted);
    if (!state.room_locked) return hosted;
    const auto facilitator = std::find_if(state.participants.begin(), state.participants.end(),
                                          [](const core::Participant& person) { return person.role == core::Role::facilitator; });
    if (facilitator == state.participants.end()) return hosted;
    auto opened = core::decide(state, core::Command{facilitator->id, "demo-open-room", core::LockRoom{false}}, state.last_at_ms);
    if (opened) hosted.insert(hosted.end(), opened->begin(), opened->end());
    return hosted;
}

}  // namespace lagerhuis::demo
