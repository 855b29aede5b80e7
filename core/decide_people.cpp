// Rules for people: joining, moderation, seats and hands.
#include "decide_support.hpp"
#include "generated_names.hpp"

namespace lagerhuis::core::detail {
namespace {

ParticipantId next_participant_id(const State& state) {
    return ParticipantId{static_cast<std::uint32_t>(state.participants.size() + 1)};
}

Check check_joining_role(Role role) {
    if (role == Role::facilitator) return Refusal{ReasonCode::invalid_role}.with("role", std::string(to_string(role)));
    return std::nullopt;
}

// Benches and hands are for participants; gespreksleiders and observers watch.
Check require_participant_role(const Participant& subject, std::string_view action) {
    if (subject.role != Role::participant)
        return Refusal{ReasonCode::not_permitted}.with("action", std::string(action));
    return std::nullopt;
}

}  // namespace

Check handle(const State& state, const Command&, const Join& cmd, Emitter& out) {
    if (state.room_locked) return Refusal{ReasonCode::room_locked};
    if (auto bad = check_joining_role(cmd.role)) return bad;
    // In an anonymous room a participant's own name is never asked, and never kept if sent.
    const bool named_by_room = state.config.rules.names_generated() && cmd.role == Role::participant;
    const std::string name = named_by_room ? generated_name(state) : cmd.name;
    if (auto bad = check_name(state, name, {})) return bad;
    const ParticipantId id = next_participant_id(state);
    out.emit(ParticipantJoined{id, name, cmd.role, true}, std::nullopt, id);
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const AddPerson& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    if (auto bad = check_joining_role(cmd.role)) return bad;
    if (auto bad = check_name(state, cmd.name, {})) return bad;
    out.emit(ParticipantJoined{next_participant_id(state), cmd.name, cmd.role, false});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const RenameParticipant& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    if ((*subject)->name == cmd.name) return Refusal{ReasonCode::nothing_changed};
    if (auto bad = check_name(state, cmd.name, (*subject)->id)) return bad;
    out.emit(ParticipantRenamed{(*subject)->id, cmd.name});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const RemoveParticipant& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    const Participant* subject = state.participant(cmd.participant);
    if (!subject) return Refusal{ReasonCode::unknown_participant}.with("participant", id_text(cmd.participant));
    if (subject->removed) return Refusal{ReasonCode::participant_removed}.with("name", subject->name);
    if (subject->role == Role::facilitator) return Refusal{ReasonCode::not_permitted}.with("action", std::string(cmd.type_name));
    // A seat leaving the room after the settling time: the opening keeps it.
    if (subject->seat) fix_opening_if_due(state, out, PositionTrigger::grace_over);
    const Turn* running = state.turn(state.current_turn);
    if (running && running->speaker == subject->id) out.emit(TurnEnded{running->id});
    out.emit(ParticipantRemoved{subject->id});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const TakeSeat& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    if (auto bad = require_participant_role(**subject, cmd.type_name)) return bad;
    auto active = active_statement(state);
    if (!active) return active.error();
    // Taking the seat one has (a second tap on one's own bench) asks for what already is:
    // accepted, and nothing happens.
    if ((*subject)->seat == cmd.side) return std::nullopt;
    fix_opening_if_due(state, out, PositionTrigger::grace_over);
    out.emit(SeatChanged{(*subject)->id, cmd.side, state.latest_turn()});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const RaiseHand& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    if (auto bad = require_participant_role(**subject, cmd.type_name)) return bad;
    auto active = active_statement(state);
    if (!active) return active.error();
    if ((*subject)->hand_raised_at) return Refusal{ReasonCode::hand_already_raised}.with("name", (*subject)->name);
    out.emit(HandRaised{(*subject)->id});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const LowerHand& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    if (!(*subject)->hand_raised_at) return Refusal{ReasonCode::hand_not_raised}.with("name", (*subject)->name);
    out.emit(HandLowered{(*subject)->id});
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
