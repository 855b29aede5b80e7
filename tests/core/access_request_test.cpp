// The right of access: the events about one person, none about anyone else beyond what
// the room showed them (no other person's ballot, not who marked or flagged them).
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/access_request.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::TestSession;

namespace {

template <class Body>
std::vector<Body> bodies(const std::vector<Event>& events) {
    std::vector<Body> found;
    for (const auto& event : events)
        if (const auto* body = std::get_if<Body>(&event.body)) found.push_back(*body);
    return found;
}

bool names_person(const Event& event, ParticipantId who) {
    bool named = event.actor == who;
    std::visit(
        [&](const auto& body) {
            if constexpr (requires { body.participant; }) named |= body.participant == who;
            if constexpr (requires { body.flagger; }) named |= body.flagger == who;
            if constexpr (requires { body.speaker; }) named |= body.speaker == who;
        },
        event.body);
    return named;
}

// Open ballots (the session's rule), so the log keeps who voted what after the close.
SessionConfig open_ballots() {
    SessionConfig config = lagerhuis::tests::test_config();
    config.rules.anonymous_ballots = false;
    return config;
}

}  // namespace

TEST_CASE("an access request holds a person's own events and ballot, and no one else's", "[rules][privacy]") {
    TestSession s(open_ballots());
    const auto people = s.seated_room({Side::voor, Side::tegen});
    const ParticipantId anna = people[0];
    const ParticipantId bram = people[1];
    const TurnId annas_turn = s.give_floor(anna);
    const ArgumentId annas_argument = s.tag_argument(ArgumentKind::pro);
    s.end_turn();
    s.appreciate(bram, annas_argument);
    s.wait(61'000);  // the flag limit is per minute
    const FlagId flag_on_anna = s.flag(bram, "straw_man", {}, annas_turn);
    s.decide_flag(flag_on_anna, FlagOutcome::dismissed);
    const TurnId brams_turn = s.give_floor(bram);
    s.tag_argument(ArgumentKind::contra);
    s.end_turn();
    const FlagId annas_flag = s.flag(anna, "straw_man", {}, brams_turn);
    s.open_poll();
    s.cast_ballot(anna, Side::voor);
    s.cast_ballot(bram, Side::tegen);
    s.lead(ClosePoll{});

    const auto about = events_about(s.log(), anna);

    SECTION("hers: joining, seat, turn, argument, the mark and flag she got, her own flag, her ballot") {
        CHECK(bodies<ParticipantJoined>(about).size() == 1);
        CHECK(bodies<SeatChanged>(about).size() == 1);
        REQUIRE(bodies<TurnStarted>(about).size() == 1);
        CHECK(bodies<TurnStarted>(about)[0].turn == annas_turn);
        CHECK(bodies<ArgumentTagged>(about).size() == 1);
        CHECK(bodies<ArgumentAppreciated>(about).size() == 1);
        const auto flags = bodies<FallacyFlagged>(about);
        REQUIRE(flags.size() == 2);
        CHECK(std::any_of(flags.begin(), flags.end(), [&](auto& f) { return f.flag == flag_on_anna; }));
        CHECK(std::any_of(flags.begin(), flags.end(), [&](auto& f) { return f.flag == annas_flag && f.flagger == anna; }));
        CHECK(bodies<FlagDecided>(about).size() == 1);
        const auto ballots = bodies<BallotCast>(about);
        REQUIRE(ballots.size() == 1);
        CHECK(ballots[0].participant == anna);
        CHECK(ballots[0].choice == Side::voor);
    }
    SECTION("nothing names Bram: not his ballot, turn, joining, nor that he marked and flagged her") {
        for (const auto& event : about) {
            INFO("seq " << event.seq);
            CHECK_FALSE(names_person(event, bram));
        }
        CHECK(std::none_of(about.begin(), about.end(), [&](const Event& e) {
            const auto* turn = std::get_if<TurnStarted>(&e.body);
            return turn && turn->turn == brams_turn;
        }));
    }
}

TEST_CASE("the gespreksleider's actions keep their actor; a participant's on someone else lose it", "[rules][privacy]") {
    TestSession s;
    const auto people = s.seated_room({Side::voor, Side::tegen});
    s.give_floor(people[0]);
    const ArgumentId argument = s.tag_argument(ArgumentKind::pro);
    s.end_turn();
    s.appreciate(people[1], argument);
    const auto about = events_about(s.log(), people[0]);
    for (const auto& event : about) {
        if (std::holds_alternative<TurnStarted>(event.body)) CHECK(event.actor == TestSession::facilitator);
        if (std::holds_alternative<ArgumentAppreciated>(event.body)) {
            CHECK(event.actor.is_none());
            CHECK(event.request_id.empty());
        }
    }
}
