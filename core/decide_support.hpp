#pragma once
// Shared by the decide_*.cpp files (one per area of the rules): building events and the
// checks many commands share. Internal to core/.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "decide.hpp"

namespace lagerhuis::core::detail {

// Collects the events of one decision, numbering and stamping them.
class Emitter {
public:
    Emitter(const State& state, const Command& command, Millis now)
        : command_(command),
          next_seq_(state.last_seq + 1),
          at_ms_(now < state.last_at_ms ? state.last_at_ms : now) {}

    template <class Body>
    void emit(Body body, std::optional<Seq> undoes = std::nullopt,
              std::optional<ParticipantId> actor = std::nullopt) {
        events_.push_back(Event{next_seq_++, at_ms_, actor.value_or(command_.actor),
                                command_.request_id, undoes, EventBody{std::move(body)}});
    }
    Millis at_ms() const { return at_ms_; }
    Decision done() && { return std::move(events_); }

private:
    const Command& command_;
    Seq next_seq_;
    Millis at_ms_;
    std::vector<Event> events_;
};

inline Failure<Refusal> refuse(Refusal refusal) { return Failure<Refusal>{std::move(refusal)}; }
inline Failure<Refusal> refuse(ReasonCode code) { return Failure<Refusal>{Refusal{code}}; }

template <class Tag>
std::string id_text(Id<Tag> id) { return std::to_string(id.value); }

// A check passes (nullopt) or says why not.
using Check = std::optional<Refusal>;

// The acting participant: known and still in the room.
Result<const Participant*, Refusal> acting_participant(const State& state, const Command& command);
// Only the gespreksleider (or a co-facilitator) may do this.
Check require_facilitator(const State& state, const Command& command, std::string_view action);
// Who a command is about: `named` if set (only a gespreksleider may act for someone
// else), or else the actor; must be in the room and, unless `any_role`, a participant.
Result<const Participant*, Refusal> resolve_subject(const State& state, const Command& command,
                                                    ParticipantId named, std::string_view action);
Check check_name(const State& state, std::string_view name, ParticipantId renaming);
Check check_text(std::string_view text);
Check check_config(const SessionConfig& config);
Result<const Statement*, Refusal> active_statement(const State& state);
// A turn named by id, or the latest one when `named` is 0.
Result<const Turn*, Refusal> resolve_turn(const State& state, TurnId named);
// An argument that exists and is not retracted.
Result<const Argument*, Refusal> live_argument(const State& state, ArgumentId id);
// Whether `target` may be the target of argument `self` (0 while tagging a new one) in
// `statement`: an earlier, live argument of the same statement that is not a question.
Check check_target(const State& state, ArgumentId target, ArgumentId self, StatementId statement);
int live_replies(const State& state, const Argument& argument);

// The opening position is the product's to fix when nobody did: emitted (marked
// automatic) before the events of a command that is `trigger` for the active statement,
// so the snapshot holds the seats just before the command changes them. For grace_over,
// only once the session's settling time since the statement opened is over.
void fix_opening_if_due(const State& state, Emitter& out, PositionTrigger trigger);

}  // namespace lagerhuis::core::detail

namespace lagerhuis::core::detail {

// One handler per command, defined in the decide_<area>.cpp files. Each checks the
// rules and emits events, or returns the refusal (and then emitted nothing that counts).
Check handle(const State&, const Command&, const CreateSession&, Emitter&);
Check handle(const State&, const Command&, const ChangeConfig&, Emitter&);
Check handle(const State&, const Command&, const AddStatement&, Emitter&);
Check handle(const State&, const Command&, const OpenStatement&, Emitter&);
Check handle(const State&, const Command&, const CloseStatement&, Emitter&);
Check handle(const State&, const Command&, const FixPosition&, Emitter&);
Check handle(const State&, const Command&, const LockRoom&, Emitter&);
Check handle(const State&, const Command&, const Join&, Emitter&);
Check handle(const State&, const Command&, const AddPerson&, Emitter&);
Check handle(const State&, const Command&, const RenameParticipant&, Emitter&);
Check handle(const State&, const Command&, const RemoveParticipant&, Emitter&);
Check handle(const State&, const Command&, const TakeSeat&, Emitter&);
Check handle(const State&, const Command&, const RaiseHand&, Emitter&);
Check handle(const State&, const Command&, const LowerHand&, Emitter&);
Check handle(const State&, const Command&, const GiveFloor&, Emitter&);
Check handle(const State&, const Command&, const PauseTurn&, Emitter&);
Check handle(const State&, const Command&, const ResumeTurn&, Emitter&);
Check handle(const State&, const Command&, const EndTurn&, Emitter&);
Check handle(const State&, const Command&, const TagArgument&, Emitter&);
Check handle(const State&, const Command&, const CorrectArgument&, Emitter&);
Check handle(const State&, const Command&, const RetractArgument&, Emitter&);
Check handle(const State&, const Command&, const SetRelevance&, Emitter&);
Check handle(const State&, const Command&, const TagFallacy&, Emitter&);
Check handle(const State&, const Command&, const RetractFallacyTag&, Emitter&);
Check handle(const State&, const Command&, const FlagFallacy&, Emitter&);
Check handle(const State&, const Command&, const DecideFlag&, Emitter&);
Check handle(const State&, const Command&, const Appreciate&, Emitter&);
Check handle(const State&, const Command&, const WithdrawAppreciation&, Emitter&);
Check handle(const State&, const Command&, const OpenPoll&, Emitter&);
Check handle(const State&, const Command&, const CastBallot&, Emitter&);
Check handle(const State&, const Command&, const ClosePoll&, Emitter&);
Check handle(const State&, const Command&, const Undo&, Emitter&);

}  // namespace lagerhuis::core::detail
