#pragma once
// Reads and writes the wire messages (wire_messages.hpp) as {"type": ..., ...fields}.
// Decoding untrusted text never throws: every problem becomes the WireReason the host
// sends back (not_json, bad_message with the field, unknown_message, ...).
#include <cstddef>
#include <optional>
#include <span>
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

// A facilitator's snapshot of `events` (the log after the client's seq, up to
// `complete_seq`), cut after as many events as fit in `max_event_bytes` of their text (at
// least one): a part, so that no message outgrows what a connection may queue. Cut short,
// it has `more` and its seq is the last event it carries; else its seq is `complete_seq`.
// Byte for byte what encode_server_message writes for the same Snapshot.
struct SnapshotPart {
    std::string text;
    core::Seq seq = 0;
    bool more = false;
};
SnapshotPart encode_snapshot_part(std::span<const core::Event> events, core::Seq complete_seq,
                                  std::size_t max_event_bytes);

}  // namespace lagerhuis::proto
