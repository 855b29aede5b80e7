#pragma once
// A complete, canonical text form of the engine's state and reports, one line per field
// ("participants[2].seat = voor"), so tests can say "nothing changed" or "these two
// states are the same" field by field, and show the first field that differs. Doubles
// print with their bit pattern: equal text means bit-identical numbers.
#include <string>

#include "core/scoreboard.hpp"
#include "core/scoring.hpp"
#include "core/state.hpp"

namespace lagerhuis::tests {

std::string dump_state(const core::State& state);
std::string dump_scoreboard(const core::Scoreboard& board);
std::string dump_scores(const core::ScoreSnapshot& scores);
std::string dump_event(const core::Event& event);

// Empty when equal; else the first line that differs on each side, with its field path.
std::string first_difference(const std::string& expected, const std::string& actual);

// Shorthands for the comparisons the tests make most.
std::string state_difference(const core::State& expected, const core::State& actual);
// kept_scores(state) against recompute_scores(state), bit for bit.
std::string kept_vs_recomputed(const core::State& state);

}  // namespace lagerhuis::tests
