// People in the room: names, seats and crossings (oversteken), hands, acting for
// someone without a device.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>

#include "core/scoreboard.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::only_event;
using lagerhuis::tests::TestSession;

namespace {
using lagerhuis::tests::lead_id;
}

TEST_CASE("names are unique however they are capitalised or spaced; a departed person's name is free",
          "[rules][seats]") {
    TestSession s;
    const auto anna = s.join("Anna de Vries");
    const auto refusal = expect_refused(s.driver(), {}, Join{"ANNA DEVRIES", Role::participant}, ReasonCode::name_taken);
    CHECK(refusal.param("name") == "ANNA DEVRIES");
    expect_refused(s.driver(), lead_id, AddPerson{"anna de vries ", Role::participant}, ReasonCode::name_taken);
    s.lead(RemoveParticipant{anna});
    CHECK(s.join("Anna de Vries") != anna);
}

TEST_CASE("renaming: only by a gespreksleider, to a free name, and not to the same name", "[rules][seats]") {
    TestSession s;
    const auto anna = s.join("Anna");
    const auto bart = s.join("Bart");
    expect_refused(s.driver(), anna, RenameParticipant{anna, "Annabel"}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, RenameParticipant{anna, "Anna"}, ReasonCode::nothing_changed);
    expect_refused(s.driver(), lead_id, RenameParticipant{anna, "bart"}, ReasonCode::name_taken);
    expect_refused(s.driver(), lead_id, RenameParticipant{ParticipantId{9}, "Zoë"}, ReasonCode::unknown_participant);
    // Changing only the capitals of one's own name is not taking someone else's.
    s.lead(RenameParticipant{anna, "ANNA"});
    CHECK(s.state().participant(anna)->name == "ANNA");
    CHECK(s.state().participant(bart)->name == "Bart");
}

TEST_CASE("seat choices before the opening position are not crossings", "[rules][seats]") {
    TestSession s;
    s.open_statement();
    const auto anna = s.join("Anna");
    s.take_seat(anna, Side::twijfel);
    s.take_seat(anna, Side::voor);
    s.take_seat(anna, Side::tegen);
    CHECK(s.state().crossings.empty());
    CHECK(s.state().tally.people[anna.value - 1].crossings == 0);
    s.fix(PositionKind::opening);
    CHECK(s.state().statements.front().opening->count(Side::tegen) == 1);
    s.take_seat(anna, Side::voor);
    REQUIRE(s.state().crossings.size() == 1);
    CHECK(s.state().crossings.front().from == Side::tegen);
    CHECK(s.state().crossings.front().to == Side::voor);
}

TEST_CASE("a first seat chosen after the opening position is not a crossing", "[rules][seats]") {
    TestSession s;
    s.seated_room({Side::voor});
    const auto late = s.join("Laatkomer");
    s.take_seat(late, Side::tegen);
    CHECK(s.state().crossings.empty());
    s.take_seat(late, Side::voor);
    CHECK(s.state().crossings.size() == 1);
}

TEST_CASE("a crossing after the opening position is linked to the turn that preceded it", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::twijfel});
    const auto [anna, bart, carla] = std::tuple{people[0], people[1], people[2]};

    SECTION("before anyone spoke: no turn") {
        s.take_seat(carla, Side::voor);
        CHECK(s.state().crossings.back().after_turn == TurnId{});
    }
    SECTION("during a turn: that turn") {
        const auto turn = s.give_floor(anna);
        const auto argument = s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
        s.take_seat(carla, Side::voor);
        const Crossing& crossing = s.state().crossings.back();
        CHECK(crossing.after_turn == turn);
        CHECK(crossing.participant == carla);
        CHECK(crossing.statement == s.state().active_statement);
        // The report names the speaker and the arguments that moved Carla.
        const auto report = build_scoreboard(s.state()).crossings.back();
        CHECK(report.after_speaker == anna);
        CHECK(report.after_arguments == std::vector<ArgumentId>{argument});
    }
    SECTION("after the turn ended: still that turn, until the next one starts") {
        const auto first = s.give_floor(anna);
        s.end_turn();
        s.take_seat(carla, Side::voor);
        CHECK(s.state().crossings.back().after_turn == first);
        const auto second = s.give_floor(bart);
        s.take_seat(carla, Side::tegen);
        CHECK(s.state().crossings.back().after_turn == second);
    }
}

TEST_CASE("crossings are counted per person and per side, out of one bench into the other", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::twijfel});
    s.take_seat(people[0], Side::tegen);
    s.take_seat(people[2], Side::tegen);
    s.take_seat(people[0], Side::twijfel);
    const Tally& tally = s.state().tally;
    CHECK(tally.people[people[0].value - 1].crossings == 2);
    CHECK(tally.people[people[2].value - 1].crossings == 1);
    CHECK(tally.sides[static_cast<int>(Side::tegen)].crossings_in == 2);
    CHECK(tally.sides[static_cast<int>(Side::tegen)].crossings_out == 1);
    CHECK(tally.sides[static_cast<int>(Side::voor)].crossings_out == 1);
    CHECK(tally.sides[static_cast<int>(Side::twijfel)].crossings_in == 1);
    CHECK(tally.sides[static_cast<int>(Side::twijfel)].crossings_out == 1);
}

TEST_CASE("gespreksleiders and observers watch: no seat, no hand, no floor", "[rules][seats]") {
    TestSession s;
    s.open_statement();
    const auto watcher = s.join("Trainer", Role::observer);
    const auto co = s.join("Co", Role::co_facilitator);
    expect_refused(s.driver(), watcher, TakeSeat{{}, Side::voor}, ReasonCode::not_permitted);
    expect_refused(s.driver(), watcher, RaiseHand{}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, TakeSeat{{}, Side::voor}, ReasonCode::not_permitted);
    expect_refused(s.driver(), co, TakeSeat{{}, Side::tegen}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, GiveFloor{watcher, {}}, ReasonCode::not_permitted);
    expect_refused(s.driver(), lead_id, GiveFloor{co, {}}, ReasonCode::not_permitted);
}

TEST_CASE("the facilitator can act for a person without a device", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor});
    const auto opa = s.add_person("Opa Jansen");
    CHECK_FALSE(s.state().participant(opa)->has_device);

    const auto seat = only_event<SeatChanged>(s.lead(TakeSeat{opa, Side::tegen}));
    CHECK(seat.participant == opa);
    CHECK(s.state().participant(opa)->seat == Side::tegen);
    CHECK(only_event<HandRaised>(s.lead(RaiseHand{opa})).participant == opa);
    CHECK(s.state().hand_queue == std::vector<ParticipantId>{opa});

    s.give_floor(people[0]);
    const auto argument = s.tag_argument(ArgumentKind::pro);
    CHECK(only_event<ArgumentAppreciated>(s.lead(Appreciate{opa, argument})).participant == opa);
    const auto flag = only_event<FallacyFlagged>(s.lead(FlagFallacy{opa, {}, {}, "vagueness"}));
    CHECK(flag.flagger == opa);
    CHECK(s.state().flags.back().flagger_seat == Side::tegen);
    s.open_poll();
    CHECK(only_event<BallotCast>(s.lead(CastBallot{opa, {}, Side::twijfel})).participant == opa);
    // The log says who did it: the gespreksleider, on Opa's behalf.
    CHECK(s.log().back().actor == lead_id);
    CHECK(s.state().tally.people[opa.value - 1].flags_pending == 1);
    CHECK(s.state().tally.people[opa.value - 1].appreciations_given == 1);
}

TEST_CASE("a participant cannot act for another", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    const auto [anna, bart] = std::pair{people[0], people[1]};
    s.give_floor(anna);
    const auto argument = s.tag_argument(ArgumentKind::pro);
    s.open_poll();
    for (const CommandBody& body : std::vector<CommandBody>{
             TakeSeat{anna, Side::tegen}, RaiseHand{anna}, LowerHand{anna}, Appreciate{anna, argument},
             FlagFallacy{anna, {}, {}, "vagueness"}, CastBallot{anna, {}, Side::tegen}}) {
        INFO("command #" << body.index());
        const auto refusal = expect_refused(s.driver(), bart, body, ReasonCode::not_permitted);
        CHECK_FALSE(refusal.param("action").empty());
    }
    // Naming oneself is the same as naming nobody.
    s.accept(bart, TakeSeat{bart, Side::voor});
    CHECK(s.state().participant(bart)->seat == Side::voor);
}

TEST_CASE("raised hands queue in order; the floor lowers the speaker's hand", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen, Side::twijfel});
    s.accept(people[2], RaiseHand{});
    s.accept(people[0], RaiseHand{});
    s.accept(people[1], RaiseHand{});
    CHECK(s.state().hand_queue == std::vector<ParticipantId>{people[2], people[0], people[1]});
    s.accept(people[0], LowerHand{});
    CHECK(s.state().hand_queue == std::vector<ParticipantId>{people[2], people[1]});
    s.give_floor(people[1]);
    CHECK(s.state().hand_queue == std::vector<ParticipantId>{people[2]});
    CHECK_FALSE(s.state().participant(people[1])->hand_raised_at.has_value());
    expect_refused(s.driver(), people[1], LowerHand{}, ReasonCode::hand_not_raised);
}

TEST_CASE("removing a participant takes their seat and hand and ends their turn", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    s.accept(people[1], RaiseHand{});
    const auto turn = s.give_floor(people[0]);
    s.wait(10'000);
    auto events = s.lead(RemoveParticipant{people[0]});
    REQUIRE(events.size() == 2);
    CHECK(std::get<TurnEnded>(events[0].body).turn == turn);
    CHECK(std::get<ParticipantRemoved>(events[1].body).participant == people[0]);
    CHECK(s.state().current_turn.is_none());
    CHECK(s.state().turn(turn)->spoken_before_ms == 10'000);
    CHECK_FALSE(s.state().participant(people[0])->seat.has_value());

    events = s.lead(RemoveParticipant{people[1]});
    CHECK(events.size() == 1);  // not speaking: nothing else to end
    CHECK(s.state().hand_queue.empty());
    expect_refused(s.driver(), lead_id, RemoveParticipant{people[1]}, ReasonCode::participant_removed);
    expect_refused(s.driver(), lead_id, GiveFloor{people[1], "toch"}, ReasonCode::participant_removed);
    expect_refused(s.driver(), lead_id, TakeSeat{people[1], Side::voor}, ReasonCode::participant_removed);
    // History stays: the turn still belongs to the person who left.
    CHECK(build_scoreboard(s.state()).participants[people[0].value - 1].measures.turns.value == 1);
}
