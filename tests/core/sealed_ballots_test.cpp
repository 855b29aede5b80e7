// A secret poll is sealed when it closes: the close carries the tally, the ballots lose
// who, what and when, and the sealed log folds to the same state as live play did.
#include <catch2/catch.hpp>

#include "core/apply.hpp"
#include "core/ballot_seal.hpp"
#include "core/scoreboard.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::lead_id;
using lagerhuis::tests::only_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

// Four voters, one of whom changes their mind, in a poll that closes at 5 s.
struct VotedRoom {
    TestSession s;
    std::vector<ParticipantId> people;
    PollId poll;
    explicit VotedRoom(SessionConfig config = test_config()) : s(config) {
        people = s.seated_room({Side::voor, Side::tegen, Side::twijfel, Side::voor});
        s.wait(1'000);
        poll = s.open_poll();
        const Side choices[] = {Side::voor, Side::tegen, Side::twijfel, Side::tegen};
        for (std::size_t i = 0; i < people.size(); ++i) {
            s.wait(700);
            s.cast_ballot(people[i], choices[i]);
        }
        s.wait(300);
        s.cast_ballot(people[3], Side::voor);
        s.wait(1'000);
    }
};

}  // namespace

TEST_CASE("closing a secret poll keeps its tally and forgets who voted what", "[rules][polls][privacy]") {
    VotedRoom room;
    const auto closed = only_event<PollClosed>(room.s.lead(ClosePoll{}));
    REQUIRE(closed.tally.has_value());
    CHECK(*closed.tally == SideCounts{2, 1, 1});
    const Poll& poll = *room.s.state().poll(room.poll);
    CHECK(poll.ballots.empty());
    CHECK(poll.ballot_count() == 4);
    CHECK(poll.count(Side::voor) == 2);
    const auto report = build_scoreboard(room.s.state()).statements.front();
    CHECK(report.polls.front().ballots.voor == 2);
    CHECK(report.polls.front().ballots.tegen == 1);
    CHECK(report.polls.front().ballots.twijfel == 1);
}

TEST_CASE("closing the statement seals its open secret poll too", "[rules][polls][privacy]") {
    VotedRoom room;
    room.s.lead(CloseStatement{});
    const Poll& poll = *room.s.state().poll(room.poll);
    CHECK_FALSE(poll.open);
    CHECK(poll.ballots.empty());
    CHECK(poll.sealed == SideCounts{2, 1, 1});
}

TEST_CASE("a sealed log keeps no one's ballot and folds to the state of live play", "[rules][polls][privacy]") {
    VotedRoom room;
    room.s.lead(ClosePoll{});
    room.s.wait(2'000);
    room.s.take_seat(room.people[0], Side::tegen);  // something after the close: the seal is not the log's end
    auto sealed = room.s.log();
    CHECK(seal_ballots(sealed, room.poll) == 5);

    Millis opened_at = -1;
    for (const auto& event : sealed) {
        if (std::holds_alternative<PollOpened>(event.body)) opened_at = event.at_ms;
        CHECK_FALSE(std::holds_alternative<BallotCast>(event.body));
        if (!std::holds_alternative<BallotSealed>(event.body)) continue;
        CHECK(event.actor.is_none());
        CHECK(event.request_id.empty());
        CHECK_FALSE(event.undoes.has_value());
        CHECK(event.at_ms == opened_at);  // no time finer than the poll's
    }
    const State replayed = fold(sealed);
    CHECK(lagerhuis::tests::state_difference(room.s.state(), replayed).empty());
    CHECK(lagerhuis::tests::dump_scoreboard(build_scoreboard(replayed)) ==
          lagerhuis::tests::dump_scoreboard(build_scoreboard(room.s.state())));
    // Sealing twice changes nothing more.
    auto again = sealed;
    CHECK(seal_ballots(again, room.poll) == 0);
}

TEST_CASE("open ballots are an explicit rule and keep who voted what", "[rules][polls][privacy]") {
    auto config = test_config();
    config.rules.anonymous_ballots = false;
    VotedRoom room(config);
    const auto closed = only_event<PollClosed>(room.s.lead(ClosePoll{}));
    CHECK_FALSE(closed.tally.has_value());
    const Poll& poll = *room.s.state().poll(room.poll);
    CHECK(poll.ballots.size() == 4);
    CHECK_FALSE(poll.sealed.has_value());
    CHECK_FALSE(sealed_by(room.s.log().back()).has_value());  // the store seals nothing
}

TEST_CASE("ballots cannot be made open or secret while a poll runs", "[rules][polls][privacy]") {
    VotedRoom room;
    auto config = room.s.state().config;
    config.rules.anonymous_ballots = false;
    expect_refused(room.s.driver(), lead_id, ChangeConfig{config}, ReasonCode::poll_already_open);
    room.s.lead(ClosePoll{});
    room.s.lead(ChangeConfig{config});
    CHECK_FALSE(room.s.state().config.rules.anonymous_ballots);
}

TEST_CASE("a poll closed before sealing existed keeps its ballots when folded", "[rules][polls][privacy]") {
    VotedRoom room;
    room.s.lead(ClosePoll{});
    auto old_log = room.s.log();
    std::get<PollClosed>(old_log.back().body).tally.reset();  // as schema version 1 wrote it
    const State folded = fold(old_log);
    const Poll& poll = *folded.poll(room.poll);
    CHECK(poll.ballots.size() == 4);
    CHECK_FALSE(poll.sealed.has_value());
    CHECK(poll.count(Side::voor) == 2);
}
