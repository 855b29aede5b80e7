#pragma once
// What a participant sees of a session (docs/protocol.md): the view, the same for every
// participant, and the personal part, only for one. Both summarise the state instead of
// listing every event, so the fan-out to a room of thousands stays linear: one person's
// seat change alters a count, not everybody's copy of a seating plan.
//
// Sections of the view are replaced whole in batches; keep each one small.
#include <optional>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/ids.hpp"

namespace lagerhuis::proto {

struct SessionSection {
    std::string title;
    core::Language language = core::Language::nl;
    bool locked = false;
    bool anonymous_ballots = true;
    friend bool operator==(const SessionSection&, const SessionSection&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("title", s.title); f("language", s.language); f("locked", s.locked); f("anonymous_ballots", s.anonymous_ballots);
    }
};

struct StatementSection {
    core::StatementId id;
    std::string text;
    core::StatementStatus status = core::StatementStatus::pending;
    int number = 0;  // 1-based position among the session's statements
    int count = 0;
    friend bool operator==(const StatementSection&, const StatementSection&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("text", s.text); f("status", s.status); f("number", s.number); f("count", s.count);
    }
};

struct TurnSection {
    core::TurnId id;
    core::ParticipantId speaker;
    std::string name;
    core::Side side = core::Side::twijfel;
    core::Millis limit_ms = 0;
    core::Millis warning_ms = 0;
    core::Millis spoken_ms = 0;                  // before the running stretch
    std::optional<core::Millis> running_since;   // host clock; absent when paused or ended
    bool ended = false;
    friend bool operator==(const TurnSection&, const TurnSection&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("speaker", s.speaker); f("name", s.name); f("side", s.side); f("limit_ms", s.limit_ms);
        f("warning_ms", s.warning_ms); f("spoken_ms", s.spoken_ms); f("running_since", s.running_since);
        f("ended", s.ended);
    }
};

struct RoomSection {
    int voor = 0;
    int tegen = 0;
    int twijfel = 0;
    int hands = 0;
    int present = 0;  // participants here now, seated or not (proto::count_room)
    friend bool operator==(const RoomSection&, const RoomSection&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("voor", s.voor); f("tegen", s.tegen); f("twijfel", s.twijfel); f("hands", s.hands); f("present", s.present);
    }
};

struct Voter {
    std::string name;
    core::Side choice = core::Side::twijfel;
    friend bool operator==(const Voter&, const Voter&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("name", s.name); f("choice", s.choice); }
};

struct PollSection {
    core::PollId id;
    bool open = false;
    int ballots = 0;
    int voor = 0;  // the counts are 0 while the poll is open
    int tegen = 0;
    int twijfel = 0;
    std::vector<Voter> voters;  // only when ballots are not anonymous
    friend bool operator==(const PollSection&, const PollSection&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("open", s.open); f("ballots", s.ballots); f("voor", s.voor); f("tegen", s.tegen);
        f("twijfel", s.twijfel); f("voters", s.voters);
    }
};

struct ArgumentItem {
    core::ArgumentId id;
    core::TurnId turn;
    std::string speaker;
    core::Side direction = core::Side::twijfel;
    core::ArgumentKind kind = core::ArgumentKind::pro;
    std::string text;
    int appreciations = 0;
    friend bool operator==(const ArgumentItem&, const ArgumentItem&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("turn", s.turn); f("speaker", s.speaker); f("direction", s.direction); f("kind", s.kind);
        f("text", s.text); f("appreciations", s.appreciations);
    }
};

struct ParticipantView {
    SessionSection session;
    std::optional<StatementSection> statement;
    std::optional<TurnSection> turn;
    RoomSection room;
    std::optional<PollSection> poll;
    std::vector<ArgumentItem> arguments;
    friend bool operator==(const ParticipantView&, const ParticipantView&) = default;
    // Empty sections are written as null, not left out, so a batch can clear them.
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("session", s.session); f("statement", s.statement); f("turn", s.turn); f("room", s.room);
        f("poll", s.poll); f("arguments", s.arguments);
    }
};

struct OwnFlag {
    core::FlagId id;
    core::TurnId turn;
    core::ArgumentId argument;
    std::string fallacy;
    core::FlagOutcome outcome = core::FlagOutcome::pending;
    friend bool operator==(const OwnFlag&, const OwnFlag&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("turn", s.turn); f("argument", s.argument); f("fallacy", s.fallacy); f("outcome", s.outcome);
    }
};

struct PersonalSummary {
    int turns = 0;
    core::Millis speaking_ms = 0;
    int arguments = 0;
    int crossings = 0;
    int flags_confirmed = 0;
    int flags_dismissed = 0;
    int appreciations_received = 0;
    friend bool operator==(const PersonalSummary&, const PersonalSummary&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turns", s.turns); f("speaking_ms", s.speaking_ms); f("arguments", s.arguments); f("crossings", s.crossings);
        f("flags_confirmed", s.flags_confirmed); f("flags_dismissed", s.flags_dismissed);
        f("appreciations_received", s.appreciations_received);
    }
};

struct PersonalView {
    core::ParticipantId participant;
    std::string name;
    core::Role role = core::Role::participant;
    bool removed = false;
    std::optional<core::Side> seat;
    int hand = 0;  // place in the queue, 1 = first; 0 = not raised
    std::optional<core::PollId> poll;   // the open poll, or else the latest one
    std::optional<core::Side> ballot;   // this participant's choice in `poll`
    std::vector<core::ArgumentId> appreciated;  // among the view's arguments
    // The view's arguments the rules do not let this participant mark (their own,
    // questions; all of them for an observer): offer no "overtuigt mij" there.
    std::vector<core::ArgumentId> cannot_appreciate;
    std::vector<OwnFlag> flags;                 // the latest ones, newest last
    bool can_flag = false;                      // may flag a drogreden in the view's turn
    PersonalSummary summary;
    friend bool operator==(const PersonalView&, const PersonalView&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("participant", s.participant); f("name", s.name); f("role", s.role); f("removed", s.removed);
        f("seat", s.seat); f("hand", s.hand); f("poll", s.poll); f("ballot", s.ballot);
        f("appreciated", s.appreciated); f("cannot_appreciate", s.cannot_appreciate); f("flags", s.flags);
        f("can_flag", s.can_flag); f("summary", s.summary);
    }
};

// How many of a participant's own flags the personal part lists.
inline constexpr std::size_t own_flags_shown = 20;

}  // namespace lagerhuis::proto
