#pragma once
// Reads and writes the wire messages (wire_messages.hpp) as {"type": ..., ...fields}.
// Decoding untrusted text never throws: every problem becomes the WireReason the host
// sends back (not_json, bad_message with the field, unknown_message, ...).
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "proto/wire_messages.hpp"

namespace lagerhuis::proto {

std::string encode_client_message(const ClientMessage& message);
core::Result<ClientMessage, WireReason> decode_client_message(std::string_view text);
// decode_client_message's two paths alone (tests, the fuzzer): canonical text read straight
// into the message (canonical_json_reader.hpp), and the generic codec every other text takes.
std::optional<ClientMessage> read_canonical_client_message(std::string_view text);
core::Result<ClientMessage, WireReason> decode_client_message_generic(std::string_view text);

std::string encode_server_message(const ServerMessage& message);
core::Result<ServerMessage, WireReason> decode_server_message(std::string_view text);

}  // namespace lagerhuis::proto
