#include "proto/json_codec.hpp"

#include <utility>

#include "proto/canonical_json_reader.hpp"
#include "proto/json_envelope.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"

namespace lagerhuis::proto {

namespace json = boost::json;

namespace {

// The envelopes as field visitors over the message they wrap, so the generic codec reads
// and writes them like any struct (required fields, unknown ones refused, paths).
template <class Message>  // core::Event, const when encoding
struct EventEnvelope {
    Message& event;

    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("v", VersionField{core::event_schema_version});
        f("seq", s.event.seq);
        f("at_ms", s.event.at_ms);
        f("actor", s.event.actor);
        f("request_id", s.event.request_id);
        f("type", VariantType{s.event.body});
        f("undoes", s.event.undoes);
        f("body", VariantBody{s.event.body});
    }
};

template <class Message>  // core::Command, const when encoding
struct CommandEnvelope {
    Message& command;

    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("v", VersionField{core::event_schema_version});
        f("actor", s.command.actor);
        f("request_id", s.command.request_id);
        f("type", VariantType{s.command.body});
        f("body", VariantBody{s.command.body});
    }
};

// A view of the message to read into: the message itself, or an envelope around it.
template <class Message>
Message& itself(Message& message) {
    return message;
}

template <class Message, class ViewOf>
core::Result<Message, DecodeError> decode_through(const json::value& json, ViewOf view_of) {
    Message message{};
    decltype(auto) view = view_of(message);
    if (auto error = from_json(json, view)) return core::Failure{std::move(*error)};
    return message;
}

EventEnvelope<core::Event> event_envelope(core::Event& event) { return {event}; }
CommandEnvelope<core::Command> command_envelope(core::Command& command) { return {command}; }

template <class Message, class Envelope>
std::optional<Message> read_canonical_message(std::string_view text, Envelope (*envelope)(Message&)) {
    std::optional<Message> message(std::in_place);
    if (!read_canonical(text, envelope(*message))) message.reset();
    return message;
}

template <class Message>
core::Result<Message, DecodeError> decode_generic(std::string_view text,
                                                  core::Result<Message, DecodeError> (*from_value)(const json::value&)) {
    auto json = parse_json_text(text);
    if (!json) return core::Failure{json.error()};
    return from_value(*json);
}

// Text we wrote reads on the fast path (a long log is 100,000 lines); anything else, and
// every error, through a JSON document and the generic codec.
template <class Message>
core::Result<Message, DecodeError> decode_message(std::string_view text,
                                                  std::optional<Message> (*read_fast)(std::string_view),
                                                  core::Result<Message, DecodeError> (*read_generic)(std::string_view)) {
    if (auto message = read_fast(text)) return std::move(*message);
    return read_generic(text);
}

}  // namespace

json::value event_to_json(const core::Event& event) { return to_json(EventEnvelope<const core::Event>{event}); }

core::Result<core::Event, DecodeError> event_from_json(const json::value& json) {
    return decode_through<core::Event>(json, &event_envelope);
}

std::string encode_event_line(const core::Event& event) { return write_json_text(event_to_json(event)); }

std::string encode_event_body(const core::Event& event) { return write_json_text(event_to_json(event).as_object().at("body")); }

std::optional<core::Event> read_canonical_event_line(std::string_view text) {
    return read_canonical_message(text, &event_envelope);
}

core::Result<core::Event, DecodeError> decode_event_line_generic(std::string_view text) {
    return decode_generic(text, &event_from_json);
}

core::Result<core::Event, DecodeError> decode_event_line(std::string_view text) {
    return decode_message(text, &read_canonical_event_line, &decode_event_line_generic);
}

json::value command_to_json(const core::Command& command) {
    return to_json(CommandEnvelope<const core::Command>{command});
}

core::Result<core::Command, DecodeError> command_from_json(const json::value& json) {
    return decode_through<core::Command>(json, &command_envelope);
}

std::string encode_command(const core::Command& command) { return write_json_text(command_to_json(command)); }

std::optional<core::Command> read_canonical_command(std::string_view text) {
    return read_canonical_message(text, &command_envelope);
}

core::Result<core::Command, DecodeError> decode_command_generic(std::string_view text) {
    return decode_generic(text, &command_from_json);
}

core::Result<core::Command, DecodeError> decode_command(std::string_view text) {
    return decode_message(text, &read_canonical_command, &decode_command_generic);
}

json::value config_to_json(const core::SessionConfig& config) { return to_json(config); }

core::Result<core::SessionConfig, DecodeError> config_from_json(const json::value& json) {
    return decode_through<core::SessionConfig>(json, &itself<core::SessionConfig>);
}

json::value refusal_to_json(const core::Refusal& refusal) { return to_json(refusal); }

core::Result<core::Refusal, DecodeError> refusal_from_json(const json::value& json) {
    return decode_through<core::Refusal>(json, &itself<core::Refusal>);
}

}  // namespace lagerhuis::proto
