// Secret polls (stemmingen): one at a time, one ballot per participant, changeable
// until the poll closes when the session allows it, reported beside the seats.
#include <catch2/catch.hpp>

#include "core/scoreboard.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::only_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {
using lagerhuis::tests::lead_id;
}

TEST_CASE("a poll needs an open statement, and only one is open at a time", "[rules][polls]") {
    TestSession s;
    expect_refused(s.driver(), lead_id, OpenPoll{}, ReasonCode::no_active_statement);
    const auto statement = s.open_statement();
    const auto anna = s.join("Anna");
    expect_refused(s.driver(), anna, OpenPoll{}, ReasonCode::not_permitted);
    const auto opened = only_event<PollOpened>(s.lead(OpenPoll{}));
    CHECK(opened.statement == statement);
    CHECK(s.state().open_poll == opened.poll);
    expect_refused(s.driver(), lead_id, OpenPoll{}, ReasonCode::poll_already_open);
    expect_refused(s.driver(), anna, ClosePoll{}, ReasonCode::not_permitted);
    s.lead(ClosePoll{});
    expect_refused(s.driver(), lead_id, ClosePoll{}, ReasonCode::no_open_poll);
    CHECK(s.open_poll() != opened.poll);
    CHECK(s.state().statement(statement)->polls.size() == 2);
}

TEST_CASE("a participant cannot vote twice on one poll when ballots are not changeable", "[rules][polls]") {
    auto config = test_config();
    config.rules.ballots_changeable = false;
    TestSession s(config);
    const auto anna = s.seated_room({Side::voor})[0];
    const auto poll = s.open_poll();
    s.cast_ballot(anna, Side::tegen);
    expect_refused(s.driver(), anna, CastBallot{{}, {}, Side::voor}, ReasonCode::already_voted);
    expect_refused(s.driver(), anna, CastBallot{{}, poll, Side::tegen}, ReasonCode::already_voted);
    CHECK(s.state().poll(poll)->ballots == std::vector<std::pair<ParticipantId, Side>>{{anna, Side::tegen}});
}

TEST_CASE("a ballot may change until the poll closes", "[rules][polls]") {
    TestSession s;  // ballots are changeable by default
    const auto people = s.seated_room({Side::voor, Side::tegen});
    const auto poll = s.open_poll();
    s.cast_ballot(people[0], Side::voor);
    s.cast_ballot(people[1], Side::voor);
    s.cast_ballot(people[0], Side::twijfel, poll);
    expect_refused(s.driver(), people[0], CastBallot{{}, {}, Side::twijfel}, ReasonCode::nothing_changed);
    const Poll& open = *s.state().poll(poll);
    CHECK(open.ballots.size() == 2);  // still one ballot each
    CHECK(open.count(Side::voor) == 1);
    CHECK(open.count(Side::twijfel) == 1);
    s.lead(ClosePoll{});
    CHECK(expect_refused(s.driver(), people[0], CastBallot{{}, poll, Side::voor}, ReasonCode::poll_closed).params.empty());
    expect_refused(s.driver(), people[1], CastBallot{{}, {}, Side::tegen}, ReasonCode::no_open_poll);
    CHECK(s.state().poll(poll)->count(Side::twijfel) == 1);
}

TEST_CASE("a ballot meant for a closed poll does not land in the next one", "[rules][polls]") {
    TestSession s;
    const auto anna = s.seated_room({Side::voor})[0];
    const auto first = s.open_poll();
    s.lead(ClosePoll{});
    const auto second = s.open_poll();
    expect_refused(s.driver(), anna, CastBallot{{}, first, Side::tegen}, ReasonCode::poll_closed);
    expect_refused(s.driver(), anna, CastBallot{{}, PollId{9}, Side::tegen}, ReasonCode::no_open_poll);
    s.cast_ballot(anna, Side::tegen, second);
    CHECK(s.state().poll(first)->ballots.empty());
    CHECK(s.state().poll(second)->ballots.size() == 1);
}

TEST_CASE("only participants vote", "[rules][polls]") {
    TestSession s;
    s.open_statement();
    const auto watcher = s.join("Trainer", Role::observer);
    s.open_poll();
    expect_refused(s.driver(), watcher, CastBallot{{}, {}, Side::voor}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, CastBallot{{}, {}, Side::voor}, ReasonCode::not_permitted);
    // A participant without a seat may still vote: the poll is secret, the seat public.
    const auto shy = s.join("Verlegen");
    s.cast_ballot(shy, Side::tegen);
}

TEST_CASE("polls are reported beside the seats, never mixed with them", "[rules][polls]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::voor, Side::tegen});
    s.open_poll();
    s.cast_ballot(people[0], Side::tegen);
    s.cast_ballot(people[1], Side::tegen);
    s.cast_ballot(people[2], Side::tegen);
    s.lead(CloseStatement{});
    const auto report = build_scoreboard(s.state()).statements.front();
    REQUIRE(report.polls.size() == 1);
    CHECK_FALSE(report.polls.front().open);
    CHECK(report.polls.front().ballots.tegen == 3);
    CHECK(report.polls.front().ballots.voor == 0);
    CHECK(report.closing->voor == 2);
    CHECK(report.closing->tegen == 1);
}
