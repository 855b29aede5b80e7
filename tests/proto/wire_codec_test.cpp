// Untrusted text from the network: every kind of bad message gets the wire reason a
// client can render, and nothing throws.
#include <catch2/catch.hpp>

#include <string>

#include "core/shipped_assets.hpp"
#include "proto/wire_codec.hpp"

namespace {

using namespace lagerhuis;
using proto::WireCode;

proto::WireReason refusal_of(std::string_view text) {
    auto decoded = proto::decode_client_message(text);
    REQUIRE_FALSE(decoded.ok());
    return decoded.error();
}

TEST_CASE("bad client messages are answered with the reason and the field", "[wire]") {
    CHECK(refusal_of("{\"type\":\"join\"").code == WireCode::not_json);
    CHECK(refusal_of("").code == WireCode::not_json);
    CHECK(refusal_of("[1,2]").code == WireCode::bad_message);
    CHECK(refusal_of("{\"code\":\"1\"}").param("field") == "type");
    CHECK(refusal_of("{\"type\":7}").param("field") == "type");

    const auto unknown = refusal_of("{\"type\":\"shout\",\"text\":\"hoi\"}");
    CHECK(unknown.code == WireCode::unknown_message);
    CHECK(unknown.param("type").find("shout") != std::string_view::npos);

    const auto missing = refusal_of("{\"type\":\"join\",\"code\":\"123456\"}");
    CHECK(missing.code == WireCode::bad_message);
    CHECK(missing.param("field") == "name");
    CHECK(missing.param("problem") == "missing field");

    const auto wrong_kind = refusal_of("{\"type\":\"resume\",\"token\":\"t\",\"seq\":\"12\"}");
    CHECK(wrong_kind.param("field") == "seq");

    const auto extra = refusal_of("{\"type\":\"hello\",\"protocol\":1,\"client\":\"web\",\"admin\":true}");
    CHECK(extra.code == WireCode::bad_message);
    CHECK(extra.param("problem").find("admin") != std::string_view::npos);

    const auto bad_side = refusal_of(
        "{\"type\":\"command\",\"request_id\":\"c\",\"command\":\"take_seat\",\"body\":{\"participant\":0,\"side\":\"misschien\"}}");
    CHECK(bad_side.param("field") == "body.side");

    const auto bad_command = refusal_of("{\"type\":\"command\",\"request_id\":\"c\",\"command\":\"become_admin\",\"body\":{}}");
    CHECK(bad_command.code == WireCode::bad_message);
    CHECK(bad_command.param("field") == "command");
}

TEST_CASE("a command message carries any core command with its request id", "[wire]") {
    const auto decoded = proto::decode_client_message(
        "{\"type\":\"command\",\"request_id\":\"c-9\",\"command\":\"cast_ballot\",\"body\":{\"participant\":0,\"poll\":3,\"choice\":\"voor\"}}");
    REQUIRE(decoded.ok());
    const auto& request = std::get<proto::CommandRequest>(*decoded);
    CHECK(request.request_id == "c-9");
    const auto& ballot = std::get<core::CastBallot>(request.body);
    CHECK(ballot.poll.value == 3);
    CHECK(ballot.choice == core::Side::voor);
}

TEST_CASE("deeply nested or huge input is refused without harm", "[wire]") {
    const std::string deep = std::string(5000, '[') + std::string(5000, ']');
    CHECK(refusal_of(deep).code == WireCode::not_json);
    const std::string long_name = "{\"type\":\"join\",\"code\":\"1\",\"name\":\"" + std::string(100000, 'a') + "\"}";
    const auto decoded = proto::decode_client_message(long_name);
    CHECK(decoded.ok());  // the host checks the length (core::max_name_length), not the decoder
}

}  // namespace

namespace {

TEST_CASE("every wire reason code has a text in Dutch and English", "[wire][catalog]") {
    auto assets = proto::load_session_assets(tests::shipped_assets_dir());
    REQUIRE(assets.ok());
    for (std::size_t i = 0; i < core::EnumNames<WireCode>::names.size(); ++i) {
        const proto::WireReason reason{static_cast<WireCode>(i)};
        INFO(proto::message_key(reason));
        CHECK(assets->messages.has_text(proto::message_key(reason), core::Language::nl));
        CHECK(assets->messages.has_text(proto::message_key(reason), core::Language::en));
    }
    const auto text = assets->messages.render(
        "wire.rate_limited", {{"per_second", "20"}}, core::Language::nl);
    CHECK(text.find("20 per seconde") != std::string::npos);
}

}  // namespace
