// The scoreboard of a long, busy session, checked against the records it is built from:
// every measure of every person and side lists exactly its owner's turns, arguments,
// flags and crossings, in log order, each with its parameters, and adds them up; the
// counts agree with the tally apply() keeps; the drogredenen, crossings and
// appreciations are each accounted for once. The expected lists are derived here the
// plain way, one owner at a time, sharing no code with the engine.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/apply.hpp"
#include "core/scoreboard.hpp"
#include "demo/synthetic_session.hpp"

using namespace lagerhuis::core;

namespace {

State busy_session(std::uint64_t seed) {
    lagerhuis::demo::SyntheticSessionSpec spec;
    spec.seed = seed;
    spec.events = 6'000;
    spec.participants = 24;
    spec.statements = 2;
    spec.arguments = 120;
    return fold(lagerhuis::demo::synthetic_session(spec));
}

using Params = std::vector<std::pair<std::string, std::string>>;

struct ExpectedTerm {
    std::string rule;
    double delta = 0.0;
    Seq seq = 0;
    Params params;
};

struct ExpectedMeasures {
    std::vector<ExpectedTerm> speaking_ms, turns, arguments, flags_confirmed, flags_dismissed, flags_pending, crossings;
    std::vector<double> strengths;  // of the arguments, in order
};

// The owner of a Measures: a person or a side.
struct Owner {
    std::optional<ParticipantId> person;
    std::optional<Side> side;
};

ExpectedMeasures expected_measures(const State& state, const Owner& owner) {
    auto owns = [&](ParticipantId person, std::optional<Side> side) {
        return owner.person ? *owner.person == person : side && *owner.side == *side;
    };
    ExpectedMeasures e;
    for (const auto& turn : state.turns) {
        if (!owns(turn.speaker, turn.side)) continue;
        e.turns.push_back({"turn", 1.0, turn.seq, {}});
        e.speaking_ms.push_back({"turn", static_cast<double>(turn.spoken_ms(state.last_at_ms)), turn.seq, {}});
    }
    for (const auto& argument : state.arguments) {
        if (!argument.in_graph() || !owns(argument.speaker, argument.direction)) continue;
        e.arguments.push_back({"argument", 1.0, argument.seq, {{"strength", std::to_string(argument.strength)}}});
        e.strengths.push_back(argument.strength);
    }
    for (const auto& flag : state.flags) {
        if (!owns(flag.flagger, flag.flagger_seat)) continue;
        auto& list = flag.outcome == FlagOutcome::confirmed   ? e.flags_confirmed
                     : flag.outcome == FlagOutcome::dismissed ? e.flags_dismissed
                                                              : e.flags_pending;
        list.push_back({"flag", 1.0, flag.seq, {{"fallacy", flag.fallacy}}});
    }
    for (const auto& crossing : state.crossings) {
        const Params params{{"from", std::string(to_string(crossing.from))}, {"to", std::string(to_string(crossing.to))}};
        if (owner.person ? *owner.person == crossing.participant : *owner.side == crossing.to)
            e.crossings.push_back({"crossing_in", 1.0, crossing.seq, params});
        if (owner.side && *owner.side == crossing.from) e.crossings.push_back({"crossing_out", -1.0, crossing.seq, params});
    }
    return e;
}

void check_terms(const Explained& number, const std::vector<ExpectedTerm>& expected) {
    REQUIRE(number.terms.size() == expected.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const ScoreTerm& term = number.terms[i];
        INFO("term " << i << " of " << expected.size() << ", event " << expected[i].seq);
        CHECK(term.rule == expected[i].rule);
        CHECK(term.delta == expected[i].delta);
        CHECK(term.events == std::vector<Seq>{expected[i].seq});
        CHECK(term.params == expected[i].params);
        sum += expected[i].delta;
    }
    CHECK(number.value == sum);  // added in log order: bit for bit
}

void check_measures(const Measures& m, const ExpectedMeasures& e, const std::vector<const FallacyReport*>& committed) {
    check_terms(m.speaking_ms, e.speaking_ms);
    check_terms(m.turns, e.turns);
    check_terms(m.arguments, e.arguments);
    check_terms(m.flags_confirmed, e.flags_confirmed);
    check_terms(m.flags_dismissed, e.flags_dismissed);
    check_terms(m.flags_pending, e.flags_pending);
    check_terms(m.crossings, e.crossings);
    double strength_sum = 0.0;
    for (double strength : e.strengths) strength_sum += strength;
    CHECK(m.mean_strength == (e.strengths.empty() ? 0.0 : strength_sum / static_cast<double>(e.strengths.size())));
    const auto decided = e.flags_confirmed.size() + e.flags_dismissed.size();
    CHECK(m.flag_precision.has_value() == (decided > 0));
    if (decided > 0 && m.flag_precision)
        CHECK(*m.flag_precision == static_cast<double>(e.flags_confirmed.size()) / static_cast<double>(decided));
    REQUIRE(m.fallacies_per_rule.size() == 10);
    for (int rule = 1; rule <= 10; ++rule) {
        CHECK(m.fallacies_per_rule[rule - 1].rule == rule);
        CHECK(m.fallacies_per_rule[rule - 1].count ==
              std::count_if(committed.begin(), committed.end(), [&](auto* f) { return f->rule == rule; }));
    }
    CHECK(m.missed_fallacies == std::count_if(committed.begin(), committed.end(), [](auto* f) { return f->missed; }));
}

std::vector<const FallacyReport*> confirmed_where(const Scoreboard& board, auto&& pick) {
    std::vector<const FallacyReport*> found;
    for (const auto& fallacy : board.fallacies)
        if (fallacy.status == FlagOutcome::confirmed && pick(fallacy)) found.push_back(&fallacy);
    return found;
}

}  // namespace

TEST_CASE("every measure of a long session lists its owner's records in log order and adds them up", "[scoring][scoreboard]") {
    const std::uint64_t seed = GENERATE(3, 11);
    INFO("seed " << seed);
    const State state = busy_session(seed);
    REQUIRE(state.crossings.size() > 200);  // a room that crosses, flags and argues: long lists
    REQUIRE(state.flags.size() > 100);
    const Scoreboard board = build_scoreboard(state);

    REQUIRE(board.participants.size() == state.participants.size());
    for (const auto& person : board.participants) {
        INFO("participant " << person.id.value);
        const auto& m = person.measures;
        check_measures(m, expected_measures(state, {person.id, {}}),
                       confirmed_where(board, [&](auto& f) { return f.committed_by == person.id; }));
        const auto& tally = state.tally.people[person.id.value - 1];
        CHECK(m.turns.terms.size() == static_cast<std::size_t>(tally.turns));
        CHECK(m.arguments.terms.size() == static_cast<std::size_t>(tally.arguments));
        CHECK(m.flags_confirmed.terms.size() == static_cast<std::size_t>(tally.flags_confirmed));
        CHECK(m.flags_dismissed.terms.size() == static_cast<std::size_t>(tally.flags_dismissed));
        CHECK(m.flags_pending.terms.size() == static_cast<std::size_t>(tally.flags_pending));
        CHECK(m.crossings.terms.size() == static_cast<std::size_t>(tally.crossings));
    }
    REQUIRE(board.sides.size() == 3);
    for (const auto& side : board.sides) {
        INFO("side " << to_string(side.side));
        const auto& m = side.measures;
        check_measures(m, expected_measures(state, {{}, side.side}),
                       confirmed_where(board, [&](auto& f) { return f.side == side.side; }));
        const auto& tally = state.tally.sides[static_cast<std::size_t>(side.side)];
        CHECK(m.turns.terms.size() == static_cast<std::size_t>(tally.turns));
        CHECK(m.arguments.terms.size() == static_cast<std::size_t>(tally.arguments));
        const auto& crossings = m.crossings.terms;
        const auto ins = std::count_if(crossings.begin(), crossings.end(), [](auto& t) { return t.delta > 0; });
        CHECK(ins == tally.crossings_in);
        CHECK(static_cast<int>(crossings.size()) - ins == tally.crossings_out);
    }
}

TEST_CASE("a long session's scoreboard accounts for every crossing, appreciation and drogreden once", "[scoring][scoreboard]") {
    const State state = busy_session(5);
    const Scoreboard board = build_scoreboard(state);

    REQUIRE(board.crossings.size() == state.crossings.size());
    for (std::size_t i = 0; i < state.crossings.size(); ++i) {
        const Crossing& crossing = state.crossings[i];
        const CrossingReport& report = board.crossings[i];
        CHECK(report.seq == crossing.seq);
        CHECK(report.participant == crossing.participant);
        CHECK(report.from == crossing.from);
        CHECK(report.to == crossing.to);
        const Turn* after = state.turn(crossing.after_turn);
        CHECK(report.after_speaker == (after ? after->speaker : ParticipantId{}));
        CHECK(report.after_arguments == (after ? after->arguments : std::vector<ArgumentId>{}));
    }
    for (const auto& statement : board.statements)
        CHECK(statement.crossings == std::count_if(state.crossings.begin(), state.crossings.end(),
                                                   [&](auto& c) { return c.statement == statement.id; }));

    for (const auto& person : board.participants) {
        int received = 0;
        for (const auto& argument : state.arguments)
            if (argument.speaker == person.id && !argument.retracted)
                received += static_cast<int>(argument.appreciations.size());
        CHECK(person.appreciations_received == received);
    }

    // One report per (turn, drogreden), in turn order, naming every standing tag and every flag.
    std::set<std::pair<std::uint32_t, std::string>> named;
    for (std::size_t i = 0; i < board.fallacies.size(); ++i) {
        const auto& report = board.fallacies[i];
        CHECK(named.insert({report.turn.value, report.fallacy}).second);
        if (i > 0) CHECK(board.fallacies[i - 1].turn <= report.turn);
        CHECK(report.flags.size() == report.flagged_by.size());
    }
    auto report_of = [&](TurnId turn, const std::string& fallacy) {
        return std::find_if(board.fallacies.begin(), board.fallacies.end(),
                            [&](auto& r) { return r.turn == turn && r.fallacy == fallacy; });
    };
    for (const auto& tag : state.fallacy_tags) {
        if (tag.retracted) continue;
        const auto report = report_of(tag.turn, tag.fallacy);
        REQUIRE(report != board.fallacies.end());
        CHECK(std::count(report->tags.begin(), report->tags.end(), tag.seq) == 1);
        CHECK(report->status == FlagOutcome::confirmed);
    }
    std::size_t flags_listed = 0;
    for (const auto& flag : state.flags) {
        const auto report = report_of(flag.turn, flag.fallacy);
        REQUIRE(report != board.fallacies.end());
        const auto at = std::find(report->flags.begin(), report->flags.end(), flag.seq);
        REQUIRE(at != report->flags.end());
        CHECK(report->flagged_by[static_cast<std::size_t>(at - report->flags.begin())] == flag.flagger);
    }
    for (const auto& report : board.fallacies) flags_listed += report.flags.size();
    CHECK(flags_listed == state.flags.size());

    const auto confirmed = confirmed_where(board, [](auto&) { return true; });
    REQUIRE(board.violations_per_rule.size() == 10);
    for (int rule = 1; rule <= 10; ++rule)
        CHECK(board.violations_per_rule[rule - 1].count ==
              std::count_if(confirmed.begin(), confirmed.end(), [&](auto* f) { return f->rule == rule; }));
}
