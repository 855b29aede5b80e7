// Rules for the session as a whole and its statements (stellingen).
#include "ballot_seal.hpp"
#include "decide_support.hpp"
#include "position_rules.hpp"

namespace lagerhuis::core::detail {

Check handle(const State& state, const Command&, const CreateSession& cmd, Emitter& out) {
    if (state.created) return Refusal{ReasonCode::session_already_created};
    if (auto bad = check_config(cmd.config)) return bad;
    if (auto bad = check_name(state, cmd.facilitator_name, {})) return bad;
    const ParticipantId facilitator{1};
    out.emit(SessionCreated{cmd.config, facilitator, cmd.facilitator_name}, std::nullopt, facilitator);
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const ChangeConfig& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    if (auto bad = check_config(cmd.config)) return bad;
    if (cmd.config == state.config) return Refusal{ReasonCode::nothing_changed};
    // Opening the ballots of a running secret poll would show who voted what.
    if (!state.open_poll.is_none() && cmd.config.rules.anonymous_ballots != state.config.rules.anonymous_ballots)
        return Refusal{ReasonCode::poll_already_open};
    out.emit(ConfigChanged{cmd.config});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const AddStatement& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    if (auto bad = check_text(cmd.text)) return bad;
    out.emit(StatementAdded{StatementId{static_cast<std::uint32_t>(state.statements.size() + 1)}, cmd.text});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const OpenStatement& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    const Statement* statement = state.statement(cmd.statement);
    if (!statement) return Refusal{ReasonCode::unknown_statement}.with("statement", id_text(cmd.statement));
    if (statement->status == StatementStatus::closed)
        return Refusal{ReasonCode::statement_closed}.with("statement", id_text(cmd.statement));
    if (!state.active_statement.is_none())
        return Refusal{ReasonCode::statement_already_active}.with("statement", id_text(state.active_statement));
    out.emit(StatementOpened{cmd.statement});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const CloseStatement& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto active = active_statement(state);
    if (!active) return active.error();
    // Closing wraps up whatever is still running, so the closing position is complete.
    if (!state.current_turn.is_none()) out.emit(TurnEnded{state.current_turn});
    if (!state.open_poll.is_none()) out.emit(closing_of(state, state.open_poll));
    // Both positions, always: a statement nobody fixed the opening of still says how the
    // room stood (and moved nobody, since nothing happened that fixed it earlier).
    fix_opening_if_due(state, out, PositionTrigger::statement_closed);
    if (!(*active)->closing) out.emit(PositionFixed{(*active)->id, PositionKind::closing, std::nullopt});
    out.emit(StatementClosed{(*active)->id});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const FixPosition& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto active = active_statement(state);
    if (!active) return active.error();
    const Statement& statement = **active;
    if (cmd.kind == PositionKind::opening) {
        if (auto bad = may_fix_opening(state, statement)) return bad;
    } else {
        if (statement.closing)
            return Refusal{ReasonCode::position_already_fixed}.with("kind", std::string(to_string(cmd.kind)));
        if (!statement.opening) return Refusal{ReasonCode::opening_not_fixed};
    }
    out.emit(PositionFixed{statement.id, cmd.kind, std::nullopt});
    return std::nullopt;
}

void fix_opening_if_due(const State& state, Emitter& out, PositionTrigger trigger) {
    const Statement* statement = state.statement(state.active_statement);
    if (!statement || statement->opening) return;
    if (trigger == PositionTrigger::grace_over) {
        const auto grace_end = opening_grace_end(state, *statement);
        if (!grace_end || out.at_ms() < *grace_end) return;
    }
    out.emit(PositionFixed{statement->id, PositionKind::opening, trigger});
}

Check handle(const State& state, const Command& command, const LockRoom& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    if (state.room_locked == cmd.locked) return Refusal{ReasonCode::nothing_changed};
    out.emit(RoomLocked{cmd.locked});
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
