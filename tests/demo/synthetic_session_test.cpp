#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <variant>
#include <vector>

#include "core/apply.hpp"
#include "core/scoring.hpp"
#include "demo/synthetic_session.hpp"

using namespace lagerhuis;

namespace {

constexpr std::size_t event_types = std::variant_size_v<core::EventBody>;

demo::SyntheticSessionSpec small_spec(std::uint64_t seed = 7) {
    demo::SyntheticSessionSpec spec;
    spec.seed = seed;
    spec.events = 5'000;
    spec.arguments = 150;
    return spec;
}

// The log generated once per seed: generating is the slow part of these tests.
const std::vector<core::Event>& small_session() {
    static const std::vector<core::Event> log = demo::synthetic_session(small_spec());
    return log;
}

template <class Body>
std::size_t type_index() {
    return core::EventBody{Body{}}.index();
}

std::array<std::size_t, event_types> count_types(const std::vector<core::Event>& log) {
    std::array<std::size_t, event_types> counts{};
    for (const auto& event : log) counts[event.body.index()] += 1;
    return counts;
}

// How many arguments lie between this one and its statement (1: it targets the statement).
int depth_of(const core::State& state, const core::Argument& argument) {
    int depth = 1;
    for (core::ArgumentId at = argument.target; !at.is_none(); at = state.argument(at)->target) ++depth;
    return depth;
}

}  // namespace

TEST_CASE("the same seed gives the same synthetic session, another seed a different one", "[synthetic]") {
    const auto& first = small_session();
    const auto again = demo::synthetic_session(small_spec());
    REQUIRE(again.size() == first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        INFO("event " << i);
        REQUIRE(again[i].seq == first[i].seq);
        REQUIRE(again[i].body.index() == first[i].body.index());
        REQUIRE(again[i].at_ms == first[i].at_ms);
        REQUIRE(again[i].actor == first[i].actor);
    }

    const auto other = demo::synthetic_session(small_spec(8));
    bool differs = other.size() != first.size();
    for (std::size_t i = 0; !differs && i < first.size(); ++i)
        differs = other[i].body.index() != first[i].body.index() || other[i].at_ms != first[i].at_ms;
    CHECK(differs);
}

TEST_CASE("a synthetic session has exactly the requested events and spans the duration", "[synthetic]") {
    const auto& log = small_session();
    const auto spec = small_spec();
    REQUIRE(log.size() == spec.events);
    CHECK(log.front().at_ms == 0);
    CHECK(log.back().at_ms == spec.duration_ms);
    for (std::size_t i = 0; i < log.size(); ++i) {
        INFO("event " << i);
        REQUIRE(log[i].seq == i + 1);
        if (i > 0) REQUIRE(log[i].at_ms >= log[i - 1].at_ms);
    }
    // It ends as a facilitator would end it: every statement closed.
    const core::State state = core::fold(log);
    REQUIRE(state.statements.size() == spec.statements);
    for (const auto& statement : state.statements) {
        CHECK(statement.status == core::StatementStatus::closed);
        CHECK(statement.opening.has_value());
        CHECK(statement.closing.has_value());
    }
}

TEST_CASE("a longer synthetic session also has exactly the requested events", "[synthetic]") {
    auto spec = small_spec(3);
    spec.events = 12'345;
    spec.participants = 40;
    spec.statements = 4;
    const auto log = demo::synthetic_session(spec);
    CHECK(log.size() == spec.events);
    CHECK(log.back().at_ms == spec.duration_ms);
}

TEST_CASE("seat changes, appreciations and flags are the most frequent events of the mix", "[synthetic]") {
    const auto counts = count_types(small_session());
    std::array<std::size_t, event_types> order{};
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return counts[a] > counts[b]; });
    std::vector<std::size_t> top(order.begin(), order.begin() + 3);
    std::sort(top.begin(), top.end());
    std::vector<std::size_t> expected{type_index<core::SeatChanged>(), type_index<core::ArgumentAppreciated>(),
                                      type_index<core::FallacyFlagged>()};
    std::sort(expected.begin(), expected.end());
    CHECK(top == expected);
}

TEST_CASE("a synthetic session contains the whole mix of a debate", "[synthetic]") {
    const auto& log = small_session();
    const auto counts = count_types(log);
    CHECK(counts[type_index<core::HandRaised>()] > 0);
    CHECK(counts[type_index<core::HandLowered>()] > 0);
    CHECK(counts[type_index<core::TurnStarted>()] >= 20);
    CHECK(counts[type_index<core::TurnPaused>()] > 0);
    CHECK(counts[type_index<core::TurnResumed>()] > 0);
    CHECK(counts[type_index<core::TurnEnded>()] > 0);
    CHECK(counts[type_index<core::ArgumentTagged>()] >= 100);
    CHECK(counts[type_index<core::FallacyTagged>()] > 0);
    CHECK(counts[type_index<core::FlagDecided>()] > 0);
    CHECK(counts[type_index<core::PollOpened>()] > 0);
    CHECK(counts[type_index<core::BallotCast>()] > 0);
    CHECK(counts[type_index<core::PollClosed>()] > 0);
    CHECK(counts[type_index<core::ArgumentCorrected>()] > 0);
    CHECK(std::any_of(log.begin(), log.end(), [](auto& e) { return e.undoes.has_value(); }));

    const core::State state = core::fold(log);
    CHECK(state.crossings.size() > 0);
    const auto confirmed = std::count_if(state.flags.begin(), state.flags.end(),
                                         [](auto& f) { return f.outcome == core::FlagOutcome::confirmed; });
    const auto dismissed = std::count_if(state.flags.begin(), state.flags.end(),
                                         [](auto& f) { return f.outcome == core::FlagOutcome::dismissed; });
    CHECK(confirmed > 0);
    CHECK(dismissed > 0);
    const bool far_over = std::any_of(state.turns.begin(), state.turns.end(), [&](auto& t) {
        return t.ended() && t.spoken_before_ms > 3 * t.limit_ms / 2;
    });
    CHECK(far_over);
}

TEST_CASE("synthetic arguments form graphs at depth 5 or more, within the maximum depth", "[synthetic]") {
    const auto spec = small_spec();
    const core::State state = core::fold(small_session());
    int deepest = 0;
    for (const auto& argument : state.arguments) {
        if (argument.kind == core::ArgumentKind::question) continue;
        const int depth = depth_of(state, argument);
        deepest = std::max(deepest, depth);
        REQUIRE(depth <= static_cast<int>(spec.max_depth));
        if (argument.target.is_none()) continue;
        // Replies answer an earlier argument of the same statement.
        const core::Argument& target = *state.argument(argument.target);
        REQUIRE(target.id < argument.id);
        REQUIRE(target.statement == argument.statement);
    }
    CHECK(deepest >= 5);
}

TEST_CASE("the engine accepts nearly every command of a synthetic session", "[synthetic]") {
    demo::SyntheticSessionStats stats;
    const auto log = demo::synthetic_session(small_spec(11), &stats);
    REQUIRE(stats.commands >= log.size() / 2);
    CHECK(stats.refused() * 100 <= stats.commands);
}

TEST_CASE("kept scores equal a full recompute at the end of a synthetic session", "[synthetic]") {
    const core::State state = core::fold(small_session());
    REQUIRE(!state.arguments.empty());
    CHECK(core::kept_scores(state) == core::recompute_scores(state));
}
