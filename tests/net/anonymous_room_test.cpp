// An anonymous room over real sockets: the host's welcome says so before anyone joins (the
// page then asks no name), a participant who sends a name anyway gets the room's, and
// the session file never holds the name that was sent.
#include <catch2/catch.hpp>

#include "proto/json_codec.hpp"
#include "proto/wire_codec.hpp"
#include "tests/net/live_session.hpp"
#include "tests/net/raw_websocket.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {
namespace {

constexpr const char* sent_name = "Anna Echtenaam";

void make_room_anonymous(LiveSession& live, bool anonymous) {
    core::SessionConfig config = live.state().config;
    config.rules.anonymous_room = anonymous ? std::optional<bool>(true) : std::nullopt;
    REQUIRE(live.facilitate(core::ChangeConfig{config}).accepted());
}

// hello and join as a page sends them; what the host answered within a second.
std::vector<std::string> join_raw(std::uint16_t port, const std::string& name) {
    RawWebSocket socket(port);
    socket.send({R"({"type":"hello","protocol":)" + std::to_string(proto::protocol_version) + R"(,"client":"test"})",
                 R"({"type":"join","code":")" + std::string(live_code) + R"(","name":")" + name + R"("})"});
    return socket.read_until_closed(std::chrono::milliseconds(1'000)).messages;
}

bool has_message(const std::vector<std::string>& messages, const std::string& type, const std::string& part) {
    for (const auto& message : messages)
        if (message.find(R"("type":")" + type + '"') != std::string::npos && message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("in an anonymous room the host names the participant and the file keeps no sent name", "[net][privacy]") {
    LiveSession live;
    make_room_anonymous(live, true);
    const auto answers = join_raw(live.port(), sent_name);
    CHECK(has_message(answers, "welcome", R"("anonymous_room":true)"));
    CHECK(has_message(answers, "joined", R"("name":"Deelnemer 1")"));
    const auto empty = join_raw(live.port(), "");
    CHECK(has_message(empty, "joined", R"("name":"Deelnemer 2")"));

    SECTION("the client library gets the room's name too") {
        net::EventLoop loop;
        RecordingClient bram(loop, live.participant("Bram Echt"));
        bram->start();
        REQUIRE(run_until(loop, [&] { return bram->view().me().has_value(); }));
        CHECK(bram->view().me()->name == "Deelnemer 3");
    }
    const std::string bytes = file_bytes(live.file()) + file_bytes(live.file().string() + "-wal");
    CHECK(bytes.find("Echt") == std::string::npos);
    CHECK(bytes.find("Deelnemer 1") != std::string::npos);  // the check above can fail
}

TEST_CASE("a room that is not anonymous welcomes without the rule and keeps the sent name", "[net][privacy]") {
    LiveSession live;
    const auto answers = join_raw(live.port(), sent_name);
    CHECK_FALSE(has_message(answers, "welcome", "anonymous_room"));
    CHECK(has_message(answers, "joined", std::string(R"("name":")") + sent_name + '"'));
}

}  // namespace lagerhuis::tests
