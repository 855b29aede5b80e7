// The argument graph: what an argument may target, which turn it belongs to, the side
// it helps, corrections and retractions, appreciation.
#include <catch2/catch.hpp>

#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::kept_vs_recomputed;
using lagerhuis::tests::only_event;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

TagArgument tag(ArgumentKind kind, ArgumentId target = {}, TurnId turn = {}) {
    return TagArgument{turn, kind, target, EvidenceKind::none, "Dat kost de gemeente te veel"};
}
CorrectArgument correct(const Argument& a) { return CorrectArgument{a.id, a.kind, a.target, a.evidence, a.text}; }

struct Debate {
    TestSession session;
    ParticipantId voor;
    ParticipantId tegen;
};
Debate debate() {
    Debate d;
    const auto people = d.session.seated_room({Side::voor, Side::tegen});
    d.voor = people[0];
    d.tegen = people[1];
    return d;
}

}  // namespace

TEST_CASE("only the gespreksleider tags arguments", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    expect_refused(d.session.driver(), d.voor, tag(ArgumentKind::pro), ReasonCode::not_permitted);
    expect_refused(d.session.driver(), lead_id, TagArgument{{}, ArgumentKind::pro, {}, EvidenceKind::none, " "},
                   ReasonCode::text_empty);
}

TEST_CASE("turn 0 means the running turn, or else the last turn", "[rules][arguments]") {
    auto d = debate();
    const auto first = d.session.give_floor(d.voor);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    CHECK(d.session.state().argument(a)->turn == first);
    CHECK(d.session.state().argument(a)->speaker == d.voor);
    d.session.end_turn();
    const auto b = d.session.tag_argument(ArgumentKind::support, a);
    CHECK(d.session.state().argument(b)->turn == first);
    const auto second = d.session.give_floor(d.tegen);
    const auto c = d.session.tag_argument(ArgumentKind::rebuttal, a);
    CHECK(d.session.state().argument(c)->turn == second);
    // An earlier turn can still be named explicitly.
    const auto late = d.session.tag_argument(ArgumentKind::pro, {}, EvidenceKind::none, first);
    CHECK(d.session.state().argument(late)->speaker == d.voor);
    CHECK(d.session.state().turn(first)->arguments == std::vector<ArgumentId>{a, b, late});
}

TEST_CASE("an argument targets the statement or an earlier live argument of the same statement", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    const auto question = d.session.tag_argument(ArgumentKind::question);
    const auto gone = d.session.tag_argument(ArgumentKind::contra);
    d.session.lead(RetractArgument{gone});

    auto& driver = d.session.driver();
    CHECK(expect_refused(driver, lead_id, tag(ArgumentKind::rebuttal, question), ReasonCode::invalid_target)
              .param("argument") == std::to_string(question.value));
    expect_refused(driver, lead_id, tag(ArgumentKind::rebuttal, gone), ReasonCode::argument_retracted);
    expect_refused(driver, lead_id, tag(ArgumentKind::rebuttal, ArgumentId{99}), ReasonCode::unknown_argument);

    // An argument of another statement is out of reach.
    d.session.lead(CloseStatement{});
    d.session.open_statement("De kermis moet blijven");
    d.session.give_floor(d.tegen);
    expect_refused(driver, lead_id, tag(ArgumentKind::rebuttal, a), ReasonCode::invalid_target);

    // A correction may only point at an earlier argument (the graph stays acyclic).
    const auto x = d.session.tag_argument(ArgumentKind::contra);
    const auto y = d.session.tag_argument(ArgumentKind::rebuttal, x);
    Argument moved = *d.session.state().argument(x);
    moved.target = y;
    expect_refused(driver, lead_id, correct(moved), ReasonCode::invalid_target);
    moved.target = x;
    expect_refused(driver, lead_id, correct(moved), ReasonCode::invalid_target);
}

TEST_CASE("the side an argument helps follows the graph, not the speaker's bench", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    const auto pro = d.session.tag_argument(ArgumentKind::pro);
    const auto contra = d.session.tag_argument(ArgumentKind::contra);
    const auto rebut_contra = d.session.tag_argument(ArgumentKind::rebuttal, contra);
    const auto support_contra = d.session.tag_argument(ArgumentKind::support, contra);
    const auto rebut_pro = d.session.tag_argument(ArgumentKind::rebuttal, pro);
    const auto rebut_rebuttal = d.session.tag_argument(ArgumentKind::rebuttal, rebut_pro);
    const auto question = d.session.tag_argument(ArgumentKind::question, pro);
    const State& state = d.session.state();
    CHECK(state.argument(pro)->direction == Side::voor);
    CHECK(state.argument(contra)->direction == Side::tegen);
    CHECK(state.argument(rebut_contra)->direction == Side::voor);
    CHECK(state.argument(support_contra)->direction == Side::tegen);
    CHECK(state.argument(rebut_pro)->direction == Side::tegen);
    CHECK(state.argument(rebut_rebuttal)->direction == Side::voor);
    CHECK(state.argument(question)->direction == Side::twijfel);
    const auto& sides = state.tally.sides;
    CHECK(sides[static_cast<int>(Side::voor)].arguments == 3);
    CHECK(sides[static_cast<int>(Side::tegen)].arguments == 3);
    CHECK(state.tally.people[d.voor.value - 1].arguments == 6);
    CHECK(state.tally.people[d.voor.value - 1].questions == 1);
}

TEST_CASE("a correction turns the argument and its replies to their new side", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    const auto reply = d.session.tag_argument(ArgumentKind::rebuttal, a);
    Argument fixed = *d.session.state().argument(a);
    fixed.kind = ArgumentKind::contra;
    const auto corrected = only_event<ArgumentCorrected>(d.session.lead(correct(fixed)));
    CHECK(corrected.kind == ArgumentKind::contra);
    const State& state = d.session.state();
    CHECK(state.argument(a)->direction == Side::tegen);
    CHECK(state.argument(reply)->direction == Side::voor);
    CHECK(state.tally.sides[static_cast<int>(Side::voor)].arguments == 1);
    CHECK(state.tally.sides[static_cast<int>(Side::tegen)].arguments == 1);
    CHECK(state.statements.front().strength < 0.5);
    CHECK(kept_vs_recomputed(state) == "");
    expect_refused(d.session.driver(), lead_id, correct(fixed), ReasonCode::nothing_changed);
}

TEST_CASE("an argument with live replies cannot be retracted or turned into a question", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    const auto reply = d.session.tag_argument(ArgumentKind::rebuttal, a);
    auto& driver = d.session.driver();
    const auto refusal = expect_refused(driver, lead_id, RetractArgument{a}, ReasonCode::argument_has_replies);
    CHECK(refusal.param("replies") == "1");
    Argument as_question = *d.session.state().argument(a);
    as_question.kind = ArgumentKind::question;
    expect_refused(driver, lead_id, correct(as_question), ReasonCode::argument_has_replies);
    // Once the reply is retracted, both are allowed.
    d.session.lead(RetractArgument{reply});
    d.session.lead(correct(as_question));
    CHECK(d.session.state().argument(a)->direction == Side::twijfel);
    d.session.lead(RetractArgument{a});
    CHECK(d.session.state().argument(a)->retracted);
    expect_refused(driver, lead_id, RetractArgument{a}, ReasonCode::already_retracted);
    expect_refused(driver, lead_id, correct(as_question), ReasonCode::argument_retracted);
    CHECK(d.session.state().tally.people[d.voor.value - 1].arguments == 0);
    CHECK(d.session.state().tally.people[d.voor.value - 1].questions == 0);
}

TEST_CASE("marking an argument irrelevant and back", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    auto& driver = d.session.driver();
    expect_refused(driver, lead_id, SetRelevance{a, false}, ReasonCode::nothing_changed);
    expect_refused(driver, d.tegen, SetRelevance{a, true}, ReasonCode::not_permitted);
    d.session.lead(SetRelevance{a, true});
    CHECK(d.session.state().argument(a)->irrelevant);
    expect_refused(driver, lead_id, SetRelevance{a, true}, ReasonCode::nothing_changed);
    d.session.lead(SetRelevance{a, false});
    CHECK_FALSE(d.session.state().argument(a)->irrelevant);
}

TEST_CASE("a participant marks an argument convincing once, and never their own", "[rules][arguments]") {
    auto d = debate();
    d.session.give_floor(d.voor);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    auto& driver = d.session.driver();
    expect_refused(driver, d.voor, Appreciate{{}, a}, ReasonCode::cannot_appreciate_own_argument);
    d.session.appreciate(d.tegen, a);
    expect_refused(driver, d.tegen, Appreciate{{}, a}, ReasonCode::already_appreciated);
    expect_refused(driver, lead_id, Appreciate{{}, a}, ReasonCode::not_permitted);
    const auto watcher = d.session.join("Trainer", Role::observer);
    expect_refused(driver, watcher, Appreciate{{}, a}, ReasonCode::not_permitted);
    CHECK(d.session.state().argument(a)->appreciations.size() == 1);
    CHECK(d.session.state().tally.people[d.tegen.value - 1].appreciations_given == 1);
    d.session.lead(RetractArgument{a});
    expect_refused(driver, d.session.join("Nieuw"), Appreciate{{}, a}, ReasonCode::argument_retracted);
}
