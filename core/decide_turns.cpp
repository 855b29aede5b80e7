// Rules for speaking turns: giving the floor, the clock, ending.
#include "decide_support.hpp"
#include "turn_policy.hpp"

namespace lagerhuis::core::detail {
namespace {

Result<const Turn*, Refusal> current_turn(const State& state) {
    const Turn* turn = state.turn(state.current_turn);
    if (!turn) return refuse(ReasonCode::no_running_turn);
    return turn;
}

}  // namespace

Check handle(const State& state, const Command& command, const GiveFloor& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    const Participant* speaker = state.participant(cmd.participant);
    if (!speaker) return Refusal{ReasonCode::unknown_participant}.with("participant", id_text(cmd.participant));
    if (speaker->removed) return Refusal{ReasonCode::participant_removed}.with("name", speaker->name);
    if (speaker->role != Role::participant)
        return Refusal{ReasonCode::not_permitted}.with("action", std::string(cmd.type_name));
    auto active = active_statement(state);
    if (!active) return active.error();
    const Turn* running = state.turn(state.current_turn);
    if (running && running->speaker == speaker->id) return Refusal{ReasonCode::already_speaking}.with("name", speaker->name);
    const int wait = turns_to_wait(state, speaker->id);
    if (wait > 0 && cmd.override_reason.empty())
        return Refusal{ReasonCode::must_wait}.with("name", speaker->name).with("turns", std::to_string(wait));

    const auto suggestion = suggest_next_speaker(state);
    // The first turn is where moving starts to mean something.
    fix_opening_if_due(state, out, PositionTrigger::first_turn);
    if (running) out.emit(TurnEnded{running->id});
    out.emit(TurnStarted{TurnId{static_cast<std::uint32_t>(state.turns.size() + 1)}, speaker->id, (*active)->id,
                         speaker->seat.value_or(Side::twijfel), state.config.rules.turns.turn_limit_ms,
                         suggestion ? suggestion->participant : ParticipantId{}, cmd.override_reason});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const PauseTurn& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto turn = current_turn(state);
    if (!turn) return turn.error();
    if ((*turn)->paused()) return Refusal{ReasonCode::turn_already_paused};
    out.emit(TurnPaused{(*turn)->id, cmd.reason});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const ResumeTurn& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto turn = current_turn(state);
    if (!turn) return turn.error();
    if (!(*turn)->paused()) return Refusal{ReasonCode::turn_not_paused};
    out.emit(TurnResumed{(*turn)->id});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const EndTurn& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto turn = current_turn(state);
    if (!turn) return turn.error();
    out.emit(TurnEnded{(*turn)->id});
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
