#pragma once
// Everything that governs one session: its rules, the catalog and the weights in force.
// Recorded whole in the first event (SessionCreated) and again on every change
// (ConfigChanged), so the log alone says how it was run and scored.
#include <cstdint>
#include <optional>
#include <string>

#include "enums.hpp"
#include "fallacy_catalog.hpp"
#include "ids.hpp"
#include "scoring_weights.hpp"

namespace lagerhuis::core {

struct TurnRules {
    Millis turn_limit_ms = 60'000;     // a speaker's time per turn
    Millis warning_ms = 15'000;        // the timer warns when this much is left
    bool alternate_sides = true;       // the floor goes voor, tegen, voor, ...
    std::uint32_t wait_turns = 2;      // K: a speaker waits until K others have spoken
    bool first_timers_first = true;    // who has not spoken yet goes first

    friend bool operator==(const TurnRules&, const TurnRules&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turn_limit_ms", s.turn_limit_ms);
        f("warning_ms", s.warning_ms);
        f("alternate_sides", s.alternate_sides);
        f("wait_turns", s.wait_turns);
        f("first_timers_first", s.first_timers_first);
    }
};

// How long after a statement opens people may still settle on a bench before a move
// counts as crossing the floor, when nobody fixed the opening position earlier.
inline constexpr Millis default_opening_grace_ms = 60'000;

struct SessionRules {
    TurnRules turns;
    std::uint32_t max_flags_per_minute = 4;  // per participant, against flag spam
    bool ballots_changeable = true;          // a ballot may change until the poll closes
    bool anonymous_ballots = true;           // others see tallies, not who voted what
    // The opening position is fixed by itself at the first turn, or at the first move
    // this long after the statement opened (0: only at the first turn). Optional only
    // because sessions recorded before this rule lack it; they get the default.
    std::optional<Millis> opening_grace_ms = default_opening_grace_ms;
    // An anonymous room: nobody is asked a name, each participant who joins gets one
    // ("Deelnemer 7", generated_names.hpp). Unset in every other session, so their
    // recorded form stays as it was.
    std::optional<bool> anonymous_room;

    Millis opening_grace() const { return opening_grace_ms.value_or(default_opening_grace_ms); }
    bool names_generated() const { return anonymous_room.value_or(false); }

    friend bool operator==(const SessionRules&, const SessionRules&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turns", s.turns);
        f("max_flags_per_minute", s.max_flags_per_minute);
        f("ballots_changeable", s.ballots_changeable);
        f("anonymous_ballots", s.anonymous_ballots);
        f("opening_grace_ms", s.opening_grace_ms);
        f("anonymous_room", s.anonymous_room);
    }
};

struct SessionConfig {
    std::string title;
    Language language = Language::nl;
    SessionRules rules;
    FallacyCatalog catalog;
    ScoringWeights weights;

    friend bool operator==(const SessionConfig&, const SessionConfig&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("title", s.title);
        f("language", s.language);
        f("rules", s.rules);
        f("catalog", s.catalog);
        f("weights", s.weights);
    }
};

}  // namespace lagerhuis::core
