#include "scoring.hpp"

#include "apply_support.hpp"
#include "argument_scores.hpp"

namespace lagerhuis::core {

ScoreSnapshot kept_scores(const State& state) {
    ScoreSnapshot snapshot;
    for (const auto& argument : state.arguments) {
        snapshot.bases.push_back(argument.base);
        snapshot.strengths.push_back(argument.strength);
    }
    for (const auto& statement : state.statements) snapshot.statement_strengths.push_back(statement.strength);
    snapshot.tally = state.tally;
    return snapshot;
}

namespace {

Tally recompute_tally(const State& state) {
    // Recount into a scratch copy of the state, so count_argument is shared with apply.
    State scratch;
    scratch.arguments = state.arguments;
    scratch.tally.people.resize(state.participants.size());
    Tally& tally = scratch.tally;
    for (const auto& turn : state.turns) {
        auto& person = tally.people[turn.speaker.value - 1];
        auto& side = tally.sides[static_cast<std::size_t>(turn.side)];
        person.turns += 1;
        side.turns += 1;
        if (!turn.ended()) continue;
        person.speaking_ms += turn.spoken_before_ms;
        side.speaking_ms += turn.spoken_before_ms;
    }
    for (const auto& argument : state.arguments) {
        detail::count_argument(scratch, argument, +1);
        for (const auto& given : argument.appreciations) tally.people[given.participant.value - 1].appreciations_given += 1;
    }
    for (const auto& flag : state.flags) {
        auto& person = tally.people[flag.flagger.value - 1];
        (flag.outcome == FlagOutcome::pending     ? person.flags_pending
         : flag.outcome == FlagOutcome::confirmed ? person.flags_confirmed
                                                  : person.flags_dismissed) += 1;
    }
    for (const auto& crossing : state.crossings) {
        tally.people[crossing.participant.value - 1].crossings += 1;
        tally.sides[static_cast<std::size_t>(crossing.from)].crossings_out += 1;
        tally.sides[static_cast<std::size_t>(crossing.to)].crossings_in += 1;
    }
    return std::move(scratch.tally);
}

}  // namespace

ScoreSnapshot recompute_scores(const State& state) {
    State scratch = state;
    // Replies always have larger ids than their targets: descending id order is leaves first.
    for (auto it = scratch.arguments.rbegin(); it != scratch.arguments.rend(); ++it) {
        it->base = base_score(scratch, *it);
        it->strength = strength_from_replies(scratch, *it);
    }
    for (auto& statement : scratch.statements) statement.strength = statement_strength(scratch, statement);
    scratch.tally = recompute_tally(state);
    return kept_scores(scratch);
}

}  // namespace lagerhuis::core
