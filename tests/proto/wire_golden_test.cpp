// The wire protocol's golden messages (tests/data/golden/wire/), which the browser
// page's tests read too: every message type has a sample, and every sample is canonical.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "golden_files.hpp"
#include "proto/wire_codec.hpp"

namespace {

using namespace lagerhuis;

template <class Variant>
void check_every_type_has_a_canonical_sample(const std::string& file, auto decode, auto encode) {
    const auto seen = test::check_canonical(file, decode, encode,
                                            [](const Variant& message) { return test::type_name_of_alternative(message); });
    for (const auto& name : test::type_names_of_alternatives<Variant>()) {
        INFO("message type without a golden line in " << file << ": " << name);
        CHECK(seen.count(name) == 1);
    }
}

TEST_CASE("every golden client message decodes and re-encodes byte for byte", "[wire]") {
    check_every_type_has_a_canonical_sample<proto::ClientMessage>(
        "wire/client.jsonl", [](std::string_view line) { return proto::decode_client_message(line); },
        [](const proto::ClientMessage& message) { return proto::encode_client_message(message); });
}

TEST_CASE("every golden server message decodes and re-encodes byte for byte", "[wire]") {
    check_every_type_has_a_canonical_sample<proto::ServerMessage>(
        "wire/server.jsonl", [](std::string_view line) { return proto::decode_server_message(line); },
        [](const proto::ServerMessage& message) { return proto::encode_server_message(message); });
}

}  // namespace
