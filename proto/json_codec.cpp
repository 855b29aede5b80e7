#include "proto/json_codec.hpp"

#include <cstddef>
#include <utility>
#include <vector>

#include <boost/json/monotonic_resource.hpp>

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

// Scratch storage for decoding one event line at a time (see decode_event_line).
class EventArena {
public:
    json::storage_ptr storage() { return json::storage_ptr(&resource_); }
    // Only once no value built in it is left.
    void clear() noexcept { resource_.release(); }

private:
    // Room for any event line but SessionCreated's (a whole catalog), which borrows more
    // from the heap until clear(). On the heap, as thread-local storage should be small.
    static constexpr std::size_t kept_bytes = 16 * 1024;
    std::vector<unsigned char> buffer_ = std::vector<unsigned char>(kept_bytes);
    json::monotonic_resource resource_{buffer_.data(), buffer_.size()};
};

template <class Message>
core::Result<Message, DecodeError> decode_text(std::string_view text,
                                               core::Result<Message, DecodeError> (*from_value)(const json::value&)) {
    auto json = parse_json_text(text);
    if (!json) return core::Failure{json.error()};
    return from_value(*json);
}

}  // namespace

json::value event_to_json(const core::Event& event) { return to_json(EventEnvelope<const core::Event>{event}); }

core::Result<core::Event, DecodeError> event_from_json(const json::value& json) {
    return decode_through<core::Event>(json, [](core::Event& event) { return EventEnvelope<core::Event>{event}; });
}

std::string encode_event_line(const core::Event& event) { return write_json_text(event_to_json(event)); }

core::Result<core::Event, DecodeError> decode_event_line(std::string_view text) {
    // An event holds only plain values (strings, numbers, vectors), nothing that points into
    // the parsed JSON, so its value can live in an arena the thread reuses for every line:
    // a log of 100,000 events then costs no allocation per JSON object or string. (Wire
    // messages may keep a json::object, whose copies share their source's storage: those
    // are parsed on the heap, above.)
    thread_local EventArena arena;
    auto event = [&]() -> core::Result<core::Event, DecodeError> {
        auto json = parse_json_text(text, arena.storage());
        if (!json) return core::Failure{json.error()};
        return event_from_json(*json);
    }();
    arena.clear();
    return event;
}

json::value command_to_json(const core::Command& command) {
    return to_json(CommandEnvelope<const core::Command>{command});
}

core::Result<core::Command, DecodeError> command_from_json(const json::value& json) {
    return decode_through<core::Command>(json,
                                         [](core::Command& command) { return CommandEnvelope<core::Command>{command}; });
}

std::string encode_command(const core::Command& command) { return write_json_text(command_to_json(command)); }

core::Result<core::Command, DecodeError> decode_command(std::string_view text) {
    return decode_text(text, &command_from_json);
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
