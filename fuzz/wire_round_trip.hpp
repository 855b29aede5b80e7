#pragma once
// The promises the wire codec makes about untrusted text, checked on one input. Shared by
// the libFuzzer target (wire_message_fuzzer.cpp) and the corpus replay in the ordinary
// tests (tests/proto/fuzz_corpus_test.cpp), so an input breaks both in the same way.
//
//   - a refused client or server message gets a reason a peer can be sent (not_json,
//     bad_message, unknown_message), and refused JSON text a message without a path;
//   - an accepted one re-encodes to text that decodes again and re-encodes to the same
//     bytes, so what the host relays, logs or hashes does not drift;
//   - read as an event line or a command, the fast path for canonical text
//     (proto/canonical_json_reader.hpp) reads it only if the generic codec reads the
//     same message from it.
//
// Crashes, hangs and leaks are the sanitizers' and the fuzzer's to find.
#include <optional>
#include <string>
#include <string_view>

#include "proto/json_codec.hpp"
#include "proto/json_text.hpp"
#include "proto/wire_codec.hpp"

namespace lagerhuis::fuzz {

namespace round_trip_detail {

// Enough of a message to recognise it in a report; inputs run to kilobytes.
inline std::string excerpt(std::string_view text) {
    constexpr std::size_t max_bytes = 200;
    if (text.size() <= max_bytes) return std::string(text);
    return std::string(text.substr(0, max_bytes)) + "... (" + std::to_string(text.size()) + " bytes)";
}

inline std::optional<std::string> refusal_problem(const proto::WireReason& reason) {
    switch (reason.code) {
        case proto::WireCode::not_json:
        case proto::WireCode::bad_message:
        case proto::WireCode::unknown_message: return std::nullopt;
        default: return "refused with a reason decoding never gives: " + reason.message();
    }
}

inline std::optional<std::string> refusal_problem(const proto::DecodeError& error) {
    if (!error.path.empty() || error.problem.empty())
        return "refused JSON text with an error that is not about the text as a whole: " + error.message();
    return std::nullopt;
}

template <class Decode, class Encode>
std::optional<std::string> round_trip_problem(std::string_view kind, std::string_view input, Decode decode,
                                              Encode encode) {
    const auto decoded = decode(input);
    if (!decoded) {
        if (auto problem = refusal_problem(decoded.error())) return std::string(kind) + ": " + *problem;
        return std::nullopt;
    }
    const std::string first = encode(*decoded);
    const auto again = decode(first);
    if (!again)
        return std::string(kind) + ": the re-encoding " + excerpt(first) +
               " does not decode: " + again.error().message();
    const std::string second = encode(*again);
    if (second != first)
        return std::string(kind) + ": re-encoding is not stable: " + excerpt(first) + " became " + excerpt(second);
    return std::nullopt;
}

// Where the fast path reads `input`, the generic codec must read the same message from it.
template <class ReadFast, class ReadGeneric, class Encode>
std::optional<std::string> fast_path_problem(std::string_view kind, std::string_view input, ReadFast fast_path,
                                             ReadGeneric generic_path, Encode encode) {
    const auto fast = fast_path(input);
    if (!fast) return std::nullopt;
    const auto generic = generic_path(input);
    if (!generic) return std::string(kind) + ": the fast path read what the generic codec refuses: " + generic.error().message();
    if (encode(*fast) != encode(*generic))
        return std::string(kind) + ": the fast path read " + excerpt(encode(*fast)) + ", the generic codec " +
               excerpt(encode(*generic));
    return std::nullopt;
}

}  // namespace round_trip_detail

// The first promise `input` breaks, said for a person; nothing when it keeps them all.
inline std::optional<std::string> wire_round_trip_problem(std::string_view input) {
    using round_trip_detail::round_trip_problem;
    if (auto problem = round_trip_problem(
            "client message", input, [](std::string_view text) { return proto::decode_client_message(text); },
            [](const proto::ClientMessage& message) { return proto::encode_client_message(message); }))
        return problem;
    if (auto problem = round_trip_problem(
            "server message", input, [](std::string_view text) { return proto::decode_server_message(text); },
            [](const proto::ServerMessage& message) { return proto::encode_server_message(message); }))
        return problem;
    using round_trip_detail::fast_path_problem;
    if (auto problem = fast_path_problem("event line", input, &proto::read_canonical_event_line,
                                         &proto::decode_event_line_generic, &proto::encode_event_line))
        return problem;
    if (auto problem = fast_path_problem("command", input, &proto::read_canonical_command,
                                         &proto::decode_command_generic, &proto::encode_command))
        return problem;
    if (auto problem = fast_path_problem("client message", input, &proto::read_canonical_client_message,
                                         &proto::decode_client_message_generic, &proto::encode_client_message))
        return problem;
    return round_trip_problem(
        "JSON text", input, [](std::string_view text) { return proto::parse_json_text(text); },
        [](const boost::json::value& value) { return proto::write_json_text(value); });
}

}  // namespace lagerhuis::fuzz
