#include "argument_scores.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "dfquad.hpp"

namespace lagerhuis::core {
namespace {

bool concerns(ArgumentId named, const Argument& argument) {
    return named.is_none() || named == argument.id;
}

// What the turn's tags and flags say about one argument, gathered in one pass. The
// event lists are only filled when an explanation is asked for: apply() rescores on
// most events and must not allocate for terms nobody reads.
struct FlagFindings {
    struct Confirmed {
        const std::string* fallacy;
        std::vector<Seq> events;  // the tags and confirmed flags that established it
    };
    std::vector<Confirmed> confirmed;  // distinct drogredenen: one fallacy counts once
    std::size_t pending = 0;
    std::vector<Seq> pending_events;
};

template <bool Explain>
FlagFindings find_flags(const State& state, const Turn& turn, const Argument& argument) {
    FlagFindings found;
    auto confirm = [&](const std::string& fallacy, Seq seq) {
        auto it = std::find_if(found.confirmed.begin(), found.confirmed.end(), [&](auto& c) { return *c.fallacy == fallacy; });
        if (it == found.confirmed.end()) it = found.confirmed.insert(it, {&fallacy, {}});
        if constexpr (Explain) it->events.push_back(seq);
    };
    for (FallacyTagId id : turn.fallacy_tags) {
        const FallacyTag& tag = *state.fallacy_tag(id);
        if (!tag.retracted && concerns(tag.argument, argument)) confirm(tag.fallacy, tag.seq);
    }
    auto weigh = [&](FlagId id) {
        const Flag& flag = *state.flag(id);
        if (flag.outcome == FlagOutcome::confirmed) confirm(flag.fallacy, flag.decided_seq);
        if (flag.outcome != FlagOutcome::pending) return;
        ++found.pending;
        if constexpr (Explain) found.pending_events.push_back(flag.seq);
    };
    for (FlagId id : turn.whole_turn_flags) weigh(id);
    for (FlagId id : argument.flags) weigh(id);
    return found;
}

// A total that grows by `step` per item but stays within `cap` (same sign as step).
double capped(double step, std::size_t count, double cap) {
    const double total = step * static_cast<double>(count);
    return step >= 0 ? std::min(total, cap) : std::max(total, cap);
}

// One body for the number and its explanation, so the two cannot drift apart: the
// same additions in the same order, terms built only when Explain.
template <bool Explain>
double base_score_of(const State& state, const Argument& argument, std::vector<ScoreTerm>* why) {
    const ScoringWeights& w = state.config.weights;
    const Turn& turn = *state.turn(argument.turn);
    double score = 0.0;
    auto add = [&](double delta, auto&& make_term) {
        score += delta;
        if constexpr (Explain) {
            ScoreTerm term = make_term();
            term.delta = delta;
            why->push_back(std::move(term));
        }
    };
    using Params = std::vector<std::pair<std::string, std::string>>;

    add(w.neutral, [&] { return ScoreTerm{"neutral", 0, {argument.seq}, {}}; });
    if (argument.evidence != EvidenceKind::none)
        add(w.evidence(argument.evidence), [&] {
            return ScoreTerm{"evidence", 0, {argument.seq}, Params{{"evidence", std::string(to_string(argument.evidence))}}};
        });
    FlagFindings flags = find_flags<Explain>(state, turn, argument);
    for (auto& confirmed : flags.confirmed)
        add(w.confirmed_fallacy, [&] {
            return ScoreTerm{"confirmed_fallacy", 0, std::move(confirmed.events), Params{{"fallacy", *confirmed.fallacy}}};
        });
    if (flags.pending > 0)
        add(capped(w.pending_flag, flags.pending, w.pending_flag_cap), [&] {
            return ScoreTerm{"pending_flags", 0, std::move(flags.pending_events), Params{{"count", std::to_string(flags.pending)}}};
        });
    if (!argument.appreciations.empty())
        add(capped(w.appreciation, argument.appreciations.size(), w.appreciation_cap), [&] {
            ScoreTerm term{"appreciation", 0, {}, Params{{"count", std::to_string(argument.appreciations.size())}}};
            for (const auto& given : argument.appreciations) term.events.push_back(given.seq);
            return term;
        });
    if (argument.irrelevant) add(w.irrelevant, [&] { return ScoreTerm{"irrelevant", 0, {argument.irrelevant_seq}, {}}; });
    if (turn.ended() && static_cast<double>(turn.spoken_before_ms) > w.far_overtime_ratio * static_cast<double>(turn.limit_ms))
        add(w.far_overtime, [&] {
            return ScoreTerm{"far_overtime", 0, {turn.ended_seq},
                             Params{{"spoken_ms", std::to_string(turn.spoken_before_ms)}, {"limit_ms", std::to_string(turn.limit_ms)}}};
        });

    const double clamped = std::clamp(score, 0.0, 1.0);
    if constexpr (Explain)
        if (clamped != score) why->push_back({"clamped", clamped - score, {}, {}});
    return clamped;
}

}  // namespace

double base_score(const State& state, const Argument& argument, std::vector<ScoreTerm>* why) {
    return why ? base_score_of<true>(state, argument, why) : base_score_of<false>(state, argument, nullptr);
}

namespace {

// DF-QuAD over a list of children, split into attackers and supporters, in id order.
double combine_children(const State& state, double base, const std::vector<ArgumentId>& children) {
    // Small fixed buffers: this runs for every ancestor on most events, and a heap
    // allocation here dominated the fold. Spill to the heap only for wide nodes.
    constexpr std::size_t inline_children = 32;
    std::array<double, inline_children> attack_buffer;
    std::array<double, inline_children> support_buffer;
    std::vector<double> attack_spill;
    std::vector<double> support_spill;
    std::size_t attacks = 0;
    std::size_t supports = 0;
    for (ArgumentId id : children) {
        const Argument& child = *state.argument(id);
        if (!child.in_graph()) continue;
        const bool support = supports_target(child.kind);
        std::size_t& count = support ? supports : attacks;
        auto& buffer = support ? support_buffer : attack_buffer;
        auto& spill = support ? support_spill : attack_spill;
        if (count < inline_children) buffer[count] = child.strength;
        else {
            if (spill.empty()) spill.assign(buffer.begin(), buffer.end());
            spill.push_back(child.strength);
        }
        ++count;
    }
    auto values = [](std::size_t count, auto& buffer, auto& spill) {
        return count <= inline_children ? std::span<const double>(buffer.data(), count) : std::span<const double>(spill);
    };
    return dfquad_combine(base, dfquad_aggregate(values(attacks, attack_buffer, attack_spill)),
                          dfquad_aggregate(values(supports, support_buffer, support_spill)));
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
