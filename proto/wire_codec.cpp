#include "proto/wire_codec.hpp"

#include <utility>

#include "proto/canonical_json_reader.hpp"
#include "proto/json_codec.hpp"
#include "proto/json_envelope.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"

namespace lagerhuis::proto {

namespace json = boost::json;

// A JSON object passed through as it is (the view's sections, already canonical).
template <>
struct JsonCodec<json::object> {
    static json::value encode(const json::object& object) { return object; }
    static std::optional<DecodeError> decode(const json::value& value, json::object& out) {
        const auto* object = value.if_object();
        if (!object) return json_detail::wrong_kind("an object", value);
        out = *object;
        return std::nullopt;
    }
};

// Events travel in the session log's own form.
template <>
struct JsonCodec<core::Event> {
    static json::value encode(const core::Event& event) { return event_to_json(event); }
    static std::optional<DecodeError> decode(const json::value& value, core::Event& out) {
        auto event = event_from_json(value);
        if (!event) return event.error();
        out = std::move(*event);
        return std::nullopt;
    }
};

namespace {

template <class Variant>
std::string encode_flat(const Variant& message) {
    return std::visit(
        [](const auto& body) {
            json::object object;
            object.emplace("type", json_detail::string_value(body.type_name));
            json::value fields = to_json(body);
            for (auto& member : fields.as_object()) object.emplace(member.key(), std::move(member.value()));
            return write_json_text(object);
        },
        message);
}

template <class Variant>
core::Result<Variant, WireReason> decode_flat(std::string_view text) {
    auto parsed = parse_json_text(text);
    if (!parsed) return core::Failure{WireReason{WireCode::not_json}.with("detail", parsed.error().message())};
    json::object* object = parsed->if_object();
    if (!object)
        return core::Failure{WireReason{WireCode::bad_message}.with("field", "").with("problem", "expected an object")};
    const json::value* type = object->if_contains("type");
    if (!type) return core::Failure{WireReason{WireCode::bad_message}.with("field", "type").with("problem", "missing field")};
    const json::string* name = type->if_string();
    if (!name)
        return core::Failure{
            WireReason{WireCode::bad_message}.with("field", "type").with("problem", json_detail::wrong_kind("a string", *type).problem)};
    Variant message;
    if (!emplace_alternative_named(message, std::string_view(*name)))
        return core::Failure{WireReason{WireCode::unknown_message}.with("type", json_detail::quote_for_message(std::string_view(*name)))};
    object->erase("type");
    const json::value fields(std::move(*object));
    std::optional<DecodeError> error = std::visit([&](auto& body) { return from_json(fields, body); }, message);
    if (error) return core::Failure{WireReason{WireCode::bad_message}.with("field", error->path).with("problem", error->problem)};
    return message;
}

}  // namespace

std::string encode_client_message(const ClientMessage& message) { return encode_flat(message); }
std::optional<ClientMessage> read_canonical_client_message(std::string_view text) {
    std::optional<ClientMessage> message(std::in_place);
    if (!read_canonical(text, FlatMessage<ClientMessage>{*message})) message.reset();
    return message;
}

core::Result<ClientMessage, WireReason> decode_client_message_generic(std::string_view text) {
    return decode_flat<ClientMessage>(text);
}

// What clients send is read on the fast path when it is canonical, as event lines are
// (json_codec.cpp); server messages keep parts of their JSON and always take the generic one.
core::Result<ClientMessage, WireReason> decode_client_message(std::string_view text) {
    if (auto message = read_canonical_client_message(text)) return std::move(*message);
    return decode_client_message_generic(text);
}

std::string encode_server_message(const ServerMessage& message) { return encode_flat(message); }

SnapshotPart encode_snapshot_part(std::span<const core::Event> events, core::Seq complete_seq,
                                  std::size_t max_event_bytes) {
    // Each event is encoded once, as its line (the bytes the codec writes for it inside the
    // array too), and counted as it goes, so the cut falls where the budget ends.
    std::string joined;
    std::size_t count = 0;
    for (const auto& event : events) {
        std::string line = encode_event_line(event);
        if (count > 0 && joined.size() + 1 + line.size() > max_event_bytes) break;
        if (count > 0) joined += ',';
        joined += line;
        ++count;
    }
    SnapshotPart part;
    part.more = count < events.size();
    part.seq = part.more ? events[count - 1].seq : complete_seq;
    Snapshot head;
    head.seq = part.seq;
    head.events.emplace();
    if (part.more) head.more = true;
    part.text = encode_server_message(head);
    // The head has no view and no me, so its only array is the empty events: fill it in.
    constexpr std::string_view empty_events = "\"events\":[]";
    const auto at = part.text.find(empty_events);
    part.text.insert(at + empty_events.size() - 1, joined);
    return part;
}
core::Result<ServerMessage, WireReason> decode_server_message(std::string_view text) {
    return decode_flat<ServerMessage>(text);
}

}  // namespace lagerhuis::proto
