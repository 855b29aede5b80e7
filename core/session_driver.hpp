#pragma once
// Runs commands through decide() and apply() and keeps the log: the fold a host does,
// minus the store and the network. Used by the demo, tests and benchmarks. Pure: time
// is whatever the caller says.
#include <string>
#include <vector>

#include "apply.hpp"
#include "decide.hpp"

namespace lagerhuis::core {

class SessionDriver {
public:
    // Decides at `now`; accepted events are applied and appended to the log.
    Decision submit(ParticipantId actor, CommandBody body, Millis now);

    const State& state() const { return state_; }
    const std::vector<Event>& log() const { return log_; }

private:
    State state_;
    std::vector<Event> log_;
    std::uint64_t requests_ = 0;
};

}  // namespace lagerhuis::core
