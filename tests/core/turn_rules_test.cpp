// Speaking turns: who gets the floor (the wait rule, alternating sides, first timers),
// the suggestion the console shows, and the clock.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "core/turn_policy.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::only_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

SessionConfig config_with(std::uint32_t wait_turns, bool alternate_sides = true, bool first_timers_first = true) {
    SessionConfig config = test_config();
    config.rules.turns.wait_turns = wait_turns;
    config.rules.turns.alternate_sides = alternate_sides;
    config.rules.turns.first_timers_first = first_timers_first;
    return config;
}

std::string param(const Suggestion& suggestion, const std::string& name) {
    for (const auto& [key, value] : suggestion.params)
        if (key == name) return value;
    return {};
}

}  // namespace

TEST_CASE("a speaker waits until K others have spoken unless the facilitator gives a reason", "[rules][turns]") {
    TestSession s;  // K = 2
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor});
    const auto [anna, bart, carla] = std::tuple{people[0], people[1], people[2]};
    s.give_floor(anna);
    s.give_floor(bart);
    CHECK(turns_to_wait(s.state(), anna) == 1);
    const auto refusal = expect_refused(s.driver(), lead_id, GiveFloor{anna, {}}, ReasonCode::must_wait);
    CHECK(refusal.param("turns") == "1");
    CHECK(refusal.param("name") == s.state().participant(anna)->name);

    SECTION("with a reason the rule is set aside, and the reason is recorded") {
        const auto events = s.lead(GiveFloor{anna, "Anna reageert op een vraag"});
        CHECK(std::get<TurnStarted>(events.back().body).override_reason == "Anna reageert op een vraag");
        CHECK(s.state().turns.back().override_reason == "Anna reageert op een vraag");
    }
    SECTION("after K others the speaker is free again") {
        s.give_floor(carla);
        CHECK(turns_to_wait(s.state(), anna) == 0);
        const auto events = s.lead(GiveFloor{anna, {}});
        CHECK(std::get<TurnStarted>(events.back().body).override_reason.empty());
    }
}

TEST_CASE("with K = 3 (\"three before me\") a speaker waits for three others", "[rules][turns]") {
    TestSession s(config_with(3));
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor, Side::tegen});
    s.give_floor(people[0]);
    s.give_floor(people[1]);
    s.give_floor(people[2]);
    CHECK(expect_refused(s.driver(), lead_id, GiveFloor{people[0], {}}, ReasonCode::must_wait).param("turns") == "1");
    s.give_floor(people[3]);
    s.give_floor(people[0]);
}

TEST_CASE("the wait rule starts afresh with each statement", "[rules][turns]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor});
    s.give_floor(people[0]);
    s.lead(CloseStatement{});
    s.open_statement("De kermis moet blijven");
    s.take_seat(people[0], Side::tegen);
    CHECK(turns_to_wait(s.state(), people[0]) == 0);
    s.give_floor(people[0]);
}

TEST_CASE("the floor alternates between voor and tegen in the suggestion", "[rules][turns]") {
    SECTION("with alternation, the other side goes next even if its hand went up later") {
        TestSession s;
        const auto people = s.seated_room({Side::voor, Side::voor, Side::tegen});
        s.give_floor(people[0]);
        s.accept(people[1], RaiseHand{});
        s.accept(people[2], RaiseHand{});
        CHECK(side_to_speak(s.state()) == Side::tegen);
        const auto suggestion = suggest_next_speaker(s.state());
        REQUIRE(suggestion.has_value());
        CHECK(suggestion->participant == people[2]);
        CHECK(suggestion->reason == "suggest.side_first_timer");
        CHECK(param(*suggestion, "side") == "tegen");
        // After tegen spoke, voor is next.
        s.give_floor(people[2]);
        CHECK(side_to_speak(s.state()) == Side::voor);
        CHECK(suggest_next_speaker(s.state())->participant == people[1]);
    }
    SECTION("without alternation, the first hand goes first") {
        TestSession s(config_with(2, false));
        const auto people = s.seated_room({Side::voor, Side::voor, Side::tegen});
        s.give_floor(people[0]);
        s.accept(people[1], RaiseHand{});
        s.accept(people[2], RaiseHand{});
        CHECK_FALSE(side_to_speak(s.state()).has_value());
        CHECK(suggest_next_speaker(s.state())->participant == people[1]);
    }
    SECTION("after a speaker from twijfel, either side may follow") {
        TestSession s;
        const auto people = s.seated_room({Side::twijfel, Side::tegen, Side::voor});
        s.give_floor(people[0]);
        CHECK_FALSE(side_to_speak(s.state()).has_value());
        s.accept(people[1], RaiseHand{});
        s.accept(people[2], RaiseHand{});
        CHECK(suggest_next_speaker(s.state())->participant == people[1]);
    }
}

TEST_CASE("those who have not spoken go first", "[rules][turns]") {
    // No waiting and no alternation, to see this rule alone.
    SECTION("a first timer goes before an earlier hand") {
        TestSession s(config_with(0, false));
        const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor});
        s.give_floor(people[0]);
        s.give_floor(people[1]);
        s.accept(people[0], RaiseHand{});
        s.accept(people[2], RaiseHand{});
        const auto suggestion = suggest_next_speaker(s.state());
        REQUIRE(suggestion.has_value());
        CHECK(suggestion->participant == people[2]);
        CHECK(suggestion->reason == "suggest.first_timer");
    }
    SECTION("when the rule is off, the first hand goes first") {
        TestSession s(config_with(0, false, false));
        const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor});
        s.give_floor(people[0]);
        s.give_floor(people[1]);
        s.accept(people[0], RaiseHand{});
        s.accept(people[2], RaiseHand{});
        const auto suggestion = suggest_next_speaker(s.state());
        CHECK(suggestion->participant == people[0]);
        CHECK(suggestion->reason == "suggest.first_hand");
    }
}

TEST_CASE("the wait rule outranks the side and the hand order in the suggestion", "[rules][turns]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor, Side::tegen});
    s.give_floor(people[1]);  // tegen spoke ...
    s.give_floor(people[0]);  // ... then voor: tegen's turn next
    s.accept(people[1], RaiseHand{});  // tegen, but must wait
    s.accept(people[2], RaiseHand{});  // voor, free
    const auto suggestion = suggest_next_speaker(s.state());
    CHECK(suggestion->participant == people[2]);
    CHECK(suggestion->reason == "suggest.first_timer");
}

TEST_CASE("when every raised hand must wait, the one who waited longest is suggested", "[rules][turns]") {
    TestSession s(config_with(3));
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor});
    s.give_floor(people[0]);
    s.give_floor(people[1]);
    s.give_floor(people[2]);
    s.accept(people[1], RaiseHand{});
    s.accept(people[0], RaiseHand{});
    const auto suggestion = suggest_next_speaker(s.state());
    REQUIRE(suggestion.has_value());
    CHECK(suggestion->participant == people[0]);
    CHECK(suggestion->reason == "suggest.everyone_waits");
}

TEST_CASE("nobody is suggested without raised hands, and the speaker is never suggested", "[rules][turns]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    CHECK_FALSE(suggest_next_speaker(s.state()).has_value());
    s.give_floor(people[0]);
    s.lead(RaiseHand{people[0]});
    CHECK_FALSE(suggest_next_speaker(s.state()).has_value());
}

TEST_CASE("giving the floor ends the running turn and records the suggestion", "[rules][turns]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::voor});
    const auto first = s.give_floor(people[0]);
    s.accept(people[1], RaiseHand{});
    s.wait(20'000);
    // The gespreksleider may pick someone other than the suggestion.
    const auto events = s.lead(GiveFloor{people[2], {}});
    REQUIRE(events.size() == 2);
    CHECK(std::get<TurnEnded>(events[0].body).turn == first);
    const auto& started = std::get<TurnStarted>(events[1].body);
    CHECK(started.speaker == people[2]);
    CHECK(started.suggested == people[1]);
    CHECK(started.side == Side::voor);
    CHECK(started.limit_ms == test_config().rules.turns.turn_limit_ms);
    CHECK(s.state().current_turn == started.turn);
    CHECK(s.state().turn(first)->spoken_before_ms == 20'000);
}

TEST_CASE("a speaker without a seat speaks for twijfel", "[rules][turns]") {
    TestSession s;
    s.open_statement();
    const auto anna = s.join("Anna");
    s.give_floor(anna);
    CHECK(s.state().turns.back().side == Side::twijfel);
    CHECK(s.state().tally.sides[static_cast<int>(Side::twijfel)].turns == 1);
}

TEST_CASE("a paused turn's clock stops", "[rules][turns]") {
    const auto reason = GENERATE(PauseReason::facilitator, PauseReason::recovery);
    TestSession s;
    const auto people = s.seated_room({Side::voor});
    const auto turn = s.give_floor(people[0]);
    s.wait(10'000);
    CHECK(only_event<TurnPaused>(s.lead(PauseTurn{reason})).reason == reason);
    CHECK(s.state().turn(turn)->paused());
    s.wait(50'000);
    CHECK(s.state().turn(turn)->spoken_ms(s.now()) == 10'000);
    expect_refused(s.driver(), lead_id, PauseTurn{}, ReasonCode::turn_already_paused);
    s.lead(ResumeTurn{});
    CHECK_FALSE(s.state().turn(turn)->paused());
    expect_refused(s.driver(), lead_id, ResumeTurn{}, ReasonCode::turn_not_paused);
    s.wait(5'000);
    CHECK(s.state().turn(turn)->spoken_ms(s.now()) == 15'000);
    s.end_turn();
    CHECK(s.state().turn(turn)->spoken_before_ms == 15'000);
    CHECK(s.state().tally.people[people[0].value - 1].speaking_ms == 15'000);
    CHECK(s.state().tally.sides[static_cast<int>(Side::voor)].speaking_ms == 15'000);
}

TEST_CASE("a turn ended while paused counts only the time before the pause", "[rules][turns]") {
    TestSession s;
    const auto people = s.seated_room({Side::tegen});
    const auto turn = s.give_floor(people[0]);
    s.wait(7'000);
    s.lead(PauseTurn{});
    s.wait(100'000);
    s.end_turn();
    CHECK(s.state().turn(turn)->spoken_before_ms == 7'000);
    CHECK(s.state().turn(turn)->ended_at == s.now());
    expect_refused(s.driver(), lead_id, EndTurn{}, ReasonCode::no_running_turn);
    expect_refused(s.driver(), lead_id, PauseTurn{}, ReasonCode::no_running_turn);
}

TEST_CASE("turns need an open statement and a known participant", "[rules][turns]") {
    TestSession s;
    const auto anna = s.join("Anna");
    expect_refused(s.driver(), lead_id, GiveFloor{anna, {}}, ReasonCode::no_active_statement);
    s.open_statement();
    expect_refused(s.driver(), lead_id, GiveFloor{ParticipantId{9}, {}}, ReasonCode::unknown_participant);
    expect_refused(s.driver(), anna, GiveFloor{anna, {}}, ReasonCode::not_permitted);
}
