// apply() for the argument graph and drogredenen: records, tallies, then rescoring of
// exactly the arguments an event can change.
#include <algorithm>

#include "apply_support.hpp"
#include "argument_scores.hpp"

namespace lagerhuis::core::detail {
namespace {

std::vector<ArgumentId>& siblings(State& state, const Argument& argument) {
    return argument.target.is_none() ? state.statement(argument.statement)->roots
                                     : state.argument(argument.target)->replies;
}

void attach(State& state, const Argument& argument) {
    auto& list = siblings(state, argument);
    list.insert(std::upper_bound(list.begin(), list.end(), argument.id), argument.id);  // id order
}

void detach(State& state, const Argument& argument) { std::erase(siblings(state, argument), argument.id); }

// Applies `sign` to the tally of an argument and everything that replies to it: their
// direction depends on it.
void count_subtree(State& state, ArgumentId id, int sign) {
    const Argument& argument = *state.argument(id);
    count_argument(state, argument, sign);
    for (ArgumentId reply : argument.replies) count_subtree(state, reply, sign);
}

void redirect_subtree(State& state, ArgumentId id) {
    Argument& argument = *state.argument(id);
    argument.direction = direction_of(state, argument);
    for (ArgumentId reply : argument.replies) redirect_subtree(state, reply);
}

}  // namespace

void count_argument(State& state, const Argument& argument, int sign) {
    if (argument.retracted) return;
    auto& person = state.tally.people[argument.speaker.value - 1];
    if (argument.kind == ArgumentKind::question) {
        person.questions += sign;
        return;
    }
    person.arguments += sign;
    state.tally.sides[static_cast<std::size_t>(argument.direction)].arguments += sign;
}

void apply_body(State& state, const Event& event, const ArgumentTagged& e) {
    Turn& turn = *state.turn(e.turn);
    Argument argument;
    argument.id = e.argument;
    argument.seq = event.seq;
    argument.turn = e.turn;
    argument.speaker = turn.speaker;
    argument.statement = turn.statement;
    argument.kind = e.kind;
    argument.target = e.target;
    argument.evidence = e.evidence;
    argument.text = e.text;
    argument.direction = direction_of(state, argument);
    turn.arguments.push_back(e.argument);
    state.arguments.push_back(std::move(argument));
    const Argument& added = state.arguments.back();
    attach(state, added);
    count_argument(state, added, +1);
    rescore_argument(state, e.argument, ArgumentChange::place);
}

void apply_body(State& state, const Event&, const ArgumentCorrected& e) {
    const ArgumentId old_target = state.argument(e.argument)->target;
    count_subtree(state, e.argument, -1);
    detach(state, *state.argument(e.argument));
    Argument& argument = *state.argument(e.argument);
    argument.kind = e.kind;
    argument.target = e.target;
    argument.evidence = e.evidence;
    argument.text = e.text;
    attach(state, argument);
    redirect_subtree(state, e.argument);
    count_subtree(state, e.argument, +1);
    // The old parent lost a reply; the argument itself changed, and so did its place
    // among its new parent's replies (even when the parent stayed: the kind may not have).
    restrength_upwards(state, old_target, argument.statement);
    rescore_argument(state, e.argument, ArgumentChange::place);
}

void apply_body(State& state, const Event&, const ArgumentRetracted& e) {
    Argument& argument = *state.argument(e.argument);
    if (e.retracted) count_argument(state, argument, -1);
    argument.retracted = e.retracted;
    if (!e.retracted) count_argument(state, argument, +1);
    rescore_argument(state, e.argument, ArgumentChange::place);  // it leaves or rejoins its target's graph
}

void apply_body(State& state, const Event& event, const ArgumentRelevanceSet& e) {
    Argument& argument = *state.argument(e.argument);
    argument.irrelevant = e.irrelevant;
    argument.irrelevant_seq = e.irrelevant ? event.seq : 0;
    rescore_argument(state, e.argument);
}

void apply_body(State& state, const Event& event, const ArgumentAppreciated& e) {
    state.argument(e.argument)->appreciations.push_back({e.participant, event.seq});
    state.tally.people[e.participant.value - 1].appreciations_given += 1;
    rescore_argument(state, e.argument);
}

void apply_body(State& state, const Event&, const AppreciationWithdrawn& e) {
    std::erase_if(state.argument(e.argument)->appreciations,
                  [&](const Appreciation& given) { return given.participant == e.participant; });
    state.tally.people[e.participant.value - 1].appreciations_given -= 1;
    rescore_argument(state, e.argument);
}

void apply_body(State& state, const Event& event, const FallacyTagged& e) {
    state.fallacy_tags.push_back(FallacyTag{e.tag, event.seq, e.turn, e.argument, e.fallacy, e.note, false, event.at_ms});
    state.turn(e.turn)->fallacy_tags.push_back(e.tag);
    rescore_turn(state, e.turn, e.argument);
}

void apply_body(State& state, const Event&, const FallacyTagRetracted& e) {
    FallacyTag& tag = *state.fallacy_tag(e.tag);
    tag.retracted = e.retracted;
    rescore_turn(state, tag.turn, tag.argument);
}

namespace {
// Only the latest flags matter for the per-minute limit.
inline constexpr std::size_t remembered_flag_times = 64;

int& flag_counter(PersonTally& person, FlagOutcome outcome) {
    switch (outcome) {
        case FlagOutcome::confirmed: return person.flags_confirmed;
        case FlagOutcome::dismissed: return person.flags_dismissed;
        case FlagOutcome::pending: break;
    }
    return person.flags_pending;
}
}  // namespace

void apply_body(State& state, const Event& event, const FallacyFlagged& e) {
    state.flags.push_back(Flag{e.flag, event.seq, event.at_ms, e.flagger, state.participant(e.flagger)->seat, e.turn,
                               e.argument, e.fallacy, FlagOutcome::pending, 0, 0});
    Turn& turn = *state.turn(e.turn);
    turn.flags.push_back(e.flag);
    // Indexed by what they name, so rescoring reads only the flags that concern it.
    (e.argument.is_none() ? turn.whole_turn_flags : state.argument(e.argument)->flags).push_back(e.flag);
    auto& times = state.participant(e.flagger)->recent_flags;
    times.push_back(event.at_ms);
    if (times.size() > remembered_flag_times) times.erase(times.begin());
    state.tally.people[e.flagger.value - 1].flags_pending += 1;
    rescore_turn(state, e.turn, e.argument);
}

void apply_body(State& state, const Event& event, const FlagDecided& e) {
    Flag& flag = *state.flag(e.flag);
    auto& person = state.tally.people[flag.flagger.value - 1];
    flag_counter(person, flag.outcome) -= 1;
    flag_counter(person, e.outcome) += 1;
    flag.outcome = e.outcome;
    flag.decided_seq = e.outcome == FlagOutcome::pending ? 0 : event.seq;
    flag.decided_at_ms = e.outcome == FlagOutcome::pending ? 0 : event.at_ms;
    rescore_turn(state, flag.turn, flag.argument);
}

}  // namespace lagerhuis::core::detail
