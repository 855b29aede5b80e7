#pragma once
// The incremental scores apply() keeps, and the same scores recomputed from scratch.
// The two must be equal (bit for bit): tests and the benchmark check it.
#include <vector>

#include "state.hpp"

namespace lagerhuis::core {

struct ScoreSnapshot {
    std::vector<double> bases;                 // τ per argument
    std::vector<double> strengths;             // σ per argument
    std::vector<double> statement_strengths;   // the verdict per statement
    Tally tally;
    friend bool operator==(const ScoreSnapshot&, const ScoreSnapshot&) = default;
};

// What apply() has kept up to date.
ScoreSnapshot kept_scores(const State& state);
// Everything recomputed from the records alone.
ScoreSnapshot recompute_scores(const State& state);

}  // namespace lagerhuis::core
