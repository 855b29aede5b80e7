// apply(): the fold. Session, people, turns and polls here; arguments and drogredenen
// in apply_arguments.cpp.
#include "apply.hpp"

#include <algorithm>

#include "apply_support.hpp"
#include "argument_scores.hpp"
#include "undo.hpp"

namespace lagerhuis::core {
namespace detail {
namespace {

std::size_t slot(Side side) { return static_cast<std::size_t>(side); }

void lower_hand(State& state, Participant& who) {
    if (!who.hand_raised_at) return;
    who.hand_raised_at.reset();
    std::erase(state.hand_queue, who.id);
}

Position snapshot_seats(const State& state, const Event& event) {
    Position position{event.seq, event.at_ms, {}, {}};
    for (const auto& who : state.participants)
        if (!who.removed && who.seat) position.seats.emplace_back(who.id, *who.seat);
    return position;
}

// Seat corrections belong to the statement they were made in: once everybody stands up
// for the next one, undoing them would seat someone who never chose.
void forget_seat_undos(State& state) {
    std::erase_if(state.undo_stack, [](const UndoEntry& entry) { return std::holds_alternative<SeatChanged>(entry.inverse); });
}

// Undoing a seat change the gespreksleider made by mistake takes back its crossing too:
// that crossing never happened.
void take_back_crossing(State& state, Seq undone) {
    auto crossing = std::find_if(state.crossings.begin(), state.crossings.end(), [&](auto& c) { return c.seq == undone; });
    if (crossing == state.crossings.end()) return;
    state.tally.people[crossing->participant.value - 1].crossings -= 1;
    state.tally.sides[slot(crossing->from)].crossings_out -= 1;
    state.tally.sides[slot(crossing->to)].crossings_in -= 1;
    state.crossings.erase(crossing);
}

// An opening fixed again: the moves since the first one were people still settling.
void take_back_crossings_since(State& state, StatementId statement, Seq since) {
    std::vector<Seq> settling;
    for (const auto& crossing : state.crossings)
        if (crossing.statement == statement && crossing.seq > since) settling.push_back(crossing.seq);
    for (Seq seq : settling) take_back_crossing(state, seq);
}


}  // namespace

void apply_body(State& state, const Event&, const SessionCreated& e) {
    state.created = true;
    state.config = e.config;
    state.participants.push_back(Participant{e.facilitator, e.facilitator_name, Role::facilitator, true, false, {}, {}, {}});
    state.tally.people.emplace_back();
}

void apply_body(State& state, const Event&, const ConfigChanged& e) {
    state.config = e.config;
    // New weights may change every base score.
    for (auto it = state.arguments.rbegin(); it != state.arguments.rend(); ++it) it->base = base_score(state, *it);
    for (auto it = state.arguments.rbegin(); it != state.arguments.rend(); ++it) it->strength = strength_from_replies(state, *it);
    for (auto& statement : state.statements) statement.strength = statement_strength(state, statement);
}

void apply_body(State& state, const Event&, const StatementAdded& e) {
    state.statements.push_back(Statement{e.statement, e.text, StatementStatus::pending, 0, {}, {}, {}, {}, {}, statement_base});
}

void apply_body(State& state, const Event& event, const StatementOpened& e) {
    state.statement(e.statement)->status = StatementStatus::active;
    state.statement(e.statement)->opened_at = event.at_ms;
    state.active_statement = e.statement;
    forget_seat_undos(state);
    // Everybody stands up and chooses a bench anew for this statement.
    for (auto& who : state.participants) {
        who.seat.reset();
        who.hand_raised_at.reset();
    }
    state.hand_queue.clear();
}

void apply_body(State& state, const Event&, const StatementClosed& e) {
    state.statement(e.statement)->status = StatementStatus::closed;
    state.active_statement = {};
    forget_seat_undos(state);
    for (auto& who : state.participants) who.hand_raised_at.reset();
    state.hand_queue.clear();
}

void apply_body(State& state, const Event& event, const PositionFixed& e) {
    Statement& statement = *state.statement(e.statement);
    // (Logs written before an opening could be fixed again never hold a second one.)
    if (e.kind == PositionKind::opening && statement.opening)
        take_back_crossings_since(state, statement.id, statement.opening->seq);
    auto& position = e.kind == PositionKind::opening ? statement.opening : statement.closing;
    position = snapshot_seats(state, event);
    position->automatic = e.automatic;
}

void apply_body(State& state, const Event&, const RoomLocked& e) { state.room_locked = e.locked; }

void apply_body(State& state, const Event&, const ParticipantJoined& e) {
    state.participants.push_back(Participant{e.participant, e.name, e.role, e.has_device, false, {}, {}, {}});
    state.tally.people.emplace_back();
}

void apply_body(State& state, const Event&, const ParticipantRenamed& e) { state.participant(e.participant)->name = e.name; }

void apply_body(State& state, const Event&, const ParticipantRemoved& e) {
    Participant& who = *state.participant(e.participant);
    who.removed = true;
    who.seat.reset();
    lower_hand(state, who);
}

void apply_body(State& state, const Event& event, const SeatChanged& e) {
    Participant& who = *state.participant(e.participant);
    const auto from = who.seat;
    who.seat = e.side;
    if (event.undoes) {
        take_back_crossing(state, *event.undoes);
        return;
    }
    const Statement* statement = state.statement(state.active_statement);
    // Moving between the opening and the closing position is crossing the floor.
    const bool counts = statement && statement->opening && !statement->closing && from && *from != e.side;
    if (!counts) return;
    state.crossings.push_back(Crossing{event.seq, event.at_ms, who.id, statement->id, *from, e.side, e.after_turn});
    state.tally.people[who.id.value - 1].crossings += 1;
    state.tally.sides[slot(*from)].crossings_out += 1;
    state.tally.sides[slot(e.side)].crossings_in += 1;
}

void apply_body(State& state, const Event& event, const HandRaised& e) {
    state.participant(e.participant)->hand_raised_at = event.seq;
    state.hand_queue.push_back(e.participant);
}

void apply_body(State& state, const Event&, const HandLowered& e) { lower_hand(state, *state.participant(e.participant)); }

void apply_body(State& state, const Event& event, const TurnStarted& e) {
    Turn turn;
    turn.id = e.turn;
    turn.seq = event.seq;
    turn.speaker = e.speaker;
    turn.statement = e.statement;
    turn.side = e.side;
    turn.started_at = event.at_ms;
    turn.limit_ms = e.limit_ms;
    turn.running_since = event.at_ms;
    turn.suggested = e.suggested;
    turn.override_reason = e.override_reason;
    state.turns.push_back(std::move(turn));
    state.statement(e.statement)->turns.push_back(e.turn);
    state.current_turn = e.turn;
    lower_hand(state, *state.participant(e.speaker));
    state.tally.people[e.speaker.value - 1].turns += 1;
    state.tally.sides[slot(e.side)].turns += 1;
}

void apply_body(State& state, const Event& event, const TurnPaused& e) {
    Turn& turn = *state.turn(e.turn);
    turn.spoken_before_ms = turn.spoken_ms(event.at_ms);
    turn.running_since.reset();
}

void apply_body(State& state, const Event& event, const TurnResumed& e) { state.turn(e.turn)->running_since = event.at_ms; }

void apply_body(State& state, const Event& event, const TurnEnded& e) {
    Turn& turn = *state.turn(e.turn);
    turn.spoken_before_ms = turn.spoken_ms(event.at_ms);
    turn.running_since.reset();
    turn.ended_at = event.at_ms;
    turn.ended_seq = event.seq;
    if (state.current_turn == e.turn) state.current_turn = {};
    state.tally.people[turn.speaker.value - 1].speaking_ms += turn.spoken_before_ms;
    state.tally.sides[slot(turn.side)].speaking_ms += turn.spoken_before_ms;
    rescore_turn(state, e.turn);  // running far over time costs a little
}

void apply_body(State& state, const Event& event, const PollOpened& e) {
    state.polls.push_back(Poll{e.poll, event.seq, e.statement, true, {}, std::nullopt, state.config.rules.anonymous_ballots});
    state.statement(e.statement)->polls.push_back(e.poll);
    state.open_poll = e.poll;
}

void apply_body(State& state, const Event&, const BallotCast& e) {
    auto& ballots = state.poll(e.poll)->ballots;
    auto mine = std::find_if(ballots.begin(), ballots.end(), [&](auto& b) { return b.first == e.participant; });
    if (mine == ballots.end()) ballots.emplace_back(e.participant, e.choice);
    else mine->second = e.choice;
}

void apply_body(State& state, const Event&, const PollClosed& e) {
    Poll& poll = *state.poll(e.poll);
    poll.open = false;
    if (e.tally) {
        // From here the tally is all there is: live play forgets the ballots as the file does.
        poll.sealed = e.tally;
        poll.ballots.clear();
    }
    if (state.open_poll == e.poll) state.open_poll = {};
}

// A sealed ballot was counted in its poll's tally; on its own it changes nothing.
void apply_body(State&, const Event&, const BallotSealed&) {}

}  // namespace detail

void apply(State& state, const Event& event) {
    std::optional<EventBody> inverse = inverse_of(state, event);
    std::visit([&](const auto& body) { detail::apply_body(state, event, body); }, event.body);
    state.last_seq = event.seq;
    state.last_at_ms = event.at_ms;
    if (event.undoes) {
        auto& stack = state.undo_stack;
        auto undone = std::find_if(stack.rbegin(), stack.rend(), [&](auto& entry) { return entry.seq == *event.undoes; });
        if (undone != stack.rend()) stack.erase(std::next(undone).base());
    } else if (inverse) {
        state.undo_stack.push_back(UndoEntry{event.seq, std::move(*inverse)});
    }
}

State fold(std::span<const Event> events) {
    State state;
    for (const auto& event : events) apply(state, event);
    return state;
}

}  // namespace lagerhuis::core
