#pragma once
// What people ask of the engine. Every command arrives in an envelope naming the actor
// and the client's request id; decide() turns it into events or a Refusal. A field
// `participant` left at 0 means "the actor themself"; a gespreksleider sets it to act on
// behalf of someone (a person without a device).
#include <string>
#include <string_view>
#include <variant>

#include "enums.hpp"
#include "ids.hpp"
#include "session_config.hpp"

namespace lagerhuis::core {

// [SECTION] Session and statements (gespreksleider)
struct CreateSession {
    static constexpr std::string_view type_name = "create_session";
    SessionConfig config;
    std::string facilitator_name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("config", s.config); f("facilitator_name", s.facilitator_name); }
};
struct ChangeConfig {
    static constexpr std::string_view type_name = "change_config";
    SessionConfig config;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("config", s.config); }
};
struct AddStatement {
    static constexpr std::string_view type_name = "add_statement";
    std::string text;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("text", s.text); }
};
struct OpenStatement {
    static constexpr std::string_view type_name = "open_statement";
    StatementId statement;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("statement", s.statement); }
};
// Ends the running turn and poll, fixes the positions not yet fixed, closes.
struct CloseStatement {
    static constexpr std::string_view type_name = "close_statement";
    template <class S, class F>
    static void fields(S&, F&&) {}
};
// Fixing the opening again is allowed until a turn starts after it.
struct FixPosition {
    static constexpr std::string_view type_name = "fix_position";
    PositionKind kind{};
    template <class S, class F>
    static void fields(S& s, F&& f) { f("kind", s.kind); }
};
struct LockRoom {
    static constexpr std::string_view type_name = "lock_room";
    bool locked = true;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("locked", s.locked); }
};

// [SECTION] People
// A participant joining from a device (the host has checked code, and for a
// co-facilitator the facilitator secret). The actor is 0: nobody yet.
struct Join {
    static constexpr std::string_view type_name = "join";
    std::string name;
    Role role = Role::participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("name", s.name); f("role", s.role); }
};
// The gespreksleider adds someone who has no device and will act for them.
struct AddPerson {
    static constexpr std::string_view type_name = "add_person";
    std::string name;
    Role role = Role::participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("name", s.name); f("role", s.role); }
};
struct RenameParticipant {
    static constexpr std::string_view type_name = "rename_participant";
    ParticipantId participant;
    std::string name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("name", s.name); }
};
struct RemoveParticipant {
    static constexpr std::string_view type_name = "remove_participant";
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); }
};
struct TakeSeat {
    static constexpr std::string_view type_name = "take_seat";
    ParticipantId participant;
    Side side{};
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("side", s.side); }
};
struct RaiseHand {
    static constexpr std::string_view type_name = "raise_hand";
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); }
};
struct LowerHand {
    static constexpr std::string_view type_name = "lower_hand";
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); }
};

// [SECTION] Turns (gespreksleider)
// Ends a running turn first. Giving the floor against the wait rule needs a reason,
// which is recorded as an override.
struct GiveFloor {
    static constexpr std::string_view type_name = "give_floor";
    ParticipantId participant;
    std::string override_reason;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("override_reason", s.override_reason); }
};
struct PauseTurn {
    static constexpr std::string_view type_name = "pause_turn";
    PauseReason reason = PauseReason::facilitator;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("reason", s.reason); }
};
struct ResumeTurn {
    static constexpr std::string_view type_name = "resume_turn";
    template <class S, class F>
    static void fields(S&, F&&) {}
};
struct EndTurn {
    static constexpr std::string_view type_name = "end_turn";
    template <class S, class F>
    static void fields(S&, F&&) {}
};

// [SECTION] Arguments and drogredenen
// Turn 0 means the running turn, or else the last one. Target 0 means the statement.
struct TagArgument {
    static constexpr std::string_view type_name = "tag_argument";
    TurnId turn;
    ArgumentKind kind{};
    ArgumentId target;
    EvidenceKind evidence = EvidenceKind::none;
    std::string text;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turn", s.turn); f("kind", s.kind); f("target", s.target); f("evidence", s.evidence); f("text", s.text);
    }
};
struct CorrectArgument {
    static constexpr std::string_view type_name = "correct_argument";
    ArgumentId argument;
    ArgumentKind kind{};
    ArgumentId target;
    EvidenceKind evidence = EvidenceKind::none;
    std::string text;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("argument", s.argument); f("kind", s.kind); f("target", s.target); f("evidence", s.evidence); f("text", s.text);
    }
};
struct RetractArgument {
    static constexpr std::string_view type_name = "retract_argument";
    ArgumentId argument;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("argument", s.argument); }
};
struct SetRelevance {
    static constexpr std::string_view type_name = "set_relevance";
    ArgumentId argument;
    bool irrelevant = true;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("argument", s.argument); f("irrelevant", s.irrelevant); }
};
// The gespreksleider names a drogreden in a turn (argument 0: the turn as a whole).
struct TagFallacy {
    static constexpr std::string_view type_name = "tag_fallacy";
    TurnId turn;
    ArgumentId argument;
    std::string fallacy;
    std::string note;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turn", s.turn); f("argument", s.argument); f("fallacy", s.fallacy); f("note", s.note);
    }
};
struct RetractFallacyTag {
    static constexpr std::string_view type_name = "retract_fallacy_tag";
    FallacyTagId tag;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("tag", s.tag); }
};
// A participant calls out a drogreden (turn 0: the running or last turn).
struct FlagFallacy {
    static constexpr std::string_view type_name = "flag_fallacy";
    ParticipantId participant;
    TurnId turn;
    ArgumentId argument;
    std::string fallacy;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("participant", s.participant); f("turn", s.turn); f("argument", s.argument); f("fallacy", s.fallacy);
    }
};
struct DecideFlag {
    static constexpr std::string_view type_name = "decide_flag";
    FlagId flag;
    FlagOutcome outcome = FlagOutcome::confirmed;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("flag", s.flag); f("outcome", s.outcome); }
};
// "Dit argument overtuigt mij": once per participant and argument.
struct Appreciate {
    static constexpr std::string_view type_name = "appreciate";
    ParticipantId participant;
    ArgumentId argument;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("argument", s.argument); }
};

// Takes back one's own "overtuigt mij" on an argument.
struct WithdrawAppreciation {
    static constexpr std::string_view type_name = "withdraw_appreciation";
    ParticipantId participant;
    ArgumentId argument;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("argument", s.argument); }
};

// [SECTION] Secret polls
struct OpenPoll {
    static constexpr std::string_view type_name = "open_poll";
    template <class S, class F>
    static void fields(S&, F&&) {}
};
// Poll 0 means the open poll; a client names the poll it saw, so a ballot that
// arrives after that poll closed is refused instead of landing in the next one.
struct CastBallot {
    static constexpr std::string_view type_name = "cast_ballot";
    ParticipantId participant;
    PollId poll;
    Side choice{};
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("poll", s.poll); f("choice", s.choice); }
};
struct ClosePoll {
    static constexpr std::string_view type_name = "close_poll";
    template <class S, class F>
    static void fields(S&, F&&) {}
};

// [SECTION] Undo of the gespreksleider's last correctable action
struct Undo {
    static constexpr std::string_view type_name = "undo";
    template <class S, class F>
    static void fields(S&, F&&) {}
};

using CommandBody =
    std::variant<CreateSession, ChangeConfig, AddStatement, OpenStatement, CloseStatement, FixPosition,
                 LockRoom, Join, AddPerson, RenameParticipant, RemoveParticipant, TakeSeat, RaiseHand,
                 LowerHand, GiveFloor, PauseTurn, ResumeTurn, EndTurn, TagArgument, CorrectArgument,
                 RetractArgument, SetRelevance, TagFallacy, RetractFallacyTag, FlagFallacy, DecideFlag,
                 Appreciate, WithdrawAppreciation, OpenPoll, CastBallot, ClosePoll, Undo>;

struct Command {
    ParticipantId actor;     // 0 for Join and CreateSession: nobody yet
    std::string request_id;  // chosen by the client; a retry carries the same id
    CommandBody body;
};

}  // namespace lagerhuis::core
