// Undo of the gespreksleider's last correctable action: a new event naming the one it
// undoes, never an edit of the log; refused when the world has moved on.
#include <catch2/catch.hpp>

#include "core/apply.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::kept_vs_recomputed;
using lagerhuis::tests::only_event;
using lagerhuis::tests::state_difference;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

struct Debate {
    TestSession session;
    ParticipantId voor;
    ParticipantId tegen;
    TurnId turn;
};
Debate debate() {
    Debate d;
    const auto people = d.session.seated_room({Side::voor, Side::tegen});
    d.voor = people[0];
    d.tegen = people[1];
    d.turn = d.session.give_floor(d.voor);
    return d;
}

// Undoes and checks the undo event names the event it undoes.
Event undo(TestSession& s, Seq expected_undoes, ParticipantId actor = lead_id) {
    const auto events = s.accept(actor, Undo{});
    REQUIRE(events.size() == 1);
    CHECK(events.front().undoes == expected_undoes);
    CHECK(events.front().actor == actor);
    CHECK(kept_vs_recomputed(s.state()) == "");
    return events.front();
}

}  // namespace

TEST_CASE("undo reverts the last correctable facilitator action and is itself logged with `undoes`", "[rules][undo]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const State before = s.state();
    s.lead(SetRelevance{a, true});
    const Seq marked = s.log().back().seq;
    CHECK(s.state().argument(a)->base < before.argument(a)->base);

    const Event undone = undo(s, marked);
    const auto& body = std::get<ArgumentRelevanceSet>(undone.body);
    CHECK(body.argument == a);
    CHECK_FALSE(body.irrelevant);
    CHECK(undone.seq == marked + 1);
    // The log keeps the action and its undo; the scores are back where they were.
    CHECK(std::holds_alternative<ArgumentRelevanceSet>(s.log()[marked - 1].body));
    CHECK_FALSE(s.state().argument(a)->irrelevant);
    CHECK(s.state().argument(a)->base == before.argument(a)->base);
    CHECK(s.state().argument(a)->strength == before.argument(a)->strength);
    CHECK(s.state().statements.front().strength == before.statements.front().strength);
    CHECK(s.state().undo_stack.size() == before.undo_stack.size());
}

TEST_CASE("undo twice walks back two actions", "[rules][undo]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const Seq tagged = s.log().back().seq;
    const std::string original_text = s.state().argument(a)->text;
    s.lead(CorrectArgument{a, ArgumentKind::contra, {}, EvidenceKind::fact, "Verbeterde tekst"});
    const Seq corrected = s.log().back().seq;
    CHECK(s.state().argument(a)->direction == Side::tegen);

    const auto first = std::get<ArgumentCorrected>(undo(s, corrected).body);
    CHECK(first.kind == ArgumentKind::pro);
    CHECK(first.evidence == EvidenceKind::none);
    CHECK(first.text == original_text);
    CHECK(s.state().argument(a)->direction == Side::voor);
    CHECK(s.state().tally.sides[static_cast<int>(Side::voor)].arguments == 1);

    const auto second = std::get<ArgumentRetracted>(undo(s, tagged).body);
    CHECK(second.argument == a);
    CHECK(s.state().argument(a)->retracted);
    CHECK(s.state().statements.front().strength == 0.5);
    expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::nothing_to_undo);
}

TEST_CASE("participants' own actions and the flow of the debate are not undone", "[rules][undo]") {
    auto d = debate();
    auto& s = d.session;
    s.take_seat(d.tegen, Side::twijfel);
    s.flag(d.tegen, "vagueness");
    s.lead(PauseTurn{});
    s.lead(ResumeTurn{});
    s.open_poll();
    s.cast_ballot(d.tegen, Side::voor);
    s.lead(LockRoom{true});
    expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::nothing_to_undo);
    expect_refused(s.driver(), d.tegen, Undo{}, ReasonCode::not_permitted);
}

TEST_CASE("a co-facilitator undoes the gespreksleider's last action too", "[rules][undo]") {
    auto d = debate();
    const auto co = d.session.join("Co", Role::co_facilitator);
    const auto tag = d.session.tag_fallacy("vagueness");
    const Seq tagged = d.session.log().back().seq;
    const auto body = std::get<FallacyTagRetracted>(undo(d.session, tagged, co).body);
    CHECK(body.tag == tag);
    CHECK(d.session.state().fallacy_tag(tag)->retracted);
}

TEST_CASE("undoing a flag decision makes the flag pending again", "[rules][undo]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto flag = s.flag(d.tegen, "ad_hominem", a);
    const State pending = s.state();
    s.decide_flag(flag, FlagOutcome::confirmed);
    CHECK(s.state().argument(a)->base < pending.argument(a)->base);
    undo(s, s.log().back().seq);
    CHECK(s.state().flag(flag)->outcome == FlagOutcome::pending);
    CHECK(s.state().flag(flag)->decided_seq == 0);
    CHECK(s.state().argument(a)->base == pending.argument(a)->base);
    CHECK(s.state().tally == pending.tally);
    s.decide_flag(flag, FlagOutcome::dismissed);
    CHECK(s.state().tally.people[d.tegen.value - 1].flags_dismissed == 1);
}

TEST_CASE("undoing a retraction brings the argument back with its score", "[rules][undo]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::contra, {}, EvidenceKind::expert);
    const State live = s.state();
    s.lead(RetractArgument{a});
    CHECK(s.state().statements.front().strength == 0.5);
    const auto body = std::get<ArgumentRetracted>(undo(s, s.log().back().seq).body);
    CHECK_FALSE(body.retracted);
    CHECK_FALSE(s.state().argument(a)->retracted);
    CHECK(s.state().statements.front().strength == live.statements.front().strength);
    CHECK(s.state().tally == live.tally);
}

TEST_CASE("undo walks back a reply before the argument it replies to", "[rules][undo]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto reply = s.tag_argument(ArgumentKind::rebuttal, a);
    undo(s, s.state().argument(reply)->seq);
    CHECK(s.state().argument(reply)->retracted);
    undo(s, s.state().argument(a)->seq);
    CHECK(s.state().argument(a)->retracted);
}

TEST_CASE("undo is refused when a reply now depends on the argument", "[rules][undo]") {
    // Through commands a reply is itself a gespreksleider's action above the argument on
    // the undo stack, so it is undone first (see above). A log can still hold a reply no
    // undo entry covers (recorded for a participant's role, or by an older version);
    // then undoing the argument would leave the reply hanging, and must be refused.
    auto d = debate();
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    State state = d.session.state();
    apply(state, Event{state.last_seq + 1, state.last_at_ms, d.tegen, "r-import", std::nullopt,
                       ArgumentTagged{ArgumentId{a.value + 1}, d.turn, ArgumentKind::rebuttal, a, EvidenceKind::none,
                                      "Weerlegging"}});
    REQUIRE(state.undo_stack.back().seq == state.argument(a)->seq);
    const Decision decision = decide(state, Command{lead_id, "r-undo", Undo{}}, state.last_at_ms);
    REQUIRE_FALSE(decision.ok());
    CHECK(decision.error().code == ReasonCode::undo_blocked);
    CHECK(decision.error().param("because") == "argument_has_replies");
}

TEST_CASE("undo of a rename is refused when the old name is taken or the person left", "[rules][undo]") {
    TestSession s;
    const auto anna = s.join("Anna");
    s.lead(RenameParticipant{anna, "Anneke"});
    SECTION("someone else now has the old name") {
        s.join("anna");
        CHECK(expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::undo_blocked).param("because") == "name_taken");
    }
    SECTION("the person left") {
        s.lead(RemoveParticipant{anna});
        CHECK(expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::undo_blocked).param("because") ==
              "participant_removed");
    }
    SECTION("otherwise the old name comes back") {
        const Seq renamed = s.log().back().seq;
        CHECK(std::get<ParticipantRenamed>(undo(s, renamed).body).name == "Anna");
        CHECK(s.state().participant(anna)->name == "Anna");
    }
}

TEST_CASE("a seat the gespreksleider changed for someone can be undone", "[rules][undo]") {
    TestSession s;
    s.open_statement();
    const auto opa = s.add_person("Opa Jansen");
    s.lead(TakeSeat{opa, Side::voor});  // a first seat: nothing to go back to, not undoable
    s.fix(PositionKind::opening);
    s.lead(TakeSeat{opa, Side::tegen});  // a mistake: wrong bench
    const Seq moved = s.log().back().seq;

    SECTION("undo puts the person back") {
        undo(s, moved);
        CHECK(s.state().participant(opa)->seat == Side::voor);
        expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::nothing_to_undo);
    }
    SECTION("but not when the person moved there since") {
        s.lead(TakeSeat{opa, Side::twijfel});
        undo(s, s.log().back().seq);
        CHECK(s.state().participant(opa)->seat == Side::tegen);
        s.accept(opa, TakeSeat{{}, Side::voor});  // Opa found a phone after all
        CHECK(expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::undo_blocked).param("because") ==
              "already_seated");
    }
    SECTION("nor when the statement has closed: seat corrections end with their statement") {
        s.lead(CloseStatement{});
        expect_refused(s.driver(), lead_id, Undo{}, ReasonCode::nothing_to_undo);
    }
}

TEST_CASE("an undone seat change leaves no crossing behind", "[rules][undo]") {
    // Undo corrects a mistake: the crossing the mistaken move recorded never happened,
    // and moving back is not a crossing either.
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    s.lead(TakeSeat{people[0], Side::tegen});
    REQUIRE(s.state().crossings.size() == 1);
    undo(s, s.log().back().seq);
    CHECK(s.state().participant(people[0])->seat == Side::voor);
    CHECK(s.state().crossings.empty());
    CHECK(s.state().tally.people[people[0].value - 1].crossings == 0);
    CHECK(s.state().tally.sides[static_cast<int>(Side::tegen)].crossings_in == 0);
}

TEST_CASE("undo does not carry a seat change into the next statement", "[rules][undo]") {
    // Each statement starts with everybody standing up; an old correction from the
    // previous statement must not seat someone in the new one.
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    s.lead(TakeSeat{people[0], Side::tegen});
    s.lead(CloseStatement{});
    s.open_statement("De kermis moet blijven");
    const State before = s.state();
    const Decision decision = s.driver().submit(lead_id, Undo{}, s.now());
    CHECK_FALSE(s.state().participant(people[0])->seat.has_value());
    if (!decision.ok()) CHECK(state_difference(before, s.state()) == "");
}
