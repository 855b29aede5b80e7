// What a participant may do with what they see: withdrawing "overtuigt mij", taking the
// seat one has (a no-op, not an error), and the rules the page asks before it offers a
// control (core/participant_rules.hpp), which are the ones decide() refuses by.
#include <catch2/catch.hpp>

#include <vector>

#include "core/participant_rules.hpp"
#include "core/scoreboard.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::dump_state;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::kept_vs_recomputed;
using lagerhuis::tests::only_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

struct Debate {
    TestSession session;
    std::vector<ParticipantId> people;  // voor (speaking), tegen, twijfel
    TurnId turn;
    const Argument& argument(ArgumentId id) const { return *session.state().argument(id); }
};
Debate debate(SessionConfig config = test_config()) {
    Debate d{TestSession(std::move(config)), {}, {}};
    d.people = d.session.seated_room({Side::voor, Side::tegen, Side::twijfel});
    d.turn = d.session.give_floor(d.people[0]);
    return d;
}

}  // namespace

// [SECTION] Withdrawing an appreciation
TEST_CASE("a mis-tapped 'overtuigt mij' can be withdrawn, and the score goes back", "[rules][arguments][appreciation]") {
    auto config = test_config();
    config.weights.appreciation = 0.1;
    auto d = debate(config);
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const double before = d.argument(a).base;
    const double verdict_before = s.state().statements.front().strength;
    s.appreciate(d.people[1], a);
    s.appreciate(d.people[2], a);
    REQUIRE(d.argument(a).base == Approx(before + 0.2));

    const auto withdrawn = only_event<AppreciationWithdrawn>(s.accept(d.people[1], WithdrawAppreciation{{}, a}));
    CHECK(withdrawn.participant == d.people[1]);
    CHECK(withdrawn.argument == a);
    CHECK(d.argument(a).appreciations.size() == 1);
    CHECK(d.argument(a).appreciations.front().participant == d.people[2]);
    CHECK(d.argument(a).base == Approx(before + 0.1));
    CHECK(s.state().tally.people[d.people[1].value - 1].appreciations_given == 0);
    const auto board = build_scoreboard(s.state());
    CHECK(board.participants[d.people[0].value - 1].appreciations_received == 1);
    CHECK(kept_vs_recomputed(s.state()) == "");

    s.accept(d.people[2], WithdrawAppreciation{{}, a});
    CHECK(d.argument(a).base == before);
    CHECK(s.state().statements.front().strength == verdict_before);
    CHECK(kept_vs_recomputed(s.state()) == "");
    // Withdrawn is not gone for good: it may be given again.
    s.appreciate(d.people[1], a);
    CHECK(d.argument(a).appreciations.size() == 1);
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("withdrawing is refused when there is nothing to withdraw, and is one's own", "[rules][arguments][appreciation]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    auto& driver = s.driver();
    const auto refusal = expect_refused(driver, d.people[1], WithdrawAppreciation{{}, a}, ReasonCode::not_appreciated);
    CHECK(refusal.param("argument") == std::to_string(a.value));
    expect_refused(driver, d.people[1], WithdrawAppreciation{{}, ArgumentId{9}}, ReasonCode::unknown_argument);
    s.appreciate(d.people[1], a);
    expect_refused(driver, d.people[2], WithdrawAppreciation{d.people[1], a}, ReasonCode::not_permitted);
    expect_refused(driver, d.people[2], WithdrawAppreciation{{}, a}, ReasonCode::not_appreciated);
    // The gespreksleider acts for someone, as with the mark itself.
    s.lead(WithdrawAppreciation{d.people[1], a});
    CHECK(d.argument(a).appreciations.empty());
    expect_refused(driver, d.people[1], WithdrawAppreciation{{}, a}, ReasonCode::not_appreciated);
}

// [SECTION] Taking the seat one has
TEST_CASE("tapping one's own bench again is accepted and changes nothing", "[rules][seats]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor});
    const auto opa = s.add_person("Opa Jansen");
    s.lead(TakeSeat{opa, Side::tegen});
    s.wait(5 * default_opening_grace_ms);
    const std::string before = dump_state(s.state());
    const auto log_size = s.log().size();

    SECTION("by the participant") { CHECK(s.accept(people[0], TakeSeat{{}, Side::voor}).empty()); }
    SECTION("by the gespreksleider for a person without a device") {
        CHECK(s.lead(TakeSeat{opa, Side::tegen}).empty());
    }
    SECTION("by the gespreksleider for a participant with a device") {
        CHECK(s.lead(TakeSeat{people[0], Side::voor}).empty());
    }
    CHECK(dump_state(s.state()) == before);
    CHECK(s.log().size() == log_size);
}

TEST_CASE("taking the seat one has before the settling time is over fixes nothing either", "[rules][seats][opening]") {
    TestSession s;
    s.open_statement();
    const auto anna = s.join("Anna");
    s.take_seat(anna, Side::twijfel);
    s.wait(2 * default_opening_grace_ms);
    CHECK(s.accept(anna, TakeSeat{{}, Side::twijfel}).empty());
    CHECK_FALSE(s.state().statements.front().opening.has_value());
}

// [SECTION] What the page may offer
TEST_CASE("the speaker may not mark her own arguments nor flag her own turn; the rules say so before she tries",
          "[rules][arguments][fallacies]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto question = s.tag_argument(ArgumentKind::question);
    const auto watcher = s.join("Trainer", Role::observer);
    const State& state = s.state();
    const Participant speaker = *state.participant(d.people[0]);
    const Participant listener = *state.participant(d.people[1]);

    CHECK(may_appreciate(state, speaker, a)->code == ReasonCode::cannot_appreciate_own_argument);
    CHECK(may_appreciate(state, listener, a) == std::nullopt);
    CHECK(may_appreciate(state, listener, question)->code == ReasonCode::not_an_argument);
    CHECK(may_appreciate(state, *state.participant(watcher), a)->code == ReasonCode::not_permitted);
    CHECK(may_flag(state, speaker, {})->code == ReasonCode::cannot_flag_own_turn);
    CHECK(may_flag(state, speaker, d.turn)->code == ReasonCode::cannot_flag_own_turn);
    CHECK(may_flag(state, listener, {}) == std::nullopt);
    CHECK(may_flag(state, *state.participant(watcher), {})->code == ReasonCode::not_permitted);

    // decide() refuses with exactly what the rules said.
    auto& driver = s.driver();
    CHECK(expect_refused(driver, speaker.id, Appreciate{{}, a}, ReasonCode::cannot_appreciate_own_argument).code ==
          may_appreciate(state, speaker, a)->code);
    expect_refused(driver, speaker.id, FlagFallacy{{}, {}, {}, "ad_hominem"}, ReasonCode::cannot_flag_own_turn);
    expect_refused(driver, watcher, FlagFallacy{{}, {}, {}, "ad_hominem"}, ReasonCode::not_permitted);
    s.appreciate(listener.id, a);
    s.flag(listener.id, "ad_hominem");
}

TEST_CASE("before anyone spoke there is no turn to flag", "[rules][fallacies]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor});
    CHECK(may_flag(s.state(), *s.state().participant(people[0]), {})->code == ReasonCode::no_turn_yet);
    CHECK(may_flag(s.state(), *s.state().participant(people[0]), TurnId{4})->code == ReasonCode::unknown_turn);
}
