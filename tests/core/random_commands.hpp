#pragma once
// A stream of commands for a session, random but reproducible (a fixed seed gives the
// same stream on every machine: no <random> distributions, whose output differs between
// standard libraries). Mostly plausible commands from the right people, with a share of
// wrong ids, wrong actors, bad texts and a clock that sometimes runs backwards, so that
// both accepted and refused commands are frequent.
#include <cstdint>
#include <string>
#include <utility>

#include "core/command.hpp"
#include "core/state.hpp"

namespace lagerhuis::tests {

class Dice {
public:
    explicit Dice(std::uint64_t seed) : state_(seed) {}
    int below(int n) {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state_ >> 33) % static_cast<std::uint64_t>(n));
    }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t state_;
};

struct TimedCommand {
    core::Command command;
    core::Millis now = 0;
};

class RandomCommands {
public:
    RandomCommands(std::uint64_t seed, core::SessionConfig config) : dice_(seed), config_(std::move(config)) {}
    // The next command, chosen with an eye on `state` (the session so far).
    TimedCommand next(const core::State& state);

private:
    core::CommandBody body(const core::State& state, core::ParticipantId& actor);
    template <class Tag>
    core::Id<Tag> pick_id(std::size_t count);
    core::ParticipantId someone(const core::State& state);
    core::Side side();
    std::string text();
    std::string fallacy();
    core::SessionConfig changed_config(const core::State& state);

    Dice dice_;
    core::SessionConfig config_;
    core::Millis now_ = 0;
    std::uint64_t requests_ = 0;
    int names_ = 0;
};

}  // namespace lagerhuis::tests
