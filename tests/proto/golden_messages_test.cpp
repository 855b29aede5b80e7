// The golden message files (tests/data/golden/*.jsonl) are shared with the browser
// page's tests, so the C++ codec and the JavaScript client read and write the same
// bytes. Each line is canonical: decoding and re-encoding gives it back unchanged.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "core/command.hpp"
#include "core/event.hpp"
#include "golden_files.hpp"
#include "proto/json_codec.hpp"

namespace {

using namespace lagerhuis;
using test::check_canonical;
using test::golden_lines;
using test::type_names_of_alternatives;

template <class Message>
std::string type_name_of(const Message& message) {
    return test::type_name_of_alternative(message.body);
}

TEST_CASE("every golden event line decodes and re-encodes byte for byte", "[codec]") {
    const auto seen = check_canonical(
        "events.jsonl", [](std::string_view line) { return proto::decode_event_line(line); },
        [](const core::Event& event) { return proto::encode_event_line(event); }, type_name_of<core::Event>);
    for (const auto& name : type_names_of_alternatives<core::EventBody>()) {
        INFO("event type without a golden line: " << name);
        CHECK(seen.count(name) == 1);
    }
}

TEST_CASE("every golden command line decodes and re-encodes byte for byte", "[codec]") {
    const auto seen = check_canonical(
        "commands.jsonl", [](std::string_view line) { return proto::decode_command(line); },
        [](const core::Command& command) { return proto::encode_command(command); }, type_name_of<core::Command>);
    for (const auto& name : type_names_of_alternatives<core::CommandBody>()) {
        INFO("command type without a golden line: " << name);
        CHECK(seen.count(name) == 1);
    }
}

TEST_CASE("the golden events show the envelope in all its forms", "[codec]") {
    // At least one event undoes another (so clients see "undoes"), and the log's
    // sequence numbers run 1, 2, 3, ... as a session log's do.
    bool some_undo = false;
    core::Seq expected_seq = 1;
    for (const auto& line : golden_lines("events.jsonl")) {
        const auto event = proto::decode_event_line(line);
        REQUIRE(event.ok());
        some_undo = some_undo || event->undoes.has_value();
        CHECK(event->seq == expected_seq++);
    }
    CHECK(some_undo);
}

}  // namespace
