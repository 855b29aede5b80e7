#pragma once
// The scores with their explanations, as trainers and the scoreboard panel read them:
// per statement (verdict, positions, polls, crossings), per argument (τ with its terms,
// σ with its attackers and supporters), per side and per participant, every drogreden
// and the violations per pragma-dialectical rule. Built on demand from the state (the
// expensive parts, τ and σ, are already kept incrementally); each number lists the
// events that make it.
#include <optional>
#include <string>
#include <vector>

#include "score_term.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// A number with the terms that add up to it.
struct Explained {
    double value = 0.0;
    std::vector<ScoreTerm> terms;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("value", s.value); f("terms", s.terms); }
};

struct RuleCount {
    int rule = 0;
    int count = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("rule", s.rule); f("count", s.count); }
};

struct ArgumentReport {
    ArgumentId id;
    StatementId statement;
    TurnId turn;
    ParticipantId speaker;
    ArgumentKind kind{};
    ArgumentId target;
    Side direction{};
    std::string text;
    bool retracted = false;
    Explained base;       // τ and the rules that made it
    double attack = 0.0;  // va = F(σ of live attackers)
    double support = 0.0; // vs = F(σ of live supporters)
    double strength = 0.0;
    std::vector<ArgumentId> attackers;
    std::vector<ArgumentId> supporters;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("statement", s.statement); f("turn", s.turn); f("speaker", s.speaker); f("kind", s.kind);
        f("target", s.target); f("direction", s.direction); f("text", s.text); f("retracted", s.retracted);
        f("base", s.base); f("attack", s.attack); f("support", s.support); f("strength", s.strength);
        f("attackers", s.attackers); f("supporters", s.supporters);
    }
};

// One drogreden in one turn, however many tags and flags named it.
struct FallacyReport {
    TurnId turn;
    StatementId statement;
    std::string fallacy;
    int rule = 0;
    ParticipantId committed_by;
    Side side{};            // the side it hurt: its argument's direction, or the speaker's bench
    FlagOutcome status{};   // confirmed (tagged or a flag confirmed), dismissed, or pending
    bool missed = false;    // confirmed, but no participant flagged it
    std::vector<Seq> tags;
    std::vector<ParticipantId> flagged_by;
    std::vector<Seq> flags;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("turn", s.turn); f("statement", s.statement); f("fallacy", s.fallacy); f("rule", s.rule);
        f("committed_by", s.committed_by); f("side", s.side); f("status", s.status); f("missed", s.missed);
        f("tags", s.tags); f("flagged_by", s.flagged_by); f("flags", s.flags);
    }
};

struct CrossingReport {
    Seq seq = 0;
    Millis at_ms = 0;
    ParticipantId participant;
    StatementId statement;
    Side from{};
    Side to{};
    TurnId after_turn;
    ParticipantId after_speaker;
    std::vector<ArgumentId> after_arguments;  // the arguments of that turn
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("seq", s.seq); f("at_ms", s.at_ms); f("participant", s.participant); f("statement", s.statement);
        f("from", s.from); f("to", s.to); f("after_turn", s.after_turn); f("after_speaker", s.after_speaker);
        f("after_arguments", s.after_arguments);
    }
};

// Measures shared by a side and a participant.
struct Measures {
    Explained speaking_ms;
    Explained turns;
    Explained arguments;        // count, each argument a term with its strength
    double mean_strength = 0.0; // of those arguments (0 when none)
    std::vector<RuleCount> fallacies_per_rule;
    Explained flags_confirmed;
    Explained flags_dismissed;
    Explained flags_pending;
    std::optional<double> flag_precision;  // confirmed ÷ decided; none until one is decided
    int missed_fallacies = 0;              // committed, confirmed, flagged by nobody
    Explained crossings;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("speaking_ms", s.speaking_ms); f("turns", s.turns); f("arguments", s.arguments);
        f("mean_strength", s.mean_strength); f("fallacies_per_rule", s.fallacies_per_rule);
        f("flags_confirmed", s.flags_confirmed); f("flags_dismissed", s.flags_dismissed);
        f("flags_pending", s.flags_pending); f("flag_precision", s.flag_precision);
        f("missed_fallacies", s.missed_fallacies); f("crossings", s.crossings);
    }
};

struct SideReport {
    Side side{};
    Measures measures;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("side", s.side); f("measures", s.measures); }
};

struct PersonReport {
    ParticipantId id;
    std::string name;
    Role role{};
    bool removed = false;
    Measures measures;
    int questions = 0;
    int appreciations_given = 0;
    int appreciations_received = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("name", s.name); f("role", s.role); f("removed", s.removed); f("measures", s.measures);
        f("questions", s.questions); f("appreciations_given", s.appreciations_given);
        f("appreciations_received", s.appreciations_received);
    }
};

struct PollReport {
    PollId id;
    bool open = false;
    SideCounts ballots;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("id", s.id); f("open", s.open); f("ballots", s.ballots); }
};

struct StatementReport {
    StatementId id;
    std::string text;
    StatementStatus status{};
    Explained strength;  // the argumentative verdict, with the root arguments as terms
    Side verdict{};      // voor above 0.5, tegen below, twijfel at exactly 0.5
    std::optional<SideCounts> opening;
    std::optional<SideCounts> closing;
    std::optional<SideCounts> shift;  // closing minus opening: the persuasion result
    std::vector<PollReport> polls;
    int crossings = 0;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id); f("text", s.text); f("status", s.status); f("strength", s.strength); f("verdict", s.verdict);
        f("opening", s.opening); f("closing", s.closing); f("shift", s.shift); f("polls", s.polls);
        f("crossings", s.crossings);
    }
};

struct Scoreboard {
    std::string title;
    Language language{};
    Seq up_to_seq = 0;
    Millis at_ms = 0;
    std::vector<StatementReport> statements;
    std::vector<ArgumentReport> arguments;
    std::vector<SideReport> sides;
    std::vector<PersonReport> participants;
    std::vector<FallacyReport> fallacies;
    std::vector<CrossingReport> crossings;
    std::vector<RuleCount> violations_per_rule;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("title", s.title); f("language", s.language); f("up_to_seq", s.up_to_seq); f("at_ms", s.at_ms);
        f("statements", s.statements); f("arguments", s.arguments); f("sides", s.sides);
        f("participants", s.participants); f("fallacies", s.fallacies); f("crossings", s.crossings);
        f("violations_per_rule", s.violations_per_rule);
    }
};

Scoreboard build_scoreboard(const State& state);

// Every drogreden in the session, one per (turn, fallacy), in turn order.
std::vector<FallacyReport> fallacy_reports(const State& state);

}  // namespace lagerhuis::core
