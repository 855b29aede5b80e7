// Drogredenen: the gespreksleider tags them, participants flag them (within a rate
// limit), the gespreksleider decides the flags.
#include <catch2/catch.hpp>

#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::only_event;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

struct Debate {
    TestSession session;
    ParticipantId speaker;
    ParticipantId listener;
    TurnId turn;
};
Debate debate(SessionConfig config = test_config()) {
    Debate d{TestSession(std::move(config)), {}, {}, {}};
    const auto people = d.session.seated_room({Side::voor, Side::tegen});
    d.speaker = people[0];
    d.listener = people[1];
    d.turn = d.session.give_floor(d.speaker);
    return d;
}

FlagFallacy flag(const char* fallacy, ArgumentId argument = {}, TurnId turn = {}) {
    return FlagFallacy{{}, turn, argument, fallacy};
}

}  // namespace

TEST_CASE("participants flag drogredenen; gespreksleiders tag them", "[rules][fallacies]") {
    auto d = debate();
    auto& driver = d.session.driver();
    expect_refused(driver, lead_id, flag("ad_hominem"), ReasonCode::not_permitted);
    expect_refused(driver, d.listener, TagFallacy{{}, {}, "ad_hominem", {}}, ReasonCode::not_permitted);
    const auto flagged = only_event<FallacyFlagged>(d.session.accept(d.listener, flag("ad_hominem")));
    CHECK(flagged.flagger == d.listener);
    CHECK(flagged.turn == d.turn);
    CHECK(d.session.state().flags.back().flagger_seat == Side::tegen);
    const auto tagged = only_event<FallacyTagged>(d.session.lead(TagFallacy{{}, {}, "straw_man", "stropop"}));
    CHECK(tagged.turn == d.turn);
    CHECK(tagged.note == "stropop");
    expect_refused(driver, lead_id, TagFallacy{{}, {}, "straw_man", std::string(max_text_length + 1, 'n')},
                   ReasonCode::text_too_long);
}

TEST_CASE("a flag or tag names a drogreden of the catalog and an argument of that turn", "[rules][fallacies]") {
    auto d = debate();
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    auto& driver = d.session.driver();
    CHECK(expect_refused(driver, d.listener, flag("red_herring"), ReasonCode::unknown_fallacy).param("fallacy") ==
          "red_herring");
    expect_refused(driver, lead_id, TagFallacy{{}, {}, "red_herring", {}}, ReasonCode::unknown_fallacy);
    expect_refused(driver, d.listener, flag("ad_hominem", ArgumentId{42}), ReasonCode::unknown_argument);
    expect_refused(driver, d.listener, flag("ad_hominem", {}, TurnId{42}), ReasonCode::unknown_turn);
    const auto second = d.session.give_floor(d.listener);
    // Argument a belongs to the first turn, not to the running one.
    expect_refused(driver, d.speaker, flag("ad_hominem", a), ReasonCode::argument_not_in_turn);
    const auto flagged = only_event<FallacyFlagged>(d.session.accept(d.speaker, flag("straw_man")));
    CHECK(flagged.turn == second);
    // Naming the earlier turn works, even after the statement closed.
    d.session.lead(CloseStatement{});
    const auto late = only_event<FallacyFlagged>(d.session.accept(d.listener, flag("ad_hominem", a, d.turn)));
    CHECK(late.argument == a);
}

TEST_CASE("nobody flags their own turn, not even through the gespreksleider", "[rules][fallacies]") {
    auto d = debate();
    expect_refused(d.session.driver(), d.speaker, flag("ad_hominem"), ReasonCode::cannot_flag_own_turn);
    expect_refused(d.session.driver(), lead_id, FlagFallacy{d.speaker, {}, {}, "ad_hominem"},
                   ReasonCode::cannot_flag_own_turn);
}

TEST_CASE("one flag per person, drogreden and argument", "[rules][fallacies]") {
    auto d = debate();
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    const auto b = d.session.tag_argument(ArgumentKind::pro);
    d.session.flag(d.listener, "ad_hominem", a);
    expect_refused(d.session.driver(), d.listener, flag("ad_hominem", a), ReasonCode::already_flagged);
    // Another argument, another drogreden, the whole turn, or another person: all new flags.
    d.session.flag(d.listener, "ad_hominem", b);
    d.session.flag(d.listener, "straw_man", a);
    d.session.flag(d.listener, "ad_hominem");
    d.session.flag(d.session.join("Carla"), "ad_hominem", a);
    CHECK(d.session.state().flags.size() == 5);
}

TEST_CASE("flag rate limit per minute", "[rules][fallacies]") {
    auto config = test_config();
    config.rules.max_flags_per_minute = 3;
    auto d = debate(config);
    auto& s = d.session;
    const char* fallacies[] = {"ad_hominem", "tu_quoque", "straw_man", "slippery_slope", "vagueness"};
    for (int i = 0; i < 3; ++i) {
        s.wait(10'000);
        s.flag(d.listener, fallacies[i]);
    }
    // Flags at 10, 20 and 30 s: a fourth within the minute is refused ...
    s.wait(39'999);
    CHECK(expect_refused(s.driver(), d.listener, flag(fallacies[3]), ReasonCode::flag_rate_limited, s.now())
              .param("per_minute") == "3");
    // ... also when the gespreksleider flags for them ...
    expect_refused(s.driver(), lead_id, FlagFallacy{d.listener, {}, {}, fallacies[3]}, ReasonCode::flag_rate_limited,
                   s.now());
    // ... but others have their own allowance, and a minute after the first flag there is room again.
    s.flag(s.join("Carla"), fallacies[3]);
    s.wait(1);
    s.flag(d.listener, fallacies[3]);
    expect_refused(s.driver(), d.listener, flag(fallacies[4]), ReasonCode::flag_rate_limited, s.now());
}

TEST_CASE("the gespreksleider confirms or dismisses a flag once", "[rules][fallacies]") {
    auto d = debate();
    const auto first = d.session.flag(d.listener, "ad_hominem");
    const auto second = d.session.flag(d.listener, "straw_man");
    auto& driver = d.session.driver();
    expect_refused(driver, d.listener, DecideFlag{first, FlagOutcome::confirmed}, ReasonCode::not_permitted);
    expect_refused(driver, lead_id, DecideFlag{first, FlagOutcome::pending}, ReasonCode::invalid_outcome);
    d.session.decide_flag(first, FlagOutcome::confirmed);
    d.session.decide_flag(second, FlagOutcome::dismissed);
    CHECK(expect_refused(driver, lead_id, DecideFlag{first, FlagOutcome::dismissed}, ReasonCode::flag_already_decided)
              .param("outcome") == "confirmed");
    const State& state = d.session.state();
    CHECK(state.flag(first)->outcome == FlagOutcome::confirmed);
    CHECK(state.flag(second)->outcome == FlagOutcome::dismissed);
    const auto& tally = state.tally.people[d.listener.value - 1];
    CHECK(tally.flags_pending == 0);
    CHECK(tally.flags_confirmed == 1);
    CHECK(tally.flags_dismissed == 1);
}

TEST_CASE("a retracted drogreden tag stays retracted", "[rules][fallacies]") {
    auto d = debate();
    const auto tag = d.session.tag_fallacy("vagueness");
    auto& driver = d.session.driver();
    expect_refused(driver, d.listener, RetractFallacyTag{tag}, ReasonCode::not_permitted);
    d.session.lead(RetractFallacyTag{tag});
    CHECK(d.session.state().fallacy_tag(tag)->retracted);
    expect_refused(driver, lead_id, RetractFallacyTag{tag}, ReasonCode::already_retracted);
    expect_refused(driver, lead_id, RetractFallacyTag{FallacyTagId{5}}, ReasonCode::unknown_fallacy_tag);
}

TEST_CASE("flags and tags need a turn to refer to", "[rules][fallacies]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor});
    expect_refused(s.driver(), people[0], flag("ad_hominem"), ReasonCode::no_turn_yet);
    expect_refused(s.driver(), lead_id, TagFallacy{{}, {}, "ad_hominem", {}}, ReasonCode::no_turn_yet);
}
