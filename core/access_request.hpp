#pragma once
// The right of access (AVG art. 15) for one person of a session: the events about them,
// and nothing about anyone else that the room did not show them. Pure: `lagerhuis export
// --participant` names the others by pseudonym and writes what this returns.
//
// About a person: their joining, renaming, leaving, seats, crossings and hands; their
// turns and what happened in them (arguments, corrections, relevance, drogredenen tagged
// and retracted); marks they gave and marks their arguments got; flags they raised and
// flags about their turns, with the decision; their own ballots where the file still has
// them (an open poll's rule, a file from before sealing). Never another person's ballot.
//
// Who marked or flagged them was not shown in the room (only counts), so those events
// come without the other participant: the mark or flag without its giver, the actor and
// request id left out. An action of a gespreksleider (they led the room openly) keeps its
// actor.
#include <vector>

#include "event.hpp"

namespace lagerhuis::core {

std::vector<Event> events_about(const std::vector<Event>& log, ParticipantId who);

}  // namespace lagerhuis::core
