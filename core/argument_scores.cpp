#include "argument_scores.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

#include "dfquad.hpp"

namespace lagerhuis::core {
namespace {

bool concerns(ArgumentId named, const Argument& argument) {
    return named.is_none() || named == argument.id;
}

// The distinct drogredenen confirmed against an argument, in the order found. Rescoring
// runs on most events and, unexplained, needs only how many there are: room for the
// usual few inline, so that counting them does not allocate.
class FallacyNames {
public:
    std::size_t size() const { return size_; }
    const std::string& operator[](std::size_t i) const { return i < inline_size ? *inline_[i] : *spill_[i - inline_size]; }
    // The index of `fallacy`, appended if it is new; it must outlive this list.
    std::size_t find_or_add(const std::string& fallacy) {
        for (std::size_t i = 0; i < size_; ++i)
            if ((*this)[i] == fallacy) return i;
        if (size_ < inline_size) inline_[size_] = &fallacy;
        else spill_.push_back(&fallacy);
        return size_++;
    }

private:
    static constexpr std::size_t inline_size = 8;
    std::array<const std::string*, inline_size> inline_{};
    std::vector<const std::string*> spill_;
    std::size_t size_ = 0;
};

// What tags and flags say about one argument. The event lists are only filled when an
// explanation is asked for: apply() must not allocate for terms nobody reads.
template <bool Explain>
struct FlagFindings {
    FallacyNames confirmed;                          // one fallacy counts once
    std::vector<std::vector<Seq>> confirmed_events;  // per confirmed fallacy: the tags and flags behind it
    std::size_t pending = 0;
    std::vector<Seq> pending_events;

    void confirm(const std::string& fallacy, Seq seq) {
        const std::size_t index = confirmed.find_or_add(fallacy);
        if constexpr (Explain) {
            if (index == confirmed_events.size()) confirmed_events.emplace_back();
            confirmed_events[index].push_back(seq);
        }
    }
    // The turn's tags on the arguments `named` accepts (the id a tag names, 0: the turn).
    template <class Named>
    void add_tags(const State& state, const Turn& turn, Named named) {
        for (FallacyTagId id : turn.fallacy_tags) {
            const FallacyTag& tag = *state.fallacy_tag(id);
            if (!tag.retracted && named(tag.argument)) confirm(tag.fallacy, tag.seq);
        }
    }
    void add_flags(const State& state, const std::vector<FlagId>& ids) {
        for (FlagId id : ids) {
            const Flag& flag = *state.flag(id);
            if (flag.outcome == FlagOutcome::confirmed) confirm(flag.fallacy, flag.decided_seq);
            if (flag.outcome != FlagOutcome::pending) continue;
            ++pending;
            if constexpr (Explain) pending_events.push_back(flag.seq);
        }
    }
};

// Everything about one argument, in the order its explanation lists the events: the
// turn's tags, the flags on the whole turn, the flags on the argument.
template <bool Explain>
FlagFindings<Explain> find_flags(const State& state, const Turn& turn, const Argument& argument) {
    FlagFindings<Explain> found;
    found.add_tags(state, turn, [&](ArgumentId named) { return concerns(named, argument); });
    found.add_flags(state, turn.whole_turn_flags);
    found.add_flags(state, argument.flags);
    return found;
}

// The same facts in two parts, for rescoring all arguments of a turn: what concerns the
// whole turn, gathered once, and then what concerns each argument. Together they see
// exactly the tags and flags find_flags sees (a tag names no argument or one), only in
// another order, which changes no count: the unexplained score reads nothing else.
FlagFindings<false> find_turn_flags(const State& state, const Turn& turn) {
    FlagFindings<false> found;
    found.add_tags(state, turn, [](ArgumentId named) { return named.is_none(); });
    found.add_flags(state, turn.whole_turn_flags);
    return found;
}
FlagFindings<false> add_argument_flags(FlagFindings<false> found, const State& state, const Turn& turn,
                                       const Argument& argument) {
    found.add_tags(state, turn, [&](ArgumentId named) { return named == argument.id; });
    found.add_flags(state, argument.flags);
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
double base_score_of(const State& state, const Turn& turn, const Argument& argument, FlagFindings<Explain>& flags,
                     std::vector<ScoreTerm>* why) {
    const ScoringWeights& w = state.config.weights;
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
    for (std::size_t i = 0; i < flags.confirmed.size(); ++i)
        add(w.confirmed_fallacy, [&] {
            return ScoreTerm{"confirmed_fallacy", 0, std::move(flags.confirmed_events[i]), Params{{"fallacy", flags.confirmed[i]}}};
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
    const Turn& turn = *state.turn(argument.turn);
    if (why) {
        FlagFindings<true> flags = find_flags<true>(state, turn, argument);
        return base_score_of<true>(state, turn, argument, flags, why);
    }
    FlagFindings<false> flags = find_flags<false>(state, turn, argument);
    return base_score_of<false>(state, turn, argument, flags, nullptr);
}

namespace {

// DF-QuAD over a list of children, split into attackers and supporters, in id order.
// Aggregated while walking the list: no buffer, and the same factors in the same order
// as dfquad_aggregate over the collected strengths.
double combine_children(const State& state, double base, const std::vector<ArgumentId>& children) {
    DfquadAggregator attack;
    DfquadAggregator support;
    for (ArgumentId id : children) {
        const Argument& child = *state.argument(id);
        if (child.in_graph()) (supports_target(child.kind) ? support : attack).add(child.strength);
    }
    return dfquad_combine(base, attack.value(), support.value());
}

bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

// σ of `id`, whose τ or replies changed, then of its ancestors for as long as a strength
// changes. Returns whether the change reaches the statement: a root's σ changed, or id
// is 0 (the statement's own roots changed); the caller then recomputes it, once.
//
// Why stopping early is exact: σ of an argument is a function of its τ, its reply list
// and the kind, retraction and σ of each reply (combine_children), nothing else; the
// statement's likewise of its roots. Before the event every σ equalled that function of
// its inputs (apply keeps it so; tests compare with recompute_scores after every event).
// If a node's σ comes out with the same bits as before, its target sees exactly the
// inputs it had, so its σ still holds, unless the event changed the target's own inputs
// too: then the caller starts a walk at the target as well (ArgumentChange::place, the
// old target of a retargeted argument, every argument of a turn). So every node whose
// own inputs changed starts a walk after its last change, and every walk hands each
// change on to the next node up: no stale σ remains. Bits, not ==: -0.0 == 0.0 and a
// NaN never equals itself (that one only walks on, which is always safe).
bool restrength_path(State& state, ArgumentId id) {
    while (!id.is_none()) {
        Argument& argument = *state.argument(id);
        const double before = argument.strength;
        argument.strength = strength_from_replies(state, argument);
        if (same_bits(argument.strength, before)) return false;
        id = argument.target;
    }
    return true;
}

void restrength_statement(State& state, StatementId id) {
    Statement& statement = *state.statement(id);
    statement.strength = statement_strength(state, statement);
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
    if (restrength_path(state, id)) restrength_statement(state, statement);
}

void rescore_argument(State& state, ArgumentId id, ArgumentChange change) {
    Argument& argument = *state.argument(id);
    argument.base = base_score(state, argument);
    if (change == ArgumentChange::score) {
        restrength_upwards(state, id, argument.statement);
        return;
    }
    // Its target's inputs changed whether or not its own σ did: walk on from there.
    argument.strength = strength_from_replies(state, argument);
    restrength_upwards(state, argument.target, argument.statement);
}

void rescore_turn(State& state, TurnId id, ArgumentId only) {
    if (!only.is_none()) {
        rescore_argument(state, only);
        return;
    }
    // Every τ first, then the walks: one that passes another argument of the turn then
    // already uses its new τ, and the statement is recomputed once, not per argument.
    const Turn& turn = *state.turn(id);
    const FlagFindings<false> whole_turn = find_turn_flags(state, turn);
    for (ArgumentId argument_id : turn.arguments) {
        Argument& argument = *state.argument(argument_id);
        FlagFindings<false> flags = add_argument_flags(whole_turn, state, turn, argument);
        argument.base = base_score_of<false>(state, turn, argument, flags, nullptr);
    }
    bool statement_changed = false;
    for (ArgumentId argument_id : turn.arguments)
        if (restrength_path(state, argument_id)) statement_changed = true;
    if (statement_changed) restrength_statement(state, turn.statement);
}

}  // namespace lagerhuis::core
