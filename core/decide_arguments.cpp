// Rules for the argument graph: tagging, corrections, relevance and appreciation (who
// may appreciate is in participant_rules.cpp).
#include <algorithm>

#include "decide_support.hpp"
#include "participant_rules.hpp"

namespace lagerhuis::core::detail {
namespace {

bool has_appreciated(const Argument& argument, ParticipantId who) {
    return std::any_of(argument.appreciations.begin(), argument.appreciations.end(),
                       [&](const Appreciation& given) { return given.participant == who; });
}

}  // namespace

Check handle(const State& state, const Command& command, const TagArgument& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto turn = resolve_turn(state, cmd.turn);
    if (!turn) return turn.error();
    if (auto bad = check_text(cmd.text)) return bad;
    if (auto bad = check_target(state, cmd.target, {}, (*turn)->statement)) return bad;
    const ArgumentId id{static_cast<std::uint32_t>(state.arguments.size() + 1)};
    out.emit(ArgumentTagged{id, (*turn)->id, cmd.kind, cmd.target, cmd.evidence, cmd.text});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const CorrectArgument& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto found = live_argument(state, cmd.argument);
    if (!found) return found.error();
    const Argument& argument = **found;
    if (auto bad = check_text(cmd.text)) return bad;
    if (auto bad = check_target(state, cmd.target, argument.id, argument.statement)) return bad;
    // A question is not a node of the graph, so nothing may hang from it.
    const int replies = live_replies(state, argument);
    if (cmd.kind == ArgumentKind::question && replies > 0)
        return Refusal{ReasonCode::argument_has_replies}
            .with("argument", id_text(argument.id))
            .with("replies", std::to_string(replies));
    if (cmd.kind == argument.kind && cmd.target == argument.target && cmd.evidence == argument.evidence &&
        cmd.text == argument.text)
        return Refusal{ReasonCode::nothing_changed};
    out.emit(ArgumentCorrected{argument.id, cmd.kind, cmd.target, cmd.evidence, cmd.text});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const RetractArgument& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    const Argument* argument = state.argument(cmd.argument);
    if (!argument) return Refusal{ReasonCode::unknown_argument}.with("argument", id_text(cmd.argument));
    if (argument->retracted) return Refusal{ReasonCode::already_retracted};
    if (const int replies = live_replies(state, *argument); replies > 0)
        return Refusal{ReasonCode::argument_has_replies}
            .with("argument", id_text(argument->id))
            .with("replies", std::to_string(replies));
    out.emit(ArgumentRetracted{argument->id, true});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const SetRelevance& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto found = live_argument(state, cmd.argument);
    if (!found) return found.error();
    if ((*found)->irrelevant == cmd.irrelevant) return Refusal{ReasonCode::nothing_changed};
    out.emit(ArgumentRelevanceSet{cmd.argument, cmd.irrelevant});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const Appreciate& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    auto argument = appreciable_argument(state, **subject, cmd.argument);
    if (!argument) return argument.error();
    if (has_appreciated(**argument, (*subject)->id)) return Refusal{ReasonCode::already_appreciated};
    out.emit(ArgumentAppreciated{(*argument)->id, (*subject)->id});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const WithdrawAppreciation& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    const Argument* argument = state.argument(cmd.argument);
    if (!argument) return Refusal{ReasonCode::unknown_argument}.with("argument", id_text(cmd.argument));
    // Also on a retracted argument: the mark is the participant's own, whatever became of it.
    if (!has_appreciated(*argument, (*subject)->id))
        return Refusal{ReasonCode::not_appreciated}.with("argument", id_text(argument->id));
    out.emit(AppreciationWithdrawn{argument->id, (*subject)->id});
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
