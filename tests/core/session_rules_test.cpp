// The session as a whole: creating it, its configuration, the log's numbering and
// clock, statements (stellingen) and their positions, the lock on the room.
#include <catch2/catch.hpp>

#include <string>

#include "core/scoreboard.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::last_event;
using lagerhuis::tests::only_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {
using lagerhuis::tests::lead_id;
}

TEST_CASE("creating a session records its configuration and makes its creator the facilitator", "[rules][session]") {
    TestSession s;
    REQUIRE(s.log().size() == 1);
    const auto& created = std::get<SessionCreated>(s.log().front().body);
    CHECK(created.config == test_config());
    CHECK(created.facilitator == lead_id);
    CHECK(s.log().front().actor == lead_id);
    const Participant& leader = *s.state().participant(lead_id);
    CHECK(leader.name == "Gespreksleider");
    CHECK(leader.role == Role::facilitator);
    CHECK(s.state().config == test_config());
}

TEST_CASE("a session cannot start with an unusable configuration", "[rules][session]") {
    struct Case {
        const char* field;
        void (*spoil)(SessionConfig&);
    };
    const Case cases[] = {
        {"title", [](SessionConfig& c) { c.title = "  "; }},
        {"rules.turns.turn_limit_ms", [](SessionConfig& c) { c.rules.turns.turn_limit_ms = -5; }},
        {"rules.turns.warning_ms", [](SessionConfig& c) { c.rules.turns.warning_ms = c.rules.turns.turn_limit_ms; }},
        {"rules.turns.wait_turns", [](SessionConfig& c) { c.rules.turns.wait_turns = 101; }},
        {"rules.max_flags_per_minute", [](SessionConfig& c) { c.rules.max_flags_per_minute = 0; }},
        {"catalog", [](SessionConfig& c) { c.catalog.fallacies.clear(); }},
        {"weights.neutral", [](SessionConfig& c) { c.weights.neutral = 1.5; }},
        {"weights.far_overtime_ratio", [](SessionConfig& c) { c.weights.far_overtime_ratio = 0.5; }},
    };
    for (const auto& bad : cases) {
        INFO(bad.field);
        SessionConfig config = test_config();
        bad.spoil(config);
        TestSession empty(TestSession::Uncreated{});
        const auto refusal =
            expect_refused(empty.driver(), {}, CreateSession{config, "Gespreksleider"}, ReasonCode::invalid_config);
        CHECK(refusal.param("field") == bad.field);
        // The same configuration is refused as a change, too.
        TestSession running;
        expect_refused(running.driver(), lead_id, ChangeConfig{config}, ReasonCode::invalid_config);
    }
}

TEST_CASE("only a gespreksleider changes the configuration, and only to something new", "[rules][session]") {
    TestSession s;
    const auto anna = s.join("Anna");
    auto config = test_config();
    config.rules.turns.wait_turns = 3;
    expect_refused(s.driver(), anna, ChangeConfig{config}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, ChangeConfig{test_config()}, ReasonCode::nothing_changed);
    only_event<ConfigChanged>(s.lead(ChangeConfig{config}));
    CHECK(s.state().config.rules.turns.wait_turns == 3);
}

TEST_CASE("events are numbered from 1 without gaps and the log's clock never runs backwards", "[rules][session]") {
    TestSession s;
    s.wait(5'000);
    s.join("Anna");
    const Millis late = s.now();
    // A command stamped earlier than the last event (a host clock hiccup) keeps the log's order.
    const Decision decision = s.driver().submit({}, Join{"Bart", Role::participant}, late - 3'000);
    REQUIRE(decision.ok());
    CHECK(decision->front().at_ms == late);
    for (std::size_t i = 0; i < s.log().size(); ++i) {
        CHECK(s.log()[i].seq == i + 1);
        if (i > 0) CHECK(s.log()[i].at_ms >= s.log()[i - 1].at_ms);
    }
    CHECK(s.state().last_seq == s.log().size());
}

TEST_CASE("a statement goes from pending to active to closed, one open at a time", "[rules][session]") {
    TestSession s;
    const auto first = s.add_statement("Het zwembad moet dicht");
    const auto second = s.add_statement("De kermis moet blijven");
    CHECK(s.state().statement(first)->status == StatementStatus::pending);
    s.lead(OpenStatement{first});
    CHECK(s.state().statement(first)->status == StatementStatus::active);
    CHECK(s.state().active_statement == first);
    expect_refused(s.driver(), lead_id, OpenStatement{second}, ReasonCode::statement_already_active);
    s.lead(CloseStatement{});
    CHECK(s.state().statement(first)->status == StatementStatus::closed);
    CHECK(s.state().active_statement.is_none());
    expect_refused(s.driver(), lead_id, OpenStatement{first}, ReasonCode::statement_closed);
    expect_refused(s.driver(), lead_id, CloseStatement{}, ReasonCode::no_active_statement);
    s.lead(OpenStatement{second});
    CHECK(s.state().active_statement == second);
}

TEST_CASE("opening a statement makes everybody stand up and choose again", "[rules][session]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    s.accept(people[0], RaiseHand{});
    s.lead(CloseStatement{});
    s.open_statement("De kermis moet blijven");
    for (const auto who : people) {
        CHECK_FALSE(s.state().participant(who)->seat.has_value());
        CHECK_FALSE(s.state().participant(who)->hand_raised_at.has_value());
    }
    CHECK(s.state().hand_queue.empty());
}

TEST_CASE("closing a statement ends the turn, closes the poll and fixes the closing position", "[rules][session]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::twijfel});
    const auto turn = s.give_floor(people[0]);
    const auto poll = s.open_poll();
    s.take_seat(people[2], Side::voor);
    s.wait(30'000);
    const auto events = s.lead(CloseStatement{});
    REQUIRE(events.size() == 4);
    CHECK(std::get<TurnEnded>(events[0].body).turn == turn);
    CHECK(std::get<PollClosed>(events[1].body).poll == poll);
    CHECK(std::get<PositionFixed>(events[2].body).kind == PositionKind::closing);
    CHECK(std::holds_alternative<StatementClosed>(events[3].body));

    const State& state = s.state();
    CHECK(state.current_turn.is_none());
    CHECK(state.turn(turn)->ended_at == s.now());
    CHECK(state.turn(turn)->spoken_before_ms == 30'000);
    CHECK(state.open_poll.is_none());
    CHECK_FALSE(state.poll(poll)->open);
    const Statement& statement = state.statements.front();
    REQUIRE(statement.closing.has_value());
    CHECK(statement.closing->count(Side::voor) == 2);
    CHECK(statement.closing->count(Side::tegen) == 1);
    CHECK(statement.closing->count(Side::twijfel) == 0);
}

TEST_CASE("closing a statement keeps a closing position fixed earlier", "[rules][session]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    s.fix(PositionKind::closing);
    const Seq fixed_at = s.state().statements.front().closing->seq;
    s.take_seat(people[1], Side::voor);  // after the closing position: not counted
    const auto events = s.lead(CloseStatement{});
    REQUIRE(events.size() == 1);
    CHECK(std::holds_alternative<StatementClosed>(events[0].body));
    CHECK(s.state().statements.front().closing->seq == fixed_at);
    CHECK(s.state().statements.front().closing->count(Side::tegen) == 1);
    CHECK(s.state().crossings.empty());
}

TEST_CASE("the persuasion result is the closing position minus the opening position", "[rules][session]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::tegen, Side::twijfel});
    s.take_seat(people[1], Side::voor);
    s.take_seat(people[3], Side::voor);
    s.lead(CloseStatement{});
    const auto report = build_scoreboard(s.state()).statements.front();
    REQUIRE(report.opening.has_value());
    REQUIRE(report.shift.has_value());
    CHECK(report.opening->voor == 1);
    CHECK(report.closing->voor == 3);
    CHECK(report.shift->voor == 2);
    CHECK(report.shift->tegen == -1);
    CHECK(report.shift->twijfel == -1);
    CHECK(report.crossings == 2);
}

TEST_CASE("a locked room turns joiners away, but the facilitator can still add a person", "[rules][session]") {
    TestSession s;
    s.lead(LockRoom{true});
    expect_refused(s.driver(), lead_id, LockRoom{true}, ReasonCode::nothing_changed);
    expect_refused(s.driver(), {}, Join{"Laatkomer", Role::participant}, ReasonCode::room_locked);
    const auto added = s.add_person("Opa Jansen");
    CHECK_FALSE(s.state().participant(added)->has_device);
    s.lead(LockRoom{false});
    CHECK(s.join("Laatkomer").value == 3);
}

TEST_CASE("a co-facilitator can lead; participants and observers cannot", "[rules][session]") {
    TestSession s;
    const auto co = s.join("Co", Role::co_facilitator);
    const auto watcher = s.join("Trainer", Role::observer);
    const auto anna = s.join("Anna");
    expect_refused(s.driver(), watcher, AddStatement{"Stelling"}, ReasonCode::not_permitted);
    expect_refused(s.driver(), anna, AddStatement{"Stelling"}, ReasonCode::not_permitted);
    s.accept(co, AddStatement{"Stelling"});
    s.accept(co, OpenStatement{StatementId{1}});
    CHECK(s.state().active_statement == StatementId{1});
    const auto refusal = expect_refused(s.driver(), {}, AddPerson{"Iemand", Role::participant}, ReasonCode::unknown_participant);
    CHECK(refusal.param("participant") == "0");
}

TEST_CASE("the facilitator cannot be removed and nobody joins as a second facilitator", "[rules][session]") {
    TestSession s;
    const auto co = s.join("Co", Role::co_facilitator);
    expect_refused(s.driver(), co, RemoveParticipant{lead_id}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, AddPerson{"Baas", Role::facilitator}, ReasonCode::invalid_role);
    s.lead(RemoveParticipant{co});
    CHECK(s.state().participant(co)->removed);
    expect_refused(s.driver(), co, AddStatement{"Stelling"}, ReasonCode::participant_removed);
    CHECK(last_event<ParticipantRemoved>(s.log()) != nullptr);
}
