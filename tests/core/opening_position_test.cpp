// The opening position fixes itself when nobody fixed it: at the first turn, at the first
// move after the settling time, or when the statement closes. Every move after it is a
// crossing, so a forgotten button costs no crossings, and logs written before this rule
// fold as they always did.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include "core/apply.hpp"
#include "core/position_rules.hpp"
#include "core/scoreboard.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::last_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

constexpr Millis grace = default_opening_grace_ms;

// A statement opened with people seated by themselves, and no opening position fixed.
struct Room {
    TestSession session;
    std::vector<ParticipantId> people;
    const Statement& statement() const { return session.state().statements.front(); }
};
Room unfixed_room(const std::vector<Side>& sides, SessionConfig config = test_config()) {
    Room room{TestSession(std::move(config)), {}};
    room.session.open_statement();
    for (Side side : sides) {
        room.people.push_back(room.session.join("Deelnemer " + std::to_string(room.people.size() + 1)));
        room.session.take_seat(room.people.back(), side);
    }
    return room;
}

template <class Body>
const Body& body_at(const std::vector<Event>& events, std::size_t index) {
    REQUIRE(index < events.size());
    REQUIRE(std::holds_alternative<Body>(events[index].body));
    return std::get<Body>(events[index].body);
}

}  // namespace

TEST_CASE("the issue's session: two moves long after opening, with no position fixed, are two crossings",
          "[rules][seats][opening]") {
    // serve --demo: nobody pressed "Leg de beginpositie vast"; Anna went twijfel → voor and
    // Bram tegen → twijfel. The report said "Oversteken (0)" and "Onbeslist".
    auto room = unfixed_room({Side::twijfel, Side::tegen, Side::voor});
    auto& s = room.session;
    const auto [anna, bram, carla] = std::tuple{room.people[0], room.people[1], room.people[2]};
    s.wait(grace + 20'000);
    const auto events = s.accept(anna, TakeSeat{{}, Side::voor});
    REQUIRE(events.size() == 2);
    const auto& fixed = body_at<PositionFixed>(events, 0);
    CHECK(fixed.kind == PositionKind::opening);
    CHECK(fixed.automatic == PositionTrigger::grace_over);
    CHECK(std::holds_alternative<SeatChanged>(events[1].body));
    s.take_seat(bram, Side::twijfel);
    s.lead(CloseStatement{});

    REQUIRE(s.state().crossings.size() == 2);
    CHECK(s.state().crossings[0].participant == anna);
    CHECK(s.state().crossings[1].participant == bram);
    const auto report = build_scoreboard(s.state()).statements.front();
    CHECK(report.crossings == 2);
    REQUIRE(report.shift.has_value());
    CHECK(report.opening->voor == 1);
    CHECK(report.opening->tegen == 1);
    CHECK(report.opening->twijfel == 1);
    CHECK(report.shift->voor == 1);
    CHECK(report.shift->tegen == -1);
    CHECK(report.shift->twijfel == 0);
    CHECK(s.state().participant(carla)->seat == Side::voor);
}

TEST_CASE("while people settle after the statement opens, moves are choices, not crossings", "[rules][seats][opening]") {
    auto room = unfixed_room({Side::twijfel});
    auto& s = room.session;
    s.wait(grace - 1);
    const auto events = s.accept(room.people[0], TakeSeat{{}, Side::voor});
    CHECK(events.size() == 1);
    CHECK_FALSE(room.statement().opening.has_value());
    CHECK(s.state().crossings.empty());
    // The settling time is over exactly a minute after opening.
    s.wait(1);
    CHECK(s.accept(room.people[0], TakeSeat{{}, Side::tegen}).size() == 2);
    CHECK(room.statement().opening->count(Side::voor) == 1);
    CHECK(s.state().crossings.size() == 1);
}

TEST_CASE("the first turn fixes the opening position, just before it starts", "[rules][seats][opening]") {
    auto room = unfixed_room({Side::voor, Side::tegen, Side::twijfel});
    auto& s = room.session;
    s.wait(10'000);
    const auto events = s.lead(GiveFloor{room.people[0], ""});
    REQUIRE(events.size() == 2);
    CHECK(body_at<PositionFixed>(events, 0).automatic == PositionTrigger::first_turn);
    CHECK(std::holds_alternative<TurnStarted>(events[1].body));
    const Position& opening = *room.statement().opening;
    CHECK(opening.automatic == PositionTrigger::first_turn);
    CHECK(opening.at_ms == 10'000);
    CHECK(opening.seats.size() == 3);
    s.take_seat(room.people[2], Side::voor);
    REQUIRE(s.state().crossings.size() == 1);
    CHECK(s.state().crossings.front().after_turn == s.state().current_turn);
    // Only the first: the next turn fixes nothing.
    s.end_turn();
    CHECK(s.lead(GiveFloor{room.people[1], ""}).size() == 1);
}

TEST_CASE("a settling time of 0 leaves fixing to the first turn", "[rules][seats][opening]") {
    SessionConfig config = test_config();
    config.rules.opening_grace_ms = 0;
    auto room = unfixed_room({Side::twijfel}, config);
    auto& s = room.session;
    s.wait(10 * grace);
    s.take_seat(room.people[0], Side::voor);
    CHECK_FALSE(room.statement().opening.has_value());
    CHECK(opening_grace_end(s.state(), room.statement()) == std::nullopt);
    s.give_floor(room.people[0]);
    CHECK(room.statement().opening->automatic == PositionTrigger::first_turn);
}

TEST_CASE("a gespreksleider's fix is not automatic, and nothing fixes it a second time", "[rules][seats][opening]") {
    auto room = unfixed_room({Side::voor, Side::tegen});
    auto& s = room.session;
    s.fix(PositionKind::opening);
    CHECK_FALSE(room.statement().opening->automatic.has_value());
    const Seq fixed_at = room.statement().opening->seq;
    s.wait(2 * grace);
    CHECK(s.accept(room.people[1], TakeSeat{{}, Side::voor}).size() == 1);
    CHECK(s.lead(GiveFloor{room.people[0], ""}).size() == 1);
    CHECK(room.statement().opening->seq == fixed_at);
}

TEST_CASE("closing a statement nobody fixed records both positions", "[rules][seats][opening]") {
    auto room = unfixed_room({Side::voor, Side::tegen});
    auto& s = room.session;
    const auto events = s.lead(CloseStatement{});
    REQUIRE(events.size() == 3);
    CHECK(body_at<PositionFixed>(events, 0).automatic == PositionTrigger::statement_closed);
    CHECK(body_at<PositionFixed>(events, 1).kind == PositionKind::closing);
    CHECK(std::holds_alternative<StatementClosed>(events[2].body));
    const auto report = build_scoreboard(s.state()).statements.front();
    REQUIRE(report.shift.has_value());
    CHECK(report.shift->voor == 0);
    CHECK(report.crossings == 0);
}

TEST_CASE("someone leaving after the settling time is still in the opening position", "[rules][seats][opening]") {
    auto room = unfixed_room({Side::voor, Side::tegen});
    auto& s = room.session;
    s.wait(grace);
    const auto events = s.lead(RemoveParticipant{room.people[1]});
    REQUIRE(events.size() == 2);
    CHECK(body_at<PositionFixed>(events, 0).automatic == PositionTrigger::grace_over);
    CHECK(room.statement().opening->count(Side::tegen) == 1);
}

TEST_CASE("the opening can be fixed again until a turn starts; the moves before it were settling",
          "[rules][seats][opening]") {
    auto room = unfixed_room({Side::voor, Side::tegen, Side::twijfel});
    auto& s = room.session;
    const auto [anna, bram, carla] = std::tuple{room.people[0], room.people[1], room.people[2]};
    s.wait(grace + 5'000);
    s.take_seat(carla, Side::voor);  // fixes the opening by itself (grace over), then crosses
    s.take_seat(bram, Side::twijfel);
    REQUIRE(s.state().crossings.size() == 2);
    REQUIRE(!may_fix_opening(s.state(), room.statement()));

    // "They were still finding their seats": the gespreksleider fixes it again.
    s.lead(FixPosition{PositionKind::opening});
    const Position& opening = *room.statement().opening;
    CHECK_FALSE(opening.automatic.has_value());
    CHECK(opening.count(Side::voor) == 2);
    CHECK(opening.count(Side::twijfel) == 1);
    CHECK(s.state().crossings.empty());
    const Tally& tally = s.state().tally;
    CHECK(tally.people[carla.value - 1].crossings == 0);
    CHECK(tally.sides[static_cast<int>(Side::voor)].crossings_in == 0);
    CHECK(tally.sides[static_cast<int>(Side::tegen)].crossings_out == 0);

    s.give_floor(anna);
    CHECK(may_fix_opening(s.state(), room.statement())->code == ReasonCode::opening_in_use);
    expect_refused(s.driver(), lead_id, FixPosition{PositionKind::opening}, ReasonCode::opening_in_use);
    s.take_seat(bram, Side::tegen);
    CHECK(s.state().crossings.size() == 1);
    // A replay of the log gives the same crossings and tallies.
    const State replayed = fold(s.log());
    CHECK(replayed.crossings.size() == 1);
    CHECK(replayed.tally == s.state().tally);
}

TEST_CASE("a log from before the automatic opening folds as it always did", "[rules][seats][opening]") {
    // Written by the earlier engine: the opening was never fixed, people moved long after
    // opening, the statement closed without positions. Nothing in it may turn into a
    // crossing or a position now.
    TestSession before;
    const auto created = before.log();
    std::vector<Event> log(created.begin(), created.end());
    auto add = [&](Millis at, ParticipantId actor, EventBody body) {
        log.push_back(Event{log.size() + 1, at, actor, "r" + std::to_string(log.size() + 1), std::nullopt, std::move(body)});
    };
    add(0, lead_id, StatementAdded{StatementId{1}, "Het zwembad moet dicht"});
    add(1'000, lead_id, StatementOpened{StatementId{1}});
    add(2'000, {}, ParticipantJoined{ParticipantId{2}, "Anna", Role::participant, true});
    add(3'000, ParticipantId{2}, SeatChanged{ParticipantId{2}, Side::twijfel, {}});
    add(300'000, ParticipantId{2}, SeatChanged{ParticipantId{2}, Side::voor, {}});
    add(400'000, lead_id, StatementClosed{StatementId{1}});
    const State state = fold(log);
    CHECK(state.crossings.empty());
    CHECK_FALSE(state.statements.front().opening.has_value());
    CHECK_FALSE(state.statements.front().closing.has_value());
    CHECK(state.tally.people[1].crossings == 0);
}
