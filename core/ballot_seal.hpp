#pragma once
// Sealing a secret poll's ballots when it closes. While the poll is open its ballots are
// ordinary events (who, what, when), so the host can refuse a second ballot, take a
// changed one and keep every acknowledged ballot through a crash. The close carries the
// tally; in the same commit every ballot of the poll is replaced by a BallotSealed with
// no actor, request id, participant or choice, at the poll's opening time. The host does
// this to its log in memory and the store to the rows, with the same function, so the
// file and a facilitator's fold of the host's log stay the same fold.
//
// The one place where a stored event is rewritten: the rest of the log is facts that are
// never edited. See docs/privacy.md for what an attacker with the file can still learn.
#include <optional>
#include <vector>

#include "event.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// The close of `poll` as decided now: with the tally when ballots are secret.
PollClosed closing_of(const State& state, PollId poll);

// The poll whose ballots `event` seals (a PollClosed with a tally), if any.
std::optional<PollId> sealed_by(const Event& event);

// What the ballot at `seq` becomes once its poll (opened at `opened_at_ms`) is sealed.
Event sealed_ballot(Seq seq, PollId poll, Millis opened_at_ms);

// Replaces, in `log`, every BallotCast of `poll` after its PollOpened by its sealed form.
// The number replaced.
int seal_ballots(std::vector<Event>& log, PollId poll);

}  // namespace lagerhuis::core
