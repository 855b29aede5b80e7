// A participant whose connection drops comes back as the same person, with the same
// seat, ballot and raised hand, and a command sent around the drop happens exactly once.
#include <catch2/catch.hpp>

#include <chrono>
#include <vector>

#include "live_session.hpp"
#include "proto/wire_codec.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

int seat_changes_of(const core::State& state, core::ParticipantId who) {
    int count = 0;
    for (const auto& crossing : state.crossings) count += crossing.participant == who ? 1 : 0;
    return count;
}

TEST_CASE("a reconnecting participant keeps identity, seat, ballot and hand", "[net][reconnect]") {
    LiveSession live;
    REQUIRE(live.facilitate(core::OpenPoll{}).accepted());
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    anna->start();
    REQUIRE(run_until(loop, [&] { return anna->view().me().has_value(); }));
    const auto id = anna->participant();
    const auto token = anna->token();
    const auto seat = anna->send(core::TakeSeat{{}, core::Side::voor});
    const auto hand = anna->send(core::RaiseHand{});
    const auto ballot = anna->send(core::CastBallot{{}, {}, core::Side::tegen});
    REQUIRE(run_until(loop, [&] { return anna.answered(seat) && anna.answered(hand) && anna.answered(ballot); }));
    REQUIRE(live.facilitate(core::FixPosition{core::PositionKind::opening}).accepted());  // from now on moves are crossings

    anna->drop_connection();
    // Sent while the connection is down: queued, and sent again after the resume.
    const auto crossing = anna->send(core::TakeSeat{{}, core::Side::tegen});
    REQUIRE(run_until(loop, [&] { return anna->reconnects() == 1 && anna.answered(crossing); }));
    CHECK(anna.acks.count(crossing) == 1);
    CHECK(anna->participant() == id);
    CHECK(anna->token() == token);
    REQUIRE(run_until(loop, [&] { return anna->view().me()->seat == core::Side::tegen; }));
    CHECK(anna->view().me()->hand == 1);
    CHECK(anna->view().me()->ballot == core::Side::tegen);

    const auto state = live.state();
    CHECK(state.participants.size() == 2);  // the facilitator and Anna: no second Anna
    CHECK(seat_changes_of(state, id) == 1);  // voor → tegen, once
}

TEST_CASE("a retried command is answered again and applied once", "[net][reconnect]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    anna->start();
    REQUIRE(run_until(loop, [&] { return anna->joined(); }));
    const std::string frame = proto::encode_client_message(
        proto::CommandRequest{"retry-1", core::TakeSeat{{}, core::Side::twijfel}});
    anna->send_raw(frame);
    REQUIRE(run_until(loop, [&] { return anna.answered("retry-1"); }));
    const auto first = anna.acks.at("retry-1");
    const auto seq_before = live.state().last_seq;

    anna.acks.clear();
    anna->send_raw(frame);  // the same request id, as after a lost ack
    REQUIRE(run_until(loop, [&] { return anna.answered("retry-1"); }));
    CHECK(anna.acks.at("retry-1") == first);
    CHECK(live.state().last_seq == seq_before);
}

TEST_CASE("a participant can resume after the host restarts from its file", "[net][reconnect]") {
    LiveSession live;
    std::string token;
    core::ParticipantId id;
    {
        net::EventLoop loop;
        RecordingClient anna(loop, live.participant("Anna"));
        anna->start();
        REQUIRE(run_until(loop, [&] { return anna->joined(); }));
        const auto seat = anna->send(core::TakeSeat{{}, core::Side::voor});
        REQUIRE(run_until(loop, [&] { return anna.answered(seat); }));
        token = anna->token();
        id = anna->participant();
    }
    live.restart();
    net::EventLoop loop;
    auto options = live.participant("Anna");
    options.token = token;  // a fresh client that knows only the token, as a reloaded page does
    RecordingClient again(loop, options);
    again->start();
    REQUIRE(run_until(loop, [&] { return again->view().me().has_value(); }));
    CHECK(again->participant() == id);
    CHECK(again->view().me()->seat == core::Side::voor);
    CHECK(live.state().participants.size() == 2);

    auto forged = live.participant("Mallory");
    forged.token = std::to_string(id.value) + ".00000000000000000000000000000000";
    RecordingClient mallory(loop, forged);
    mallory->start();
    REQUIRE(run_until(loop, [&] { return mallory.has_error(proto::WireCode::unknown_token) && mallory->joined(); }));
    CHECK(mallory->participant() != id);  // joined afresh as herself, not as Anna
    CHECK(live.state().participant(mallory->participant())->name == "Mallory");
}

}  // namespace

namespace {

TEST_CASE("a client the host drops as too slow comes back later each time, not at once", "[net][reconnect]") {
    using Clock = std::chrono::steady_clock;
    net::ServerOptions network;
    network.max_queued_bytes = 2 * 1024;  // less than the welcome: every connection is dropped at once
    LiveSession live(network);
    net::EventLoop loop;
    std::vector<Clock::time_point> drops;
    int told_too_slow = 0;
    net::ParticipantClient::Listener listener;
    listener.on_error = [&](const proto::WireReason& reason) { told_too_slow += reason.code == proto::WireCode::too_slow; };
    listener.on_disconnected = [&](const std::string&) { drops.push_back(Clock::now()); };
    net::ParticipantClient anna(loop, live.participant("Anna"), listener);  // first retry 50 ms
    anna.start();
    loop.run_for(std::chrono::milliseconds(2'500));
    anna.close();

    REQUIRE(told_too_slow >= 2);
    // From the too_slow step on, doubling: 100-200, 200-400, 400-800, 800-1600 ms, so at
    // most five drops in 2.5 s (it came back every 50 ms, some fifty times, before).
    CHECK(drops.size() <= 5);
    const auto slack = std::chrono::milliseconds(30);  // connecting and being dropped again
    REQUIRE(drops.size() >= 3);
    CHECK(drops[1] - drops[0] >= std::chrono::milliseconds(100) - slack);
    for (std::size_t i = 2; i < drops.size(); ++i) CHECK(drops[i] - drops[i - 1] + slack >= drops[i - 1] - drops[i - 2]);
}

}  // namespace
