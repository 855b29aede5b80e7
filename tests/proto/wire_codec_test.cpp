// Untrusted text from the network: every kind of bad message gets the wire reason a
// client can render, and nothing throws.
#include <catch2/catch.hpp>

#include <span>
#include <string>
#include <vector>

#include "core/shipped_assets.hpp"
#include "proto/json_codec.hpp"
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

// A facilitator's log in parts (issue #24): each part fits the budget, the parts together
// are the log, and a part is exactly the codec's own text for the same snapshot.
std::vector<core::Event> statements_added(int count) {
    std::vector<core::Event> events;
    for (int i = 1; i <= count; ++i)
        events.push_back(core::Event{static_cast<core::Seq>(i), 1'000 * i, core::ParticipantId{1}, "r" + std::to_string(i),
                                     std::nullopt, core::StatementAdded{core::StatementId{static_cast<std::uint32_t>(i)},
                                                          "Stelling nummer " + std::to_string(i) + "."}});
    return events;
}

TEST_CASE("a facilitator's log is cut into parts that fit the budget and together make the whole", "[wire]") {
    const auto log = statements_added(40);
    const std::size_t line = proto::encode_event_line(log[9]).size();
    std::vector<core::Event> received;
    core::Seq since = 0;
    int parts = 0;
    for (bool more = true; more; ++parts) {
        const auto part = proto::encode_snapshot_part(std::span(log).subspan(since), 40, 5 * line + 4);
        auto decoded = proto::decode_server_message(part.text);
        REQUIRE(decoded.ok());
        const auto& snapshot = std::get<proto::Snapshot>(*decoded);
        CHECK(part.text == proto::encode_server_message(snapshot));  // canonical: as the codec writes it
        REQUIRE(snapshot.events);
        CHECK(snapshot.events->size() <= 5);
        CHECK(snapshot.seq == part.seq);
        CHECK(snapshot.continues() == part.more);
        CHECK(snapshot.seq == snapshot.events->back().seq);
        received.insert(received.end(), snapshot.events->begin(), snapshot.events->end());
        since = part.seq;
        more = part.more;
    }
    CHECK(parts == 8);
    CHECK(received.size() == log.size());
    CHECK(proto::encode_event_line(received.back()) == proto::encode_event_line(log.back()));
}

TEST_CASE("a part carries at least one event, and a whole log in budget is one complete snapshot", "[wire]") {
    const auto log = statements_added(3);
    const auto tiny = proto::encode_snapshot_part(log, 3, 1);
    CHECK(tiny.more);
    CHECK(tiny.seq == 1);
    const auto whole = proto::encode_snapshot_part(log, 3, 1 << 20);
    CHECK_FALSE(whole.more);
    CHECK(whole.text == proto::encode_server_message(proto::Snapshot{3, std::nullopt, std::nullopt, log, std::nullopt}));
    // Nothing after the client's seq: an empty, complete snapshot at the host's seq.
    const auto nothing = proto::encode_snapshot_part({}, 7, 1 << 20);
    CHECK_FALSE(nothing.more);
    CHECK(nothing.text == R"({"type":"snapshot","seq":7,"events":[]})");
}

}  // namespace
