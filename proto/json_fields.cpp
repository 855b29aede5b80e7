#include "proto/json_fields.hpp"

#include <cmath>

namespace lagerhuis::proto {

namespace json = boost::json;

namespace json_detail {

namespace {

std::string_view kind_name(const json::value& value) {
    switch (value.kind()) {
        case json::kind::null: return "null";
        case json::kind::bool_: return "a boolean";
        case json::kind::int64:
        case json::kind::uint64: return "an integer";
        case json::kind::double_: return "a number with a fraction or exponent";
        case json::kind::string: return "a string";
        case json::kind::array: return "an array";
        case json::kind::object: return "an object";
    }
    return "something else";
}

std::string integer_text(const json::value& value) {
    return value.is_int64() ? std::to_string(value.get_int64()) : std::to_string(value.get_uint64());
}

}  // namespace

DecodeError wrong_kind(std::string_view expected, const json::value& got) {
    std::string problem = "expected ";
    problem += expected;
    problem += ", got ";
    problem += kind_name(got);
    return DecodeError{{}, std::move(problem)};
}

DecodeError out_of_range(std::string_view min, std::string_view max, const json::value& got) {
    std::string problem = "must be an integer from ";
    problem += min;
    problem += " to ";
    problem += max;
    problem += ", got ";
    problem += integer_text(got);
    return DecodeError{{}, std::move(problem)};
}

DecodeError unknown_value(std::string_view value, std::span<const std::string_view> allowed) {
    return DecodeError{{}, "unknown value " + quote_for_message(value) + " (expected " + one_of(allowed) + ")"};
}

std::string one_of(std::span<const std::string_view> allowed) {
    // Long vocabularies (the 50-odd reason codes) are cut, to keep log lines readable.
    constexpr std::size_t max_listed = 12;
    std::string text = "one of: ";
    for (std::size_t i = 0; i < allowed.size() && i < max_listed; ++i) {
        if (i > 0) text += ", ";
        text += allowed[i];
    }
    if (allowed.size() > max_listed) text += ", … (" + std::to_string(allowed.size() - max_listed) + " more)";
    return text;
}

std::string quote_for_message(std::string_view text) {
    constexpr std::size_t max_bytes = 60;
    // Appending (rather than "'" + string) also keeps GCC 12's -Wrestrict false alarm away.
    std::string quoted = "'";
    if (text.size() <= max_bytes) {
        quoted.append(text);
        quoted += '\'';
        return quoted;
    }
    // Cut on a UTF-8 character boundary, so the log line stays valid text.
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    quoted.append(text.substr(0, cut));
    quoted += "…' (";
    quoted += std::to_string(text.size());
    quoted += " bytes)";
    return quoted;
}

}  // namespace json_detail

std::optional<DecodeError> JsonCodec<bool>::decode(const json::value& json, bool& out) {
    if (!json.is_bool()) return json_detail::wrong_kind("a boolean", json);
    out = json.get_bool();
    return std::nullopt;
}

std::optional<DecodeError> JsonCodec<double>::decode(const json::value& json, double& out) {
    if (json.is_int64()) {
        out = static_cast<double>(json.get_int64());
    } else if (json.is_uint64()) {
        out = static_cast<double>(json.get_uint64());
    } else if (json.is_double()) {
        // The parser reads 1e400 as infinity; JSON means no such number.
        if (!std::isfinite(json.get_double())) return DecodeError{{}, "must be a finite number"};
        out = json.get_double();
    } else {
        return json_detail::wrong_kind("a number", json);
    }
    return std::nullopt;
}

std::optional<DecodeError> JsonCodec<std::string>::decode(const json::value& json, std::string& out) {
    const auto* text = json.if_string();
    if (!text) return json_detail::wrong_kind("a string", json);
    out.assign(text->data(), text->size());
    return std::nullopt;
}

json::value JsonCodec<std::vector<std::pair<std::string, std::string>>>::encode(const Pairs& pairs) {
    json::object object;
    object.reserve(pairs.size());
    for (const auto& [name, value] : pairs) object.emplace(name, json_detail::string_value(value));
    return object;
}

std::optional<DecodeError> JsonCodec<std::vector<std::pair<std::string, std::string>>>::decode(
    const json::value& json, Pairs& out) {
    const auto* object = json.if_object();
    if (!object) return json_detail::wrong_kind("an object of strings", json);
    out.clear();
    out.reserve(object->size());
    for (const auto& member : *object) {
        auto& [name, value] = out.emplace_back(std::string(member.key()), std::string());
        if (auto error = from_json(member.value(), value)) return std::move(*error).inside(name);
    }
    return std::nullopt;
}

}  // namespace lagerhuis::proto
