// A client that stops reading is dropped with a reason before it can grow the host's
// memory, and the others keep getting their batches on time.
#include <catch2/catch.hpp>

#include "live_session.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

TEST_CASE("a stalled client among many is dropped and the others are unaffected", "[net][slow]") {
    net::ServerOptions network;
    network.max_queued_bytes = 32 * 1024;
    network.socket_send_buffer = 16 * 1024;
    LiveSession live(network);
    net::EventLoop loop;
    std::vector<std::unique_ptr<RecordingClient>> clients;
    for (int i = 0; i < 12; ++i) {
        clients.push_back(std::make_unique<RecordingClient>(loop, live.participant("Deelnemer " + std::to_string(i + 1))));
        (*clients.back())->start();
    }
    RecordingClient& stalled = *clients.front();
    REQUIRE(run_until(loop, [&] {
        return std::all_of(clients.begin(), clients.end(), [](auto& c) { return (*c)->view().me().has_value(); });
    }));
    stalled->stall(true);

    // Long arguments make every batch carry a few kilobytes.
    REQUIRE(live.facilitate(core::GiveFloor{core::ParticipantId{3}, ""}).accepted());
    const std::string text(270, 'w');
    core::Seq last = 0;
    for (int i = 0; i < 400 && live.server().counters().dropped_slow == 0; ++i) {
        auto tagged = live.facilitate(core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, text});
        REQUIRE(tagged.accepted());
        last = tagged.seq;
        loop.run_for(std::chrono::milliseconds(10));
    }
    CHECK(live.server().counters().dropped_slow == 1);
    // Every other client caught up with the last argument.
    REQUIRE(run_until(loop, [&] {
        return std::all_of(clients.begin() + 1, clients.end(), [&](auto& c) { return (*c)->view().seq() >= last; });
    }));
    for (auto it = clients.begin() + 1; it != clients.end(); ++it) CHECK((**it)->view().gaps() == 0);
    stalled->stall(false);
    REQUIRE(run_until(loop, [&] { return stalled.has_error(proto::WireCode::too_slow) || !stalled.disconnects.empty(); }));
}

}  // namespace
