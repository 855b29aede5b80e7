// The demo debate must show every part of the product: a trainer trying the tools on it
// should find each kind of moment at least once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/apply.hpp"
#include "core/scoreboard.hpp"
#include "core/scoring.hpp"
#include "demo/demo_debate.hpp"
#include "proto/asset_files.hpp"
#include "tests/core/shipped_assets.hpp"

namespace lagerhuis::tests {
namespace {

using namespace core;

std::vector<Event> shipped_demo(Language language = Language::nl) {
    auto assets = proto::load_session_assets(shipped_assets_dir());
    REQUIRE(assets.ok());
    return demo::demo_debate(assets->catalog, assets->weights, language);
}

template <class Body>
std::size_t count_of(const std::vector<Event>& log) {
    return static_cast<std::size_t>(
        std::count_if(log.begin(), log.end(), [](const Event& e) { return std::holds_alternative<Body>(e.body); }));
}

}  // namespace

TEST_CASE("the demo debate has the minimum of every kind of moment", "[demo]") {
    const auto log = shipped_demo();
    const State state = fold(log);

    CHECK(state.statements.size() == 2);
    const auto participants = std::count_if(state.participants.begin(), state.participants.end(),
                                            [](auto& p) { return p.role == Role::participant; });
    CHECK(participants >= 12);
    CHECK(std::any_of(state.participants.begin(), state.participants.end(), [](auto& p) { return !p.has_device; }));
    CHECK(state.turns.size() >= 40);
    const auto rebuttals = std::count_if(state.arguments.begin(), state.arguments.end(),
                                         [](auto& a) { return a.kind == ArgumentKind::rebuttal; });
    CHECK(rebuttals >= 10);
    CHECK(count_of<FallacyTagged>(log) >= 2);
    std::set<FlagOutcome> outcomes;
    for (const auto& flag : state.flags) outcomes.insert(flag.outcome);
    CHECK(outcomes == std::set<FlagOutcome>{FlagOutcome::pending, FlagOutcome::confirmed, FlagOutcome::dismissed});

    const auto fallacies = fallacy_reports(state);
    CHECK(std::count_if(fallacies.begin(), fallacies.end(), [](auto& f) { return f.missed; }) >= 2);
    CHECK(state.crossings.size() >= 10);
    for (const auto& statement : state.statements) {
        CHECK(statement.opening.has_value());
        CHECK(statement.closing.has_value());
        CHECK(statement.polls.size() == 1);
        CHECK(statement.status == StatementStatus::closed);
    }
    CHECK(count_of<ArgumentCorrected>(log) >= 1);
    CHECK(std::any_of(log.begin(), log.end(), [](const Event& e) { return e.undoes.has_value(); }));
    CHECK(count_of<TurnPaused>(log) >= 1);
    CHECK(std::any_of(state.turns.begin(), state.turns.end(), [](auto& t) { return !t.override_reason.empty(); }));
}

TEST_CASE("the demo debate is the same every time and scores consistently", "[demo]") {
    const auto first = shipped_demo();
    const auto second = shipped_demo();
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].at_ms == second[i].at_ms);
        CHECK(first[i].body.index() == second[i].body.index());
    }
    const State state = fold(first);
    CHECK(kept_scores(state) == recompute_scores(state));
}

TEST_CASE("the demo debate's verdicts go the way its arguments went", "[demo]") {
    const State state = fold(shipped_demo());
    const Scoreboard board = build_scoreboard(state);
    // The pool debate ends with tegen's arguments standing, the budget debate with voor's:
    // if scoring or the script drifts, a trainer's walkthrough of the demo no longer holds.
    CHECK(board.statements[0].verdict == Side::tegen);
    CHECK(board.statements[1].verdict == Side::voor);
    CHECK(board.statements[1].shift->voor > 0);
}

TEST_CASE("the demo debate can be recorded in English", "[demo]") {
    const State state = fold(shipped_demo(Language::en));
    CHECK(state.config.language == Language::en);
    CHECK(state.config.title.find("debate") != std::string::npos);
}

}  // namespace lagerhuis::tests
