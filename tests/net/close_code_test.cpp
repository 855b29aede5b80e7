// Each limit the host enforces ends the connection with a close frame that says which
// (RFC 6455 close codes, the wire reason code as the close reason), after the error or
// bye naming it: what a browser's onclose sees is 1009, 1008 or 1013, never a bare 1006.
#include <catch2/catch.hpp>

#include <thread>

#include "live_session.hpp"
#include "raw_websocket.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RawWebSocket;

const std::string hello = R"({"type":"hello","protocol":1,"client":"test"})";

bool has(const std::vector<proto::WireCode>& codes, proto::WireCode code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

TEST_CASE("a frame over the limit is answered with its error, then closed with 1009", "[net][bad-input]") {
    LiveSession live;
    const std::string name(4 * 1024 * 1024, 'x');
    for (const bool greeted : {false, true}) {
        INFO((greeted ? "after hello" : "before hello"));
        RawWebSocket raw(live.port());
        if (greeted) raw.send(hello);
        raw.send(R"({"type":"join","name":")" + name + R"(","code":"000000"})");
        const auto ending = raw.read_until_closed();
        CHECK(ending.close_code == 1009);
        CHECK(ending.close_reason == "message_too_large");
        CHECK(has(tests::wire_reasons(ending.messages), proto::WireCode::message_too_large));
    }
}

TEST_CASE("a client that keeps flooding is closed with 1008 after its bye", "[net][bad-input]") {
    LiveSession live;
    RawWebSocket raw(live.port());
    raw.send(hello);
    raw.send(std::vector<std::string>(1000, R"({"type":"view_hash"})"));
    const auto ending = raw.read_until_closed();
    const auto codes = tests::wire_reasons(ending.messages);
    CHECK(has(codes, proto::WireCode::rate_limited));
    REQUIRE_FALSE(codes.empty());
    CHECK(codes.back() == proto::WireCode::rate_limited);  // the bye
    CHECK(ending.close_code == 1008);
    CHECK(ending.close_reason == "rate_limited");
}

TEST_CASE("a client that stopped reading and reads again in time finds its bye and a 1013 close", "[net][slow]") {
    net::ServerOptions network;
    network.max_queued_bytes = 32 * 1024;
    network.socket_send_buffer = 16 * 1024;
    LiveSession live(network);
    RawWebSocket raw(live.port(), 16 * 1024);
    raw.send({hello, R"({"type":"join","code":")" + std::string(tests::live_code) + R"(","name":"Traag"})"});
    // Wait until it is in the room (it reads nothing yet): then every batch goes to it too.
    for (int i = 0; i < 500 && live.server().counters().subscribed == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(live.server().counters().subscribed == 1);

    REQUIRE(live.facilitate(core::GiveFloor{core::ParticipantId{2}, ""}).accepted());
    const std::string text(270, 'w');
    for (int i = 0; i < 400 && live.server().counters().dropped_slow == 0; ++i) {
        REQUIRE(live.facilitate(core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, text}).accepted());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(live.server().counters().dropped_slow == 1);
    // Reading again at once (within the host's close timer): the rest, the bye, the close.
    const auto ending = raw.read_until_closed();
    const auto codes = tests::wire_reasons(ending.messages);
    REQUIRE_FALSE(codes.empty());
    CHECK(codes.back() == proto::WireCode::too_slow);
    CHECK(ending.close_code == 1013);
    CHECK(ending.close_reason == "too_slow");
}

}  // namespace
