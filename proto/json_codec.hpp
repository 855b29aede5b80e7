#pragma once
// The JSON form of commands, events, the session configuration and refusals: what the
// session log stores and the wire carries. One generic codec (json_fields.hpp) driven by
// the structs' `fields` visitors does the work; this file adds the envelopes:
//
//   event:   {"v":1,"seq":12,"at_ms":3400,"actor":3,"request_id":"r-12",
//             "type":"turn_started","undoes":7,"body":{...}}        ("undoes" only when set)
//   command: {"v":1,"actor":3,"request_id":"r-12","type":"tag_argument","body":{...}}
//
// "v" is core::event_schema_version. Encoding is canonical (fields in visitor order, see
// write_json_text for numbers), so encode(decode(line)) == line for any line we wrote.
// Decoding is strict and never throws; see DecodeError for what it reports.
#include <optional>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "core/command.hpp"
#include "core/event.hpp"
#include "core/refusal.hpp"
#include "core/result.hpp"
#include "core/session_config.hpp"
#include "proto/decode_error.hpp"

namespace lagerhuis::proto {

boost::json::value event_to_json(const core::Event& event);
core::Result<core::Event, DecodeError> event_from_json(const boost::json::value& json);
// One line of JSON without the newline: a line of the session log.
std::string encode_event_line(const core::Event& event);
// Its body alone, as the line holds it ({"participant":3,"side":"voor",...}).
std::string encode_event_body(const core::Event& event);
core::Result<core::Event, DecodeError> decode_event_line(std::string_view text);
// decode_event_line's two paths alone (tests, the fuzzer): the line read straight into the
// event if it is as we write it (canonical_json_reader.hpp), else nullopt; and the generic
// codec (a JSON document, then the fields), which reads any valid line and words errors.
std::optional<core::Event> read_canonical_event_line(std::string_view text);
core::Result<core::Event, DecodeError> decode_event_line_generic(std::string_view text);

boost::json::value command_to_json(const core::Command& command);
core::Result<core::Command, DecodeError> command_from_json(const boost::json::value& json);
std::string encode_command(const core::Command& command);
core::Result<core::Command, DecodeError> decode_command(std::string_view text);
std::optional<core::Command> read_canonical_command(std::string_view text);  // as for events
core::Result<core::Command, DecodeError> decode_command_generic(std::string_view text);

boost::json::value config_to_json(const core::SessionConfig& config);
core::Result<core::SessionConfig, DecodeError> config_from_json(const boost::json::value& json);

// {"code":"must_wait","params":{"turns":"2"}}
boost::json::value refusal_to_json(const core::Refusal& refusal);
core::Result<core::Refusal, DecodeError> refusal_from_json(const boost::json::value& json);

}  // namespace lagerhuis::proto
