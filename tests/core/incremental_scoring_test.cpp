// apply() rescores incrementally: from the argument an event changed, upwards only as long
// as a strength comes out different, and the statement's verdict once per event. These
// tests build the cases where stopping too soon would go wrong (an argument that joins,
// leaves or changes its place among its target's replies while its own strength stays
// the same), and play random sessions whose weights make unchanged strengths common,
// comparing with a full recompute, bit for bit, after every event.
#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <string>
#include <vector>

#include "core/apply.hpp"
#include "core/argument_scores.hpp"
#include "core/decide.hpp"
#include "core/scoreboard.hpp"
#include "core/scoring.hpp"
#include "tests/core/dfquad_oracle.hpp"
#include "tests/core/random_commands.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::kept_vs_recomputed;
using lagerhuis::tests::probabilistic_sum;
using lagerhuis::tests::sigma;
using lagerhuis::tests::RandomCommands;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;
using lagerhuis::tests::TimedCommand;

namespace {

const ScoringWeights w{};  // the defaults test_config() uses


bool same_bits(double a, double b) { return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b); }

struct Debate {
    TestSession session;
    std::vector<ParticipantId> people;  // voor, tegen, twijfel, tegen
    const Argument& argument(ArgumentId id) const { return *session.state().argument(id); }
    double verdict() const { return session.state().statements.front().strength; }
};
Debate debate() {
    Debate d{TestSession(), {}};
    d.people = d.session.seated_room({Side::voor, Side::tegen, Side::twijfel, Side::tegen});
    d.session.give_floor(d.people[0]);
    return d;
}

CorrectArgument correction_of(const Argument& a) { return CorrectArgument{a.id, a.kind, a.target, a.evidence, a.text}; }

}  // namespace

TEST_CASE("a new argument moves its target even when its own strength is the starting value",
          "[rules][scoring][incremental]") {
    auto d = debate();
    auto& s = d.session;
    // No evidence, no replies: τ = σ = 0.5, the value every argument starts with.
    const auto a = s.tag_argument(ArgumentKind::pro);
    REQUIRE(same_bits(d.argument(a).strength, Argument{}.strength));
    CHECK(d.verdict() == sigma(statement_base, {}, {0.5}));
    const auto reply = s.tag_argument(ArgumentKind::rebuttal, a);
    REQUIRE(same_bits(d.argument(reply).strength, Argument{}.strength));
    CHECK(d.argument(a).strength == sigma(0.5, {0.5}, {}));
    CHECK(d.verdict() == sigma(statement_base, {}, {sigma(0.5, {0.5}, {})}));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("retracting a reply, and undoing that, moves its target though the reply's own strength stays",
          "[rules][scoring][incremental]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
    const auto reply = s.tag_argument(ArgumentKind::rebuttal, a);
    const double attacked = d.argument(a).strength;
    const double reply_strength = d.argument(reply).strength;
    REQUIRE(attacked < d.argument(a).base);

    s.lead(RetractArgument{reply});
    CHECK(same_bits(d.argument(reply).strength, reply_strength));
    CHECK(d.argument(a).strength == d.argument(a).base);
    CHECK(d.verdict() == sigma(statement_base, {}, {d.argument(a).base}));
    CHECK(kept_vs_recomputed(s.state()) == "");

    s.lead(Undo{});
    REQUIRE_FALSE(d.argument(reply).retracted);
    CHECK(same_bits(d.argument(a).strength, attacked));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("correcting only the kind of a reply turns its attack into support", "[rules][scoring][incremental]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto reply = s.tag_argument(ArgumentKind::rebuttal, a, EvidenceKind::example);
    const double reply_strength = d.argument(reply).strength;
    CHECK(d.argument(a).strength == sigma(0.5, {reply_strength}, {}));

    auto fix = correction_of(d.argument(reply));
    fix.kind = ArgumentKind::support;
    s.lead(fix);
    CHECK(same_bits(d.argument(reply).strength, reply_strength));
    CHECK(d.argument(a).strength == sigma(0.5, {}, {reply_strength}));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("retargeting a reply between two equally strong arguments moves its effect, and undo moves it back",
          "[rules][scoring][incremental]") {
    auto d = debate();
    auto& s = d.session;
    const auto first = s.tag_argument(ArgumentKind::pro);
    const auto second = s.tag_argument(ArgumentKind::contra);
    const auto reply = s.tag_argument(ArgumentKind::rebuttal, first);
    const double reply_strength = d.argument(reply).strength;
    CHECK(d.argument(first).strength == sigma(0.5, {reply_strength}, {}));
    CHECK(d.argument(second).strength == 0.5);

    auto fix = correction_of(d.argument(reply));
    fix.target = second;
    s.lead(fix);
    CHECK(same_bits(d.argument(reply).strength, reply_strength));
    CHECK(d.argument(first).strength == 0.5);
    CHECK(d.argument(second).strength == sigma(0.5, {reply_strength}, {}));
    CHECK(kept_vs_recomputed(s.state()) == "");

    // To the statement itself: a root now, attacking it.
    fix.target = {};
    s.lead(fix);
    CHECK(d.argument(second).strength == 0.5);
    CHECK(d.verdict() == sigma(statement_base, {0.5, reply_strength}, {0.5}));
    CHECK(kept_vs_recomputed(s.state()) == "");

    s.lead(Undo{});
    s.lead(Undo{});
    CHECK(d.argument(reply).target == first);
    CHECK(d.argument(first).strength == sigma(0.5, {reply_strength}, {}));
    CHECK(d.argument(second).strength == 0.5);
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("a flag on the whole turn rescores an argument and its reply in the same turn",
          "[rules][scoring][incremental]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::expert);
    const auto reply = s.tag_argument(ArgumentKind::support, a);
    const auto flag = s.flag(d.people[1], "straw_man");
    CHECK(d.argument(a).base == Approx(w.neutral + w.evidence_expert + w.pending_flag));
    CHECK(d.argument(reply).base == Approx(w.neutral + w.pending_flag));
    s.decide_flag(flag, FlagOutcome::confirmed);
    const double tau_a = d.argument(a).base;
    const double tau_reply = d.argument(reply).base;
    CHECK(tau_a == Approx(w.neutral + w.evidence_expert + w.confirmed_fallacy));
    CHECK(tau_reply == Approx(w.neutral + w.confirmed_fallacy));
    CHECK(d.argument(a).strength == sigma(tau_a, {}, {tau_reply}));
    CHECK(d.verdict() == sigma(statement_base, {}, {sigma(tau_a, {}, {tau_reply})}));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("a drogreden confirmed on one argument and tagged on its whole turn counts once, and is explained once",
          "[rules][scoring][incremental]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto other = s.tag_argument(ArgumentKind::contra);
    const auto flag = s.flag(d.people[1], "ad_hominem", a);
    s.decide_flag(flag, FlagOutcome::confirmed);
    const Seq confirmed_at = s.log().back().seq;
    // Tagging the whole turn rescores every argument of it at once.
    s.tag_fallacy("ad_hominem");
    const Seq tagged_at = s.log().back().seq;
    CHECK(d.argument(a).base == Approx(w.neutral + w.confirmed_fallacy));
    CHECK(d.argument(other).base == Approx(w.neutral + w.confirmed_fallacy));
    s.tag_fallacy("vagueness", a);
    // Ending the turn rescores all of it again, each argument's own tags and flags included.
    s.end_turn();
    CHECK(d.argument(a).base == Approx(w.neutral + 2 * w.confirmed_fallacy));
    CHECK(d.argument(other).base == Approx(w.neutral + w.confirmed_fallacy));
    CHECK(kept_vs_recomputed(s.state()) == "");

    // The explanation reads the turn's tags, then flags on the whole turn, then the
    // argument's own: one term per drogreden, in the order first met.
    const auto report = build_scoreboard(s.state()).arguments[a.value - 1];
    std::vector<ScoreTerm> fallacies;
    for (const auto& term : report.base.terms)
        if (term.rule == "confirmed_fallacy") fallacies.push_back(term);
    REQUIRE(fallacies.size() == 2);
    CHECK(fallacies[0].params == std::vector<std::pair<std::string, std::string>>{{"fallacy", "ad_hominem"}});
    CHECK(fallacies[0].events == std::vector<Seq>{tagged_at, confirmed_at});
    CHECK(fallacies[1].params == std::vector<std::pair<std::string, std::string>>{{"fallacy", "vagueness"}});
}

namespace {

// Weights under which strengths often stay put. One pending flag or one appreciation
// already reaches its cap, so every further one leaves τ, and so σ, as it was: the walk
// stops at the argument itself. One confirmed drogreden or an irrelevant mark takes τ
// to 0, where σ stays 0 whatever attacks it: walks stop part way up.
SessionConfig stopping_config() {
    SessionConfig config = test_config();
    config.weights.pending_flag_cap = config.weights.pending_flag;
    config.weights.appreciation_cap = config.weights.appreciation;
    config.weights.confirmed_fallacy = -0.7;
    config.weights.irrelevant = -0.7;
    return config;
}

// The argument whose σ an event left alone while its place among its target's replies
// changed (added with the starting σ, retracted, restored or corrected), if any.
ArgumentId moved_argument(const Event& event) {
    if (const auto* e = std::get_if<ArgumentTagged>(&event.body)) return e->argument;
    if (const auto* e = std::get_if<ArgumentRetracted>(&event.body)) return e->argument;
    if (const auto* e = std::get_if<ArgumentCorrected>(&event.body)) return e->argument;
    return {};
}
// The one argument an appreciation (given or withdrawn), a flag, a flag's decision or a tag rescored, if any.
ArgumentId rescored_argument(const State& state, const Event& event) {
    if (const auto* e = std::get_if<ArgumentAppreciated>(&event.body)) return e->argument;
    if (const auto* e = std::get_if<AppreciationWithdrawn>(&event.body)) return e->argument;
    if (const auto* e = std::get_if<FallacyFlagged>(&event.body)) return e->argument;
    if (const auto* e = std::get_if<FlagDecided>(&event.body)) return state.flag(e->flag)->argument;
    if (const auto* e = std::get_if<FallacyTagged>(&event.body)) return e->argument;
    if (const auto* e = std::get_if<FallacyTagRetracted>(&event.body)) return state.fallacy_tag(e->tag)->argument;
    return {};
}

struct Stops {
    int events = 0;
    int unchanged = 0;        // an event rescored one argument and left its σ as it was
    int absorbed = 0;         // an argument's σ changed, the one above it did not
    int moved_unchanged = 0;  // an argument kept its σ, but what it targets changed
    std::string first_drift;  // empty: kept == recomputed after every event
};

// σ of what `argument` attacks or supports: another argument, or the statement.
double target_strength(const ScoreSnapshot& scores, const Argument& argument) {
    return argument.target.is_none() ? scores.statement_strengths[argument.statement.value - 1]
                                     : scores.strengths[argument.target.value - 1];
}

// Which ways of stopping the event took, judged from the scores before and after it.
void count_stops(const State& state, const Event& event, const ScoreSnapshot& before, const ScoreSnapshot& after,
                 Stops& stops) {
    auto kept_strength = [&](ArgumentId id) {
        const std::size_t i = id.value - 1;
        return i < before.strengths.size() && same_bits(before.strengths[i], after.strengths[i]);
    };
    // A new argument counts as kept when it got the starting value.
    auto kept_or_starting = [&](ArgumentId id) {
        return id.value > before.strengths.size() ? same_bits(after.strengths[id.value - 1], Argument{}.strength)
                                                  : kept_strength(id);
    };
    if (const ArgumentId id = rescored_argument(state, event); !id.is_none() && kept_strength(id)) ++stops.unchanged;
    for (const Argument& argument : state.arguments) {
        if (!argument.in_graph() || argument.id.value > before.strengths.size() || kept_strength(argument.id)) continue;
        if (same_bits(target_strength(before, argument), target_strength(after, argument))) {
            ++stops.absorbed;
            break;
        }
    }
    if (const ArgumentId id = moved_argument(event); !id.is_none()) {
        const Argument& moved = *state.argument(id);
        if (kept_or_starting(id) && !same_bits(target_strength(before, moved), target_strength(after, moved)))
            ++stops.moved_unchanged;
    }
}

void play(std::uint64_t seed, int commands, Stops& stops) {
    RandomCommands generator(seed, stopping_config());
    State state;
    for (int i = 0; i < commands; ++i) {
        const TimedCommand timed = generator.next(state);
        const Decision decision = decide(state, timed.command, timed.now);
        if (!decision) continue;
        for (const Event& event : *decision) {
            const ScoreSnapshot before = kept_scores(state);
            apply(state, event);
            ++stops.events;
            if (std::string drift = kept_vs_recomputed(state); !drift.empty()) {
                stops.first_drift = "seed " + std::to_string(seed) + ", event " + std::to_string(event.seq) + ": " + drift;
                return;
            }
            count_stops(state, event, before, kept_scores(state), stops);
        }
    }
}

}  // namespace

TEST_CASE("rescoring that stops where strengths stop changing equals a full recompute after every event",
          "[rules][scoring][incremental]") {
    Stops stops;
    // (118 and 145 joined when withdraw_appreciation changed every stream: they reach the
    // rare absorbed case most often.)
    for (std::uint64_t seed : {3u, 17u, 2024u, 77777u, 123456789u, 4242u, 118u, 145u})
        if (stops.first_drift.empty()) play(seed, 1'500, stops);
    INFO(stops.events << " events, " << stops.unchanged << " left their argument's strength alone, "
                      << stops.absorbed << " changed a strength but not the one above it, "
                      << stops.moved_unchanged << " moved an argument without changing its strength");
    CHECK(stops.first_drift == "");
    // The stream must reach the shortcut in every way, or passing says little.
    CHECK(stops.unchanged >= 30);
    CHECK(stops.absorbed >= 30);
    CHECK(stops.moved_unchanged >= 100);
}
