#pragma once
// Base scores (τ) and DF-QuAD strengths (σ) of arguments, and the statement's verdict.
// apply() calls the rescore_* functions after each event that touches an argument, so
// only the argument and those of its ancestors whose strength can change are recomputed;
// recompute_scores() (scoring.hpp) uses the very same functions over everything, which
// keeps both bit-identical.
#include <vector>

#include "score_term.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// Every statement starts level: neither side has argued better yet.
inline constexpr double statement_base = 0.5;

// τ from the session's weights; with `why`, also the terms that made it.
double base_score(const State& state, const Argument& argument, std::vector<ScoreTerm>* why = nullptr);

// σ from τ and the current strengths of the live replies.
double strength_from_replies(const State& state, const Argument& argument);
// The statement's strength from its live root arguments.
double statement_strength(const State& state, const Statement& statement);

// The side an argument helps, following its targets up to the statement.
Side direction_of(const State& state, const Argument& argument);

// What an event changed about one argument, which decides where rescoring must start.
enum class ArgumentChange {
    score,  // only what its τ depends on: evidence, flags, tags, appreciation, relevance
    place,  // also whether or how it counts for its target (added, retracted, retargeted,
            // kind changed): the target is recomputed even if the argument's σ is not
};

// Recompute τ of `id`, then σ of it and its ancestors as far as a strength changes, then,
// if a root's strength changed, the statement's verdict.
void rescore_argument(State& state, ArgumentId id, ArgumentChange change = ArgumentChange::score);
// Recompute σ of `id`, whose replies changed (τ unchanged), and upwards as far as a
// strength changes; id 0 means the statement's roots changed: only the statement.
void restrength_upwards(State& state, ArgumentId id, StatementId statement);
// Every argument of `turn` whose score a turn-level event (a fallacy tag or flag on the
// whole turn, the turn running far over time) can change; with `only`, just that one.
void rescore_turn(State& state, TurnId turn, ArgumentId only = {});

}  // namespace lagerhuis::core
