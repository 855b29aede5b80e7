#pragma once
// Shared by the apply_*.cpp files (one per area). Internal to core/.
#include "apply.hpp"

namespace lagerhuis::core::detail {

void apply_body(State&, const Event&, const SessionCreated&);
void apply_body(State&, const Event&, const ConfigChanged&);
void apply_body(State&, const Event&, const StatementAdded&);
void apply_body(State&, const Event&, const StatementOpened&);
void apply_body(State&, const Event&, const StatementClosed&);
void apply_body(State&, const Event&, const PositionFixed&);
void apply_body(State&, const Event&, const RoomLocked&);
void apply_body(State&, const Event&, const ParticipantJoined&);
void apply_body(State&, const Event&, const ParticipantRenamed&);
void apply_body(State&, const Event&, const ParticipantRemoved&);
void apply_body(State&, const Event&, const SeatChanged&);
void apply_body(State&, const Event&, const HandRaised&);
void apply_body(State&, const Event&, const HandLowered&);
void apply_body(State&, const Event&, const TurnStarted&);
void apply_body(State&, const Event&, const TurnPaused&);
void apply_body(State&, const Event&, const TurnResumed&);
void apply_body(State&, const Event&, const TurnEnded&);
void apply_body(State&, const Event&, const ArgumentTagged&);
void apply_body(State&, const Event&, const ArgumentCorrected&);
void apply_body(State&, const Event&, const ArgumentRetracted&);
void apply_body(State&, const Event&, const ArgumentRelevanceSet&);
void apply_body(State&, const Event&, const ArgumentAppreciated&);
void apply_body(State&, const Event&, const AppreciationWithdrawn&);
void apply_body(State&, const Event&, const FallacyTagged&);
void apply_body(State&, const Event&, const FallacyTagRetracted&);
void apply_body(State&, const Event&, const FallacyFlagged&);
void apply_body(State&, const Event&, const FlagDecided&);
void apply_body(State&, const Event&, const PollOpened&);
void apply_body(State&, const Event&, const BallotCast&);
void apply_body(State&, const Event&, const PollClosed&);
void apply_body(State&, const Event&, const BallotSealed&);

// Adds (+1) or removes (-1) an argument's share of the tally.
void count_argument(State& state, const Argument& argument, int sign);

}  // namespace lagerhuis::core::detail
