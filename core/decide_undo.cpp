// Undo of the gespreksleider's last correctable action: emits the inverse event that
// apply() prepared when the action happened, marked as undoing it. The log keeps both.
#include "decide_support.hpp"

namespace lagerhuis::core::detail {
namespace {

Check blocked(ReasonCode because) {
    return Refusal{ReasonCode::undo_blocked}.with("because", std::string(to_string(because)));
}
Check blocked_by(const Check& check) { return check ? blocked(check->code) : std::nullopt; }

// The world may have moved on since the action: its inverse must still be valid.
struct InverseStillValid {
    const State& state;

    Check operator()(const ArgumentRetracted& e) const {
        const Argument& argument = *state.argument(e.argument);
        if (e.retracted)
            return live_replies(state, argument) > 0 ? blocked(ReasonCode::argument_has_replies) : std::nullopt;
        return blocked_by(check_target(state, argument.target, argument.id, argument.statement));
    }
    Check operator()(const ArgumentCorrected& e) const {
        const Argument& argument = *state.argument(e.argument);
        if (argument.retracted) return blocked(ReasonCode::argument_retracted);
        if (e.kind == ArgumentKind::question && live_replies(state, argument) > 0)
            return blocked(ReasonCode::argument_has_replies);
        return blocked_by(check_target(state, e.target, argument.id, argument.statement));
    }
    Check operator()(const ParticipantRenamed& e) const {
        if (state.participant(e.participant)->removed) return blocked(ReasonCode::participant_removed);
        return blocked_by(check_name(state, e.name, e.participant));
    }
    Check operator()(const SeatChanged& e) const {
        const Participant& who = *state.participant(e.participant);
        if (who.removed) return blocked(ReasonCode::participant_removed);
        // (Seat undos end with their statement: apply() drops them when it closes.)
        return who.seat == e.side ? blocked(ReasonCode::already_seated) : std::nullopt;
    }
    template <class Other>
    Check operator()(const Other&) const { return std::nullopt; }
};

}  // namespace

Check handle(const State& state, const Command& command, const Undo& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    if (state.undo_stack.empty()) return Refusal{ReasonCode::nothing_to_undo};
    const UndoEntry& last = state.undo_stack.back();
    if (auto bad = std::visit(InverseStillValid{state}, last.inverse)) return bad;
    std::visit([&](const auto& inverse) { out.emit(inverse, last.seq); }, last.inverse);
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
