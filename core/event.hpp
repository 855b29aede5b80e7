#pragma once
// What happened, as recorded in the session log. Events are facts: apply() folds them
// into State and never refuses one. Corrections and undo are new events (never edits of
// old ones); an event emitted to undo another names it in `undoes`.
//
// Changing a field here changes the file format: bump event_schema_version and teach
// the codec to read the old form.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "enums.hpp"
#include "ids.hpp"
#include "session_config.hpp"
#include "side_counts.hpp"

namespace lagerhuis::core {

inline constexpr int event_schema_version = 1;

// [SECTION] Session and statements
struct SessionCreated {
    static constexpr std::string_view type_name = "session_created";
    SessionConfig config;
    ParticipantId facilitator;
    std::string facilitator_name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("config", s.config); f("facilitator", s.facilitator); f("facilitator_name", s.facilitator_name); }
};
struct ConfigChanged {
    static constexpr std::string_view type_name = "config_changed";
    SessionConfig config;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("config", s.config); }
};
struct StatementAdded {
    static constexpr std::string_view type_name = "statement_added";
    StatementId statement;
    std::string text;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("statement", s.statement); f("text", s.text); }
};
// Everybody stands up: seats are cleared and chosen anew for this statement.
struct StatementOpened {
    static constexpr std::string_view type_name = "statement_opened";
    StatementId statement;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("statement", s.statement); }
};
struct StatementClosed {
    static constexpr std::string_view type_name = "statement_closed";
    StatementId statement;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("statement", s.statement); }
};
// A snapshot of the seats at this moment becomes the opening or closing position.
// `automatic` says why the engine fixed an opening by itself; absent when the
// gespreksleider did (as in every file from before the engine could). A second opening
// of one statement replaces the first (allowed until a turn starts after it): the moves
// in between were still settling, not crossings.
struct PositionFixed {
    static constexpr std::string_view type_name = "position_fixed";
    StatementId statement;
    PositionKind kind{};
    std::optional<PositionTrigger> automatic;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("statement", s.statement); f("kind", s.kind); f("automatic", s.automatic); }
};
struct RoomLocked {
    static constexpr std::string_view type_name = "room_locked";
    bool locked = true;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("locked", s.locked); }
};

// [SECTION] People
struct ParticipantJoined {
    static constexpr std::string_view type_name = "participant_joined";
    ParticipantId participant;
    std::string name;
    Role role = Role::participant;
    bool has_device = true;  // false: the gespreksleider acts for this person
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("name", s.name); f("role", s.role); f("has_device", s.has_device); }
};
struct ParticipantRenamed {
    static constexpr std::string_view type_name = "participant_renamed";
    ParticipantId participant;
    std::string name;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("name", s.name); }
};
// Leaves the room: seat and hand go, history stays.
struct ParticipantRemoved {
    static constexpr std::string_view type_name = "participant_removed";
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); }
};
// A seat change after the opening position is a crossing (oversteken), linked to the
// turn that was running or had just ended (0 when there was none).
struct SeatChanged {
    static constexpr std::string_view type_name = "seat_changed";
    ParticipantId participant;
    Side side{};
    TurnId after_turn;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); f("side", s.side); f("after_turn", s.after_turn); }
};
struct HandRaised {
    static constexpr std::string_view type_name = "hand_raised";
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); }
};
struct HandLowered {
    static constexpr std::string_view type_name = "hand_lowered";
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("participant", s.participant); }
};

// [SECTION] Turns
struct TurnStarted {
    static constexpr std::string_view type_name = "turn_started";
    TurnId turn;
    ParticipantId speaker;
    StatementId statement;
    Side side{};                  // the speaker's bench when the turn began
    Millis limit_ms = 0;
    ParticipantId suggested;      // whom the turn policy suggested (0: nobody)
    std::string override_reason;  // why the rules were set aside, if they were
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turn", s.turn); f("speaker", s.speaker); f("statement", s.statement); f("side", s.side);
        f("limit_ms", s.limit_ms); f("suggested", s.suggested); f("override_reason", s.override_reason);
    }
};
struct TurnPaused {
    static constexpr std::string_view type_name = "turn_paused";
    TurnId turn;
    PauseReason reason = PauseReason::facilitator;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("turn", s.turn); f("reason", s.reason); }
};
struct TurnResumed {
    static constexpr std::string_view type_name = "turn_resumed";
    TurnId turn;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("turn", s.turn); }
};
struct TurnEnded {
    static constexpr std::string_view type_name = "turn_ended";
    TurnId turn;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("turn", s.turn); }
};

// [SECTION] Arguments
struct ArgumentTagged {
    static constexpr std::string_view type_name = "argument_tagged";
    ArgumentId argument;
    TurnId turn;
    ArgumentKind kind{};
    ArgumentId target;  // 0: the statement
    EvidenceKind evidence = EvidenceKind::none;
    std::string text;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("argument", s.argument); f("turn", s.turn); f("kind", s.kind); f("target", s.target);
        f("evidence", s.evidence); f("text", s.text);
    }
};
// The new values of a corrected argument (its undo carries the old ones).
struct ArgumentCorrected {
    static constexpr std::string_view type_name = "argument_corrected";
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
struct ArgumentRetracted {
    static constexpr std::string_view type_name = "argument_retracted";
    ArgumentId argument;
    bool retracted = true;  // false restores it (undo)
    template <class S, class F>
    static void fields(S& s, F&& f) { f("argument", s.argument); f("retracted", s.retracted); }
};
struct ArgumentRelevanceSet {
    static constexpr std::string_view type_name = "argument_relevance_set";
    ArgumentId argument;
    bool irrelevant = true;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("argument", s.argument); f("irrelevant", s.irrelevant); }
};
struct ArgumentAppreciated {
    static constexpr std::string_view type_name = "argument_appreciated";
    ArgumentId argument;
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("argument", s.argument); f("participant", s.participant); }
};

// "Overtuigt mij" taken back (a mis-tap, or a changed mind); it may be given again.
struct AppreciationWithdrawn {
    static constexpr std::string_view type_name = "appreciation_withdrawn";
    ArgumentId argument;
    ParticipantId participant;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("argument", s.argument); f("participant", s.participant); }
};

// [SECTION] Drogredenen
struct FallacyTagged {
    static constexpr std::string_view type_name = "fallacy_tagged";
    FallacyTagId tag;
    TurnId turn;
    ArgumentId argument;  // 0: the turn as a whole
    std::string fallacy;
    std::string note;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("tag", s.tag); f("turn", s.turn); f("argument", s.argument); f("fallacy", s.fallacy); f("note", s.note);
    }
};
struct FallacyTagRetracted {
    static constexpr std::string_view type_name = "fallacy_tag_retracted";
    FallacyTagId tag;
    bool retracted = true;  // false restores it (undo)
    template <class S, class F>
    static void fields(S& s, F&& f) { f("tag", s.tag); f("retracted", s.retracted); }
};
struct FallacyFlagged {
    static constexpr std::string_view type_name = "fallacy_flagged";
    FlagId flag;
    ParticipantId flagger;
    TurnId turn;
    ArgumentId argument;  // 0: the turn as a whole
    std::string fallacy;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("flag", s.flag); f("flagger", s.flagger); f("turn", s.turn); f("argument", s.argument); f("fallacy", s.fallacy);
    }
};
// pending again only through undo.
struct FlagDecided {
    static constexpr std::string_view type_name = "flag_decided";
    FlagId flag;
    FlagOutcome outcome{};
    template <class S, class F>
    static void fields(S& s, F&& f) { f("flag", s.flag); f("outcome", s.outcome); }
};

// [SECTION] Secret polls
struct PollOpened {
    static constexpr std::string_view type_name = "poll_opened";
    PollId poll;
    StatementId statement;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("poll", s.poll); f("statement", s.statement); }
};
struct BallotCast {
    static constexpr std::string_view type_name = "ballot_cast";
    PollId poll;
    ParticipantId participant;
    Side choice{};
    template <class S, class F>
    static void fields(S& s, F&& f) { f("poll", s.poll); f("participant", s.participant); f("choice", s.choice); }
};
// A secret poll closes with its tally: the ballots it was counted from are sealed in the
// same commit (see ballot_seal.hpp), so from here on only these counts remain. Absent for
// open ballots and in files from before sealing (schema version 1), which keep the ballots.
struct PollClosed {
    static constexpr std::string_view type_name = "poll_closed";
    PollId poll;
    std::optional<SideCounts> tally;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("poll", s.poll); f("tally", s.tally); }
};
// What a secret poll's ballot becomes when the poll closes: the row keeps its seq (the log
// runs on) and tells only that a ballot was cast in this poll, not by whom, what or when
// (its time is the poll's opening). Never decided; written by sealing alone.
struct BallotSealed {
    static constexpr std::string_view type_name = "ballot_sealed";
    PollId poll;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("poll", s.poll); }
};

using EventBody =
    std::variant<SessionCreated, ConfigChanged, StatementAdded, StatementOpened, StatementClosed,
                 PositionFixed, RoomLocked, ParticipantJoined, ParticipantRenamed, ParticipantRemoved,
                 SeatChanged, HandRaised, HandLowered, TurnStarted, TurnPaused, TurnResumed, TurnEnded,
                 ArgumentTagged, ArgumentCorrected, ArgumentRetracted, ArgumentRelevanceSet,
                 ArgumentAppreciated, AppreciationWithdrawn, FallacyTagged, FallacyTagRetracted, FallacyFlagged, FlagDecided,
                 PollOpened, BallotCast, PollClosed, BallotSealed>;

struct Event {
    Seq seq = 0;
    Millis at_ms = 0;
    ParticipantId actor;               // who caused it (0: the host itself)
    std::string request_id;            // of the command that caused it
    std::optional<Seq> undoes;         // set on events emitted by Undo
    EventBody body;
};

}  // namespace lagerhuis::core
