#pragma once
// A long, busy synthetic session for benchmarks and soak tests: hundreds of turns over a
// few hours, a room that keeps crossing the floor, appreciating and flagging, argument
// graphs several replies deep, drogredenen tagged and decided, secret polls, a few
// corrections and undos. Every event comes from a command sent through
// core::SessionDriver, so the log is one a live room could have produced.
//
// Deterministic: the same spec gives the same log on every machine and standard library
// (raw std::mt19937_64 outputs, mapped to ranges here, never std::uniform_*_distribution).
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/event.hpp"
#include "core/fallacy_catalog.hpp"
#include "core/refusal.hpp"
#include "core/scoring_weights.hpp"

namespace lagerhuis::demo {

// A handful of common drogredenen with their rules, for when no assets are loaded.
core::FallacyCatalog builtin_fallacy_catalog();

struct SyntheticSessionSpec {
    std::uint64_t seed = 1;
    // The log has exactly this many events (given room for the setup: about
    // participants × (statements + 1) events).
    std::size_t events = 100'000;
    std::uint32_t participants = 120;  // besides the gespreksleider
    std::uint32_t statements = 6;
    std::uint32_t arguments = 1'000;   // tagged arguments and questions, about evenly spread
    std::uint32_t max_depth = 8;       // an argument on the statement has depth 1
    core::Millis duration_ms = 3 * 3'600'000;  // first event at 0, last at duration_ms
    core::FallacyCatalog catalog = builtin_fallacy_catalog();  // not empty: the session needs one
    core::ScoringWeights weights{};
};

// How the generation went: commands sent, and refusals by reason (they should be rare).
struct SyntheticSessionStats {
    std::size_t commands = 0;
    std::array<std::size_t, core::reason_code_count> refusals{};

    std::size_t refused() const {
        std::size_t total = 0;
        for (auto n : refusals) total += n;
        return total;
    }
};

std::vector<core::Event> synthetic_session(const SyntheticSessionSpec& spec, SyntheticSessionStats* stats = nullptr);

}  // namespace lagerhuis::demo
