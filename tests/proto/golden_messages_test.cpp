// The golden message files (tests/data/golden/*.jsonl) are shared with the browser
// page's tests, so the C++ codec and the JavaScript client read and write the same
// bytes. Each line is canonical: decoding and re-encoding gives it back unchanged.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/command.hpp"
#include "core/event.hpp"
#include "proto/json_codec.hpp"

namespace {

using namespace lagerhuis;

std::vector<std::string> golden_lines(const std::string& name) {
    std::ifstream file(std::string(LAGERHUIS_TEST_DATA_DIR) + "/golden/" + name, std::ios::binary);
    REQUIRE(file.is_open());
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);) lines.push_back(line);
    REQUIRE_FALSE(lines.empty());
    return lines;
}

template <class Variant>
std::set<std::string> type_names_of_alternatives() {
    std::set<std::string> names;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (names.emplace(std::variant_alternative_t<I, Variant>::type_name), ...);
    }(std::make_index_sequence<std::variant_size_v<Variant>>{});
    return names;
}

template <class Message>
std::string type_name_of(const Message& message) {
    return std::visit([](const auto& body) { return std::string(body.type_name); }, message.body);
}

// Decodes and re-encodes every line; returns the type names it met.
template <class Decode, class Encode>
std::set<std::string> check_canonical(const std::string& file, Decode decode, Encode encode) {
    std::set<std::string> seen;
    const auto lines = golden_lines(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(file << " line " << i + 1 << ": " << lines[i].substr(0, 200));
        const auto decoded = decode(lines[i]);
        if (!decoded.ok()) FAIL(decoded.error().message());
        CHECK(encode(*decoded) == lines[i]);
        seen.insert(type_name_of(*decoded));
    }
    return seen;
}

TEST_CASE("every golden event line decodes and re-encodes byte for byte", "[codec]") {
    const auto seen = check_canonical(
        "events.jsonl", [](std::string_view line) { return proto::decode_event_line(line); },
        [](const core::Event& event) { return proto::encode_event_line(event); });
    for (const auto& name : type_names_of_alternatives<core::EventBody>()) {
        INFO("event type without a golden line: " << name);
        CHECK(seen.count(name) == 1);
    }
}

TEST_CASE("every golden command line decodes and re-encodes byte for byte", "[codec]") {
    const auto seen = check_canonical(
        "commands.jsonl", [](std::string_view line) { return proto::decode_command(line); },
        [](const core::Command& command) { return proto::encode_command(command); });
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
