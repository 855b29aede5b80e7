#pragma once
// The pieces a message envelope is made of beyond plain fields, as field adapters for
// the generic codec (json_fields.hpp), so an envelope is one more `fields` visitor:
//
//   f("v", VersionField{1});             the format version: written, and checked on read
//   f("type", VariantType{s.body});      which alternative the body is: its type_name
//   f("body", VariantBody{s.body});      the alternative's own fields
//
// The adapters refer to the message; name "type" before "body" in the visitor, because
// reading the type is what selects the alternative the body is read into.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include <boost/json/value.hpp>

#include "proto/json_fields.hpp"

namespace lagerhuis::proto {

// Reading refuses any other version: a reader that knows an older format converts
// explicitly rather than guessing.
struct VersionField {
    int version = 0;
};

template <class Variant>  // const when encoding
struct VariantType {
    Variant& variant;
};
template <class Variant>
VariantType(Variant&) -> VariantType<Variant>;

template <class Variant>
struct VariantBody {
    Variant& variant;
};
template <class Variant>
VariantBody(Variant&) -> VariantBody<Variant>;

template <class... Ts>
constexpr bool has_distinct_type_names(const std::variant<Ts...>*) {
    constexpr std::array<std::string_view, sizeof...(Ts)> names{Ts::type_name...};
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = i + 1; j < names.size(); ++j)
            if (names[i] == names[j]) return false;
    return true;
}

// Makes `variant` the alternative whose type_name is `name`; false if none is.
template <class... Ts>
bool emplace_alternative_named(std::variant<Ts...>& variant, std::string_view name) {
    return ((Ts::type_name == name && (variant.template emplace<Ts>(), true)) || ...);
}

template <>
struct JsonCodec<VersionField> {
    static boost::json::value encode(VersionField field) { return boost::json::value(field.version); }
    static std::optional<DecodeError> decode(const boost::json::value& json, VersionField& expected);
};

template <class Variant>
struct JsonCodec<VariantType<Variant>> {
    static_assert(has_distinct_type_names(static_cast<const std::remove_const_t<Variant>*>(nullptr)),
                  "two alternatives share a type_name, so the wire could not tell them apart");

    static boost::json::value encode(const VariantType<Variant>& field) {
        return std::visit([](const auto& body) { return json_detail::string_value(body.type_name); },
                          field.variant);
    }
    static std::optional<DecodeError> decode(const boost::json::value& json, VariantType<Variant>& field) {
        const auto* name = json.if_string();
        if (!name) return json_detail::wrong_kind("a string", json);
        if (!emplace_alternative_named(field.variant, std::string_view(*name)))
            return DecodeError{{}, "unknown type " + json_detail::quote_for_message(std::string_view(*name))};
        return std::nullopt;
    }
};

template <class Variant>
struct JsonCodec<VariantBody<Variant>> {
    static boost::json::value encode(const VariantBody<Variant>& field) {
        return std::visit([](const auto& body) { return to_json(body); }, field.variant);
    }
    static std::optional<DecodeError> decode(const boost::json::value& json, VariantBody<Variant>& field) {
        return std::visit([&](auto& body) { return from_json(json, body); }, field.variant);
    }
};

}  // namespace lagerhuis::proto
