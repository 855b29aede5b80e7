#include "argument_scores.hpp"

#include <algorithm>
#include <string>

#include "dfquad.hpp"

namespace lagerhuis::core {
namespace {

bool concerns(ArgumentId named, const Argument& argument) {
    return named.is_none() || named == argument.id;
}

struct FallacyEvidence {
    std::string fallacy;
    std::vector<Seq> events;
};

// Distinct drogredenen confirmed on this argument (or its whole turn), each with the
// tags and confirmed flags that established it: one fallacy counts once.
std::vector<FallacyEvidence> confirmed_fallacies(const State& state, const Turn& turn, const Argument& argument) {
    std::vector<FallacyEvidence> found;
    auto note = [&](const std::string& fallacy, Seq seq) {
        auto it = std::find_if(found.begin(), found.end(), [&](auto& f) { return f.fallacy == fallacy; });
        if (it == found.end()) found.push_back({fallacy, {seq}});
        else it->events.push_back(seq);
    };
    for (FallacyTagId id : turn.fallacy_tags) {
        const FallacyTag& tag = *state.fallacy_tag(id);
        if (!tag.retracted && concerns(tag.argument, argument)) note(tag.fallacy, tag.seq);
    }
    for (FlagId id : turn.flags) {
        const Flag& flag = *state.flag(id);
        if (flag.outcome == FlagOutcome::confirmed && concerns(flag.argument, argument)) note(flag.fallacy, flag.decided_seq);
    }
    return found;
}

// A total that grows by `step` per item but stays within `cap` (same sign as step).
double capped(double step, std::size_t count, double cap) {
    const double total = step * static_cast<double>(count);
    return step >= 0 ? std::min(total, cap) : std::max(total, cap);
}

}  // namespace

double base_score(const State& state, const Argument& argument, std::vector<ScoreTerm>* why) {
    const ScoringWeights& w = state.config.weights;
    const Turn& turn = *state.turn(argument.turn);
    double score = 0.0;
    auto add = [&](const char* rule, double delta, std::vector<Seq> events,
                   std::vector<std::pair<std::string, std::string>> params = {}) {
        score += delta;
        if (why) why->push_back({rule, delta, std::move(events), std::move(params)});
    };

    add("neutral", w.neutral, {argument.seq});
    if (argument.evidence != EvidenceKind::none)
        add("evidence", w.evidence(argument.evidence), {argument.seq},
            {{"evidence", std::string(to_string(argument.evidence))}});
    for (auto& confirmed : confirmed_fallacies(state, turn, argument))
        add("confirmed_fallacy", w.confirmed_fallacy, std::move(confirmed.events), {{"fallacy", confirmed.fallacy}});

    std::vector<Seq> pending;
    for (FlagId id : turn.flags) {
        const Flag& flag = *state.flag(id);
        if (flag.outcome == FlagOutcome::pending && concerns(flag.argument, argument)) pending.push_back(flag.seq);
    }
    // Each delta is computed before its events are moved into the term: argument
    // evaluation order is unspecified.
    if (!pending.empty()) {
        const double delta = capped(w.pending_flag, pending.size(), w.pending_flag_cap);
        const auto count = std::to_string(pending.size());
        add("pending_flags", delta, std::move(pending), {{"count", count}});
    }
    if (!argument.appreciations.empty()) {
        std::vector<Seq> seqs;
        for (const auto& given : argument.appreciations) seqs.push_back(given.seq);
        const double delta = capped(w.appreciation, seqs.size(), w.appreciation_cap);
        add("appreciation", delta, std::move(seqs), {{"count", std::to_string(argument.appreciations.size())}});
    }
    if (argument.irrelevant) add("irrelevant", w.irrelevant, {argument.irrelevant_seq});
    if (turn.ended() && static_cast<double>(turn.spoken_before_ms) > w.far_overtime_ratio * static_cast<double>(turn.limit_ms))
        add("far_overtime", w.far_overtime, {turn.ended_seq},
            {{"spoken_ms", std::to_string(turn.spoken_before_ms)}, {"limit_ms", std::to_string(turn.limit_ms)}});

    const double clamped = std::clamp(score, 0.0, 1.0);
    if (clamped != score && why) why->push_back({"clamped", clamped - score, {}, {}});
    return clamped;
}

namespace {

// DF-QuAD over a list of children, split into attackers and supporters, in id order.
double combine_children(const State& state, double base, const std::vector<ArgumentId>& children) {
    std::vector<double> attackers;
    std::vector<double> supporters;
    for (ArgumentId id : children) {
        const Argument& child = *state.argument(id);
        if (!child.in_graph()) continue;
        (supports_target(child.kind) ? supporters : attackers).push_back(child.strength);
    }
    return dfquad_combine(base, dfquad_aggregate(attackers), dfquad_aggregate(supporters));
}

}  // namespace

double strength_from_replies(const State& state, const Argument& argument) {
    return combine_children(state, argument.base, argument.replies);
}

double statement_strength(const State& state, const Statement& statement) {
    return combine_children(state, statement_base, statement.roots);
}

Side direction_of(const State& state, const Argument& argument) {
    if (argument.kind == ArgumentKind::question) return Side::twijfel;
    const Side target_side = argument.target.is_none() ? Side::voor : state.argument(argument.target)->direction;
    return supports_target(argument.kind) ? target_side : opposite(target_side);
}

void restrength_upwards(State& state, ArgumentId id, StatementId statement) {
    while (!id.is_none()) {
        Argument& argument = *state.argument(id);
        argument.strength = strength_from_replies(state, argument);
        id = argument.target;
    }
    Statement& root = *state.statement(statement);
    root.strength = statement_strength(state, root);
}

void rescore_argument(State& state, ArgumentId id) {
    Argument& argument = *state.argument(id);
    argument.base = base_score(state, argument);
    restrength_upwards(state, id, argument.statement);
}

void rescore_turn(State& state, TurnId turn, ArgumentId only) {
    if (!only.is_none()) {
        rescore_argument(state, only);
        return;
    }
    // Copy: rescoring does not change the list, but keeps the loop obviously safe.
    const std::vector<ArgumentId> arguments = state.turn(turn)->arguments;
    for (ArgumentId id : arguments) rescore_argument(state, id);
}

}  // namespace lagerhuis::core
