#pragma once
// The state of a session: what apply() folds the event log into. Plain values, indexed
// by id (slot id-1), so live play, replay and tests all read the same thing.
//
// Scores that depend on many events (base scores, DF-QuAD strengths, the statement's
// verdict and the counters in Tally) are kept up to date incrementally by apply();
// recompute_scores() (scoring.hpp) rebuilds them from the records and must agree.
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "enums.hpp"
#include "event.hpp"
#include "ids.hpp"
#include "session_config.hpp"

namespace lagerhuis::core {

struct Participant {
    ParticipantId id;
    std::string name;
    Role role = Role::participant;
    bool has_device = true;
    bool removed = false;
    std::optional<Side> seat;           // none until chosen for the active statement
    std::optional<Seq> hand_raised_at;  // queue order: who raised first
    std::vector<Millis> recent_flags;   // times of the last flags, for the rate limit
};

// One floor crossing (oversteken), or a first choice of seat when `from` is empty
// (those are not crossings and are not listed in State::crossings).
struct Crossing {
    Seq seq = 0;
    Millis at_ms = 0;
    ParticipantId participant;
    StatementId statement;
    Side from{};
    Side to{};
    TurnId after_turn;  // the turn running or just ended (0: none)
};

struct Position {
    Seq seq = 0;
    Millis at_ms = 0;
    std::vector<std::pair<ParticipantId, Side>> seats;  // who sat where, by id
    std::optional<PositionTrigger> automatic;           // fixed by the engine, and why
    int count(Side side) const {
        int n = 0;
        for (const auto& [who, where] : seats) n += where == side ? 1 : 0;
        return n;
    }
};

struct Statement {
    StatementId id;
    std::string text;
    StatementStatus status = StatementStatus::pending;
    Millis opened_at = 0;  // when it opened (the settling time counts from here)
    std::optional<Position> opening;
    std::optional<Position> closing;
    std::vector<TurnId> turns;
    std::vector<ArgumentId> roots;  // arguments that target the statement itself
    std::vector<PollId> polls;
    double strength = 0.5;  // the argumentative verdict: above 0.5 voor argued better
};

struct Turn {
    TurnId id;
    Seq seq = 0;
    ParticipantId speaker;
    StatementId statement;
    Side side{};
    Millis started_at = 0;
    Millis limit_ms = 0;
    Millis spoken_before_ms = 0;          // accumulated over earlier running stretches
    std::optional<Millis> running_since;  // set while the clock runs
    std::optional<Millis> ended_at;
    Seq ended_seq = 0;
    ParticipantId suggested;
    std::string override_reason;
    std::vector<ArgumentId> arguments;
    std::vector<FallacyTagId> fallacy_tags;
    std::vector<FlagId> flags;             // every flag on this turn
    std::vector<FlagId> whole_turn_flags;  // those naming no argument: they concern them all

    bool ended() const { return ended_at.has_value(); }
    bool paused() const { return !ended() && !running_since.has_value(); }
    Millis spoken_ms(Millis now) const {
        return spoken_before_ms + (running_since ? now - *running_since : 0);
    }
};

struct Appreciation {
    ParticipantId participant;
    Seq seq = 0;
};

struct Argument {
    ArgumentId id;
    Seq seq = 0;
    TurnId turn;
    ParticipantId speaker;
    StatementId statement;
    ArgumentKind kind{};
    ArgumentId target;  // 0: the statement
    EvidenceKind evidence = EvidenceKind::none;
    std::string text;
    bool retracted = false;
    bool irrelevant = false;
    Seq irrelevant_seq = 0;
    std::vector<Appreciation> appreciations;
    std::vector<ArgumentId> replies;  // arguments targeting this one, in id order
    std::vector<FlagId> flags;        // flags naming this argument
    Side direction = Side::twijfel;   // the side it helps (voor/tegen); questions: twijfel
    double base = 0.5;                // τ
    double strength = 0.5;            // σ

    bool in_graph() const { return !retracted && kind != ArgumentKind::question; }
};

struct FallacyTag {
    FallacyTagId id;
    Seq seq = 0;
    TurnId turn;
    ArgumentId argument;
    std::string fallacy;
    std::string note;
    bool retracted = false;
    Millis at_ms = 0;  // when it was tagged: the projector shows it for a moment
};

struct Flag {
    FlagId id;
    Seq seq = 0;
    Millis at_ms = 0;
    ParticipantId flagger;
    std::optional<Side> flagger_seat;  // where the flagger sat when flagging
    TurnId turn;
    ArgumentId argument;
    std::string fallacy;
    FlagOutcome outcome = FlagOutcome::pending;
    Seq decided_seq = 0;
    Millis decided_at_ms = 0;
};

struct Poll {
    PollId id;
    Seq opened_seq = 0;
    StatementId statement;
    bool open = true;
    std::vector<std::pair<ParticipantId, Side>> ballots;  // one per participant, latest choice
    std::optional<SideCounts> sealed;  // a closed secret poll: its tally, and no ballots
    bool secret = true;                // the session's rule when it opened (fixed while it runs)
    int count(Side side) const {
        if (sealed) return side == Side::voor ? sealed->voor : side == Side::tegen ? sealed->tegen : sealed->twijfel;
        int n = 0;
        for (const auto& [who, choice] : ballots) n += choice == side ? 1 : 0;
        return n;
    }
    int ballot_count() const { return sealed ? sealed->total() : static_cast<int>(ballots.size()); }
};

// What Undo would emit for a gespreksleider's correctable action.
struct UndoEntry {
    Seq seq = 0;
    EventBody inverse;
};

// Counters behind the scoreboard, per participant (index id-1) and per side.
struct PersonTally {
    Millis speaking_ms = 0;  // of ended turns
    int turns = 0;
    int arguments = 0;       // in the graph (not retracted, not questions)
    int questions = 0;
    int flags_pending = 0;
    int flags_confirmed = 0;
    int flags_dismissed = 0;
    int crossings = 0;
    int appreciations_given = 0;
    friend bool operator==(const PersonTally&, const PersonTally&) = default;
};

struct SideTally {
    Millis speaking_ms = 0;  // turns by speakers seated on this side
    int turns = 0;
    int arguments = 0;       // by direction: the side the argument helps
    int crossings_in = 0;
    int crossings_out = 0;
    friend bool operator==(const SideTally&, const SideTally&) = default;
};

struct Tally {
    std::vector<PersonTally> people;
    std::array<SideTally, 3> sides{};  // indexed by Side
    friend bool operator==(const Tally&, const Tally&) = default;
};

struct State {
    bool created = false;
    SessionConfig config;
    Seq last_seq = 0;
    Millis last_at_ms = 0;
    bool room_locked = false;

    std::vector<Participant> participants;
    std::vector<Statement> statements;
    std::vector<Turn> turns;
    std::vector<Argument> arguments;
    std::vector<FallacyTag> fallacy_tags;
    std::vector<Flag> flags;
    std::vector<Poll> polls;
    std::vector<Crossing> crossings;

    StatementId active_statement;
    TurnId current_turn;  // running or paused, not ended (0: none)
    PollId open_poll;
    std::vector<ParticipantId> hand_queue;  // raised hands, first raised first
    std::vector<UndoEntry> undo_stack;
    Tally tally;

    // Lookups by id; nullptr for 0 or an unknown id.
    template <class T, class Tag>
    static auto* find_in(std::vector<T>& items, Id<Tag> id) {
        return id.value == 0 || id.value > items.size() ? nullptr : &items[id.value - 1];
    }
    template <class T, class Tag>
    static const T* find_in(const std::vector<T>& items, Id<Tag> id) {
        return id.value == 0 || id.value > items.size() ? nullptr : &items[id.value - 1];
    }
    const Participant* participant(ParticipantId id) const { return find_in(participants, id); }
    Participant* participant(ParticipantId id) { return find_in(participants, id); }
    const Statement* statement(StatementId id) const { return find_in(statements, id); }
    Statement* statement(StatementId id) { return find_in(statements, id); }
    const Turn* turn(TurnId id) const { return find_in(turns, id); }
    Turn* turn(TurnId id) { return find_in(turns, id); }
    const Argument* argument(ArgumentId id) const { return find_in(arguments, id); }
    Argument* argument(ArgumentId id) { return find_in(arguments, id); }
    const FallacyTag* fallacy_tag(FallacyTagId id) const { return find_in(fallacy_tags, id); }
    FallacyTag* fallacy_tag(FallacyTagId id) { return find_in(fallacy_tags, id); }
    const Flag* flag(FlagId id) const { return find_in(flags, id); }
    Flag* flag(FlagId id) { return find_in(flags, id); }
    const Poll* poll(PollId id) const { return find_in(polls, id); }
    Poll* poll(PollId id) { return find_in(polls, id); }

    // The turn a tag or flag without an explicit turn refers to: the running one, or
    // else the last turn of the active statement.
    TurnId latest_turn() const {
        if (!current_turn.is_none()) return current_turn;
        const Statement* active = statement(active_statement);
        return active && !active->turns.empty() ? active->turns.back() : TurnId{};
    }
};

}  // namespace lagerhuis::core
