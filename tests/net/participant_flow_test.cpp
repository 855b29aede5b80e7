// Participants over real sockets against a real host and session file: what they can do,
// what each sees, and that the host's projection and the client's copy agree.
#include <catch2/catch.hpp>

#include "live_session.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

const proto::PersonalView& me(RecordingClient& client) { return *client->view().me(); }
proto::ParticipantView view(RecordingClient& client) { return *client->view().typed_view(); }

TEST_CASE("participants take seats, vote, raise hands and flag over real sockets", "[net]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    RecordingClient bram(loop, live.participant("Bram"));
    anna->start();
    bram->start();
    REQUIRE(run_until(loop, [&] { return anna->view().me() && bram->view().me(); }));
    CHECK(view(anna).statement->text == "Het zwembad moet open blijven.");
    CHECK(me(anna).name == "Anna");

    const auto sit_anna = anna->send(core::TakeSeat{{}, core::Side::voor});
    const auto sit_bram = bram->send(core::TakeSeat{{}, core::Side::tegen});
    REQUIRE(run_until(loop, [&] { return anna.answered(sit_anna) && bram.answered(sit_bram); }));
    CHECK(anna.acks.count(sit_anna) == 1);
    REQUIRE(run_until(loop, [&] { return view(anna).room.tegen == 1 && view(anna).room.voor == 1; }));
    // Her own view comes in its own message (personal_update), which may follow the batch.
    REQUIRE(run_until(loop, [&] { return me(anna).seat.has_value(); }));
    CHECK(me(anna).seat == core::Side::voor);

    SECTION("sitting where you sit is accepted and changes nothing (a no-op is no error)") {
        const auto seq = live.state().last_seq;
        const auto again = anna->send(core::TakeSeat{{}, core::Side::voor});
        REQUIRE(run_until(loop, [&] { return anna.answered(again); }));
        CHECK(anna.acks.count(again) == 1);
        CHECK(anna.refusals.count(again) == 0);
        CHECK(live.state().last_seq == seq);
    }

    SECTION("a secret poll shows how many voted, and the counts only when it closes") {
        REQUIRE(live.facilitate(core::OpenPoll{}).accepted());
        REQUIRE(run_until(loop, [&] { return view(bram).poll && view(bram).poll->open; }));
        const auto poll = view(bram).poll->id;
        const auto vote_anna = anna->send(core::CastBallot{{}, poll, core::Side::tegen});
        const auto vote_bram = bram->send(core::CastBallot{{}, poll, core::Side::tegen});
        REQUIRE(run_until(loop, [&] { return view(anna).poll->ballots == 2 && me(anna).ballot; }));
        CHECK(anna.answered(vote_anna));
        CHECK(bram.acks.count(vote_bram) == 1);
        CHECK(view(anna).poll->tegen == 0);  // still secret
        CHECK(view(anna).poll->voters.empty());
        REQUIRE(live.facilitate(core::ClosePoll{}).accepted());
        REQUIRE(run_until(loop, [&] { return !view(anna).poll->open; }));
        CHECK(view(anna).poll->tegen == 2);
        CHECK(view(anna).poll->voters.empty());  // anonymous ballots: never who voted what
    }

    SECTION("hands queue in order; a flag is private until the facilitator decides it") {
        const auto hand_anna = anna->send(core::RaiseHand{});
        REQUIRE(run_until(loop, [&] { return anna.answered(hand_anna); }));
        const auto hand_bram = bram->send(core::RaiseHand{});
        REQUIRE(run_until(loop, [&] { return me(anna).hand == 1 && me(bram).hand == 2 && view(bram).room.hands == 2; }));
        CHECK(bram.answered(hand_bram));

        REQUIRE(live.facilitate(core::GiveFloor{anna->participant(), ""}).accepted());
        REQUIRE(run_until(loop, [&] { return view(bram).turn && view(bram).turn->name == "Anna"; }));
        CHECK(view(bram).turn->running_since.has_value());
        CHECK(view(bram).turn->side == core::Side::voor);

        const auto own = anna->send(core::FlagFallacy{{}, {}, {}, "ad_hominem"});
        const auto flag = bram->send(core::FlagFallacy{{}, {}, {}, "ad_hominem"});
        REQUIRE(run_until(loop, [&] { return anna.answered(own) && bram.answered(flag) && !me(bram).flags.empty(); }));
        CHECK(anna.refusals.at(own).code == core::ReasonCode::cannot_flag_own_turn);
        CHECK(me(bram).flags.back().outcome == core::FlagOutcome::pending);
        CHECK(me(anna).flags.empty());  // Anna never learns who flagged her

        REQUIRE(live.facilitate(core::DecideFlag{me(bram).flags.back().id, core::FlagOutcome::confirmed}).accepted());
        REQUIRE(run_until(loop, [&] { return me(bram).flags.back().outcome == core::FlagOutcome::confirmed; }));
        CHECK(me(bram).summary.flags_confirmed == 1);
    }

    // Whatever happened, each client's copy equals the host's projection for it.
    for (RecordingClient* client : {&anna, &bram}) {
        (*client)->request_view_hash();
        client->host_hash.reset();
    }
    REQUIRE(run_until(loop, [&] { return anna.host_hash && bram.host_hash; }));
    for (RecordingClient* client : {&anna, &bram}) {
        INFO("client " << (*client)->participant().value);
        CHECK(client->host_hash->second == (*client)->view().seq());
        CHECK(client->host_hash->first == (*client)->view().hash());
    }
    CHECK(anna->view().gaps() == 0);
    CHECK(anna->view().duplicates() == 0);
}

TEST_CASE("the client's clock estimate follows the host's clock", "[net]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    anna->start();
    REQUIRE(run_until(loop, [&] { return anna->joined(); }));
    for (int i = 0; i < 5; ++i) {
        anna->ping();
        run_until(loop, [] { return false; }, std::chrono::milliseconds(20));
    }
    REQUIRE(anna->clock().offset_ms());
    const double client_now =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
    const double host_now = static_cast<double>(live.host().now());
    // Millisecond resolution of the host clock, plus scheduling on a loaded machine.
    CHECK(std::abs(anna->clock().host_time(client_now) - host_now) < 10.0);
}

}  // namespace
