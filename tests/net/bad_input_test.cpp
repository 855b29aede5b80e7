// Bad input from the network: each gets a clear error with its reason code, and nobody
// else notices. The host never crashes on input.
#include <catch2/catch.hpp>

#include "live_session.hpp"
#include "net/wire_client.hpp"
#include "proto/wire_codec.hpp"
#include "raw_websocket.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

// A bare connection that sends exactly what a test says and keeps every answer.
struct RawConnection {
    RawConnection(net::EventLoop& loop, std::uint16_t port)
        : wire(loop, net::WireClient::Callbacks{[this] { open = true; },
                                                [this](const std::string& text) { received.push_back(text); },
                                                [this](const std::string& why) { closed = why; }}) {
        wire.connect("127.0.0.1", port);
    }
    // The wire reason codes of the errors and byes received, in order.
    std::vector<proto::WireCode> reasons() const { return tests::wire_reasons(received); }
    bool got(proto::WireCode code) const {
        const auto codes = reasons();
        return std::find(codes.begin(), codes.end(), code) != codes.end();
    }
    net::WireClient wire;
    bool open = false;
    std::vector<std::string> received;
    std::optional<std::string> closed;
};

const std::string hello = R"({"type":"hello","protocol":1,"client":"test"})";

TEST_CASE("bad input gets a clear error and affects nobody else", "[net][bad-input]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    anna->start();
    REQUIRE(run_until(loop, [&] { return anna->joined(); }));
    RawConnection raw(loop, live.port());
    REQUIRE(run_until(loop, [&] { return raw.open; }));

    SECTION("anything before hello") {
        raw.wire.send(R"({"type":"join","code":"123456","name":"Snel"})");
        REQUIRE(run_until(loop, [&] { return raw.got(proto::WireCode::say_hello_first); }));
    }
    SECTION("another protocol version closes the connection") {
        raw.wire.send(R"({"type":"hello","protocol":2,"client":"test"})");
        REQUIRE(run_until(loop, [&] { return raw.got(proto::WireCode::protocol_mismatch) && raw.closed; }));
    }
    SECTION("malformed JSON, unknown types, missing and wrong-typed fields") {
        raw.wire.send(hello);
        raw.wire.send("{\"type\":\"join\",");
        raw.wire.send(R"({"type":"shout","text":"hoi"})");
        raw.wire.send(R"({"type":"join","code":"123456"})");
        raw.wire.send(R"({"type":"join","code":123456,"name":"X"})");
        REQUIRE(run_until(loop, [&] { return raw.reasons().size() == 4; }));
        CHECK(raw.reasons() == std::vector<proto::WireCode>{proto::WireCode::not_json, proto::WireCode::unknown_message,
                                                            proto::WireCode::bad_message, proto::WireCode::bad_message});
    }
    SECTION("a wrong session code, an unknown token, a wrong secret, a command before joining") {
        raw.wire.send(hello);
        raw.wire.send(R"({"type":"join","code":"999999","name":"Indringer"})");
        raw.wire.send(R"({"type":"resume","token":"1.0123456789abcdef0123456789abcdef","seq":0})");
        raw.wire.send(R"({"type":"resume","token":"zomaar","seq":0})");
        raw.wire.send(R"({"type":"facilitate","secret":"raden","name":"Indringer"})");
        raw.wire.send(R"({"type":"command","request_id":"x","command":"raise_hand","body":{"participant":0}})");
        REQUIRE(run_until(loop, [&] { return raw.reasons().size() == 5; }));
        CHECK(raw.reasons() == std::vector<proto::WireCode>{proto::WireCode::wrong_code, proto::WireCode::unknown_token,
                                                            proto::WireCode::unknown_token, proto::WireCode::wrong_secret,
                                                            proto::WireCode::not_joined});
    }
    SECTION("an oversized frame is refused and the connection closed") {
        raw.wire.send(hello);
        raw.wire.send(R"({"type":"join","code":"123456","name":")" + std::string(proto::max_client_frame_bytes, 'a') + "\"}");
        REQUIRE(run_until(loop, [&] { return raw.closed.has_value(); }));
    }
    SECTION("a flood is rate limited, then dropped") {
        raw.wire.send(hello);
        for (int i = 0; i < 1000; ++i) raw.wire.send(R"({"type":"view_hash"})");
        REQUIRE(run_until(loop, [&] { return raw.got(proto::WireCode::rate_limited) && raw.closed; }));
    }
    SECTION("a name that is too long is refused by the rules") {
        RecordingClient long_name(loop, live.participant(std::string(200, 'x')));
        long_name->start();
        REQUIRE(run_until(loop, [&] { return long_name.refusals.count("join") == 1; }));
        CHECK(long_name.refusals.at("join").code == core::ReasonCode::name_too_long);
    }

    // Meanwhile Anna carries on as if nothing happened.
    const auto seat = anna->send(core::TakeSeat{{}, core::Side::tegen});
    REQUIRE(run_until(loop, [&] { return anna.answered(seat); }));
    CHECK(anna.acks.count(seat) == 1);
    CHECK(live.state().participants.size() == 2);  // nobody else got in
}

TEST_CASE("a session code typed with spaces or dashes is the code; another code is still wrong", "[net][bad-input]") {
    LiveSession live;
    net::EventLoop loop;
    int typist = 0;
    for (const char* typed : {"123 456", " 12 34 56 ", "123-456", "123\u2013456", "123\u00a0456", "123 457"}) {
        INFO(typed);
        auto options = live.participant("Typist " + std::to_string(++typist));
        options.code = typed;
        RecordingClient typing(loop, options);
        typing->start();
        REQUIRE(run_until(loop, [&] { return typing->joined() || typing.has_error(proto::WireCode::wrong_code); }));
        CHECK(typing->joined() == (std::string(typed) != "123 457"));
    }
}

}  // namespace
