#pragma once
// The generic JSON codec: one JsonCodec<T> per kind of field, composed through the
// `fields(s, f)` visitors the core structs declare (f("name", s.member) per member), so a
// new command, event or config field needs no codec code. Wire messages reuse it by
// declaring a `fields` of their own.
//
//   bool, integers         true/false, integers (range-checked for the C++ type)
//   double                 a number, finite (JSON has no NaN or infinity)
//   std::string            a string
//   enums with EnumNames   their name, e.g. "voor"
//   core::Id<Tag>          an integer 0..2^32-1
//   std::optional<T>       T, or omitted when empty (null also reads as empty)
//   std::vector<T>         an array
//   Refusal::params        an object of strings, order kept
//   structs with fields    an object with exactly those fields, in visitor order
//
// Decoding is strict (every field required, unknown ones refused, no coercion between
// kinds), reports the first problem with its path, and never throws.
#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/enums.hpp"
#include "core/ids.hpp"
#include "proto/decode_error.hpp"

namespace lagerhuis::proto {

template <class T>
struct JsonCodec;  // specialised below, one per kind of field

template <class T>
boost::json::value to_json(const T& value) {
    return JsonCodec<T>::encode(value);
}

// Fills `out`; on failure says what was wrong and where, and leaves `out` unspecified.
template <class T>
[[nodiscard]] std::optional<DecodeError> from_json(const boost::json::value& json, T& out) {
    return JsonCodec<T>::decode(json, out);
}

// [SECTION] Helpers shared by the codecs (json_fields.cpp)
namespace json_detail {

// "expected an integer, got a string"
DecodeError wrong_kind(std::string_view expected, const boost::json::value& got);
// "must be an integer from 0 to 4294967295, got -1"
DecodeError out_of_range(std::string_view min, std::string_view max, const boost::json::value& got);
// "unknown value 'misschien' (expected one of: voor, tegen, twijfel)"
DecodeError unknown_value(std::string_view value, std::span<const std::string_view> allowed);
// "one of: voor, tegen, twijfel" (a long list is cut short)
std::string one_of(std::span<const std::string_view> allowed);
// Quoted for an error message, cut short so a megabyte of input makes no megabyte log.
std::string quote_for_message(std::string_view text);

inline boost::json::value string_value(std::string_view text) {
    return boost::json::value(boost::json::string_view(text));
}

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

// Stands in for a real visitor when asking whether a type has `fields`.
struct FieldProbe {
    template <class M>
    void operator()(std::string_view, M&&) const {}
};

}  // namespace json_detail

template <class T>
concept HasJsonFields = requires(T& value) { T::fields(value, json_detail::FieldProbe{}); };

template <class E>
concept NamedEnum = std::is_enum_v<E> && requires { core::EnumNames<E>::names; };

// [SECTION] Scalars
template <>
struct JsonCodec<bool> {
    static boost::json::value encode(bool value) { return boost::json::value(value); }
    static std::optional<DecodeError> decode(const boost::json::value& json, bool& out);
};

template <class T>
    requires(std::integral<T> && !std::same_as<T, bool>)
struct JsonCodec<T> {
    static boost::json::value encode(T value) {
        if constexpr (std::is_signed_v<T>)
            return boost::json::value(static_cast<std::int64_t>(value));
        else
            return boost::json::value(static_cast<std::uint64_t>(value));
    }
    static std::optional<DecodeError> decode(const boost::json::value& json, T& out) {
        if (!json.is_int64() && !json.is_uint64()) return json_detail::wrong_kind("an integer", json);
        const bool fits = json.is_int64() ? std::in_range<T>(json.get_int64())
                                          : std::in_range<T>(json.get_uint64());
        if (!fits)
            return json_detail::out_of_range(std::to_string(std::numeric_limits<T>::min()),
                                             std::to_string(std::numeric_limits<T>::max()), json);
        out = json.is_int64() ? static_cast<T>(json.get_int64()) : static_cast<T>(json.get_uint64());
        return std::nullopt;
    }
};

template <>
struct JsonCodec<double> {
    static boost::json::value encode(double value) { return boost::json::value(value); }
    static std::optional<DecodeError> decode(const boost::json::value& json, double& out);
};

template <>
struct JsonCodec<std::string> {
    static boost::json::value encode(const std::string& value) { return json_detail::string_value(value); }
    static std::optional<DecodeError> decode(const boost::json::value& json, std::string& out);
};

template <NamedEnum E>
struct JsonCodec<E> {
    static constexpr std::span<const std::string_view> names{core::EnumNames<E>::names};

    static boost::json::value encode(E value) { return json_detail::string_value(core::to_string(value)); }
    static std::optional<DecodeError> decode(const boost::json::value& json, E& out) {
        const auto* text = json.if_string();
        if (!text) return json_detail::wrong_kind("a string (" + json_detail::one_of(names) + ")", json);
        const auto parsed = core::parse_enum<E>(std::string_view(*text));
        if (!parsed) return json_detail::unknown_value(std::string_view(*text), names);
        out = *parsed;
        return std::nullopt;
    }
};

template <class Tag>
struct JsonCodec<core::Id<Tag>> {
    using Number = decltype(core::Id<Tag>::value);

    static boost::json::value encode(core::Id<Tag> id) { return JsonCodec<Number>::encode(id.value); }
    static std::optional<DecodeError> decode(const boost::json::value& json, core::Id<Tag>& out) {
        return JsonCodec<Number>::decode(json, out.value);
    }
};

// [SECTION] Containers
template <class T>
struct JsonCodec<std::optional<T>> {
    static boost::json::value encode(const std::optional<T>& value) {
        return value ? to_json(*value) : boost::json::value(nullptr);
    }
    static std::optional<DecodeError> decode(const boost::json::value& json, std::optional<T>& out) {
        if (json.is_null()) {
            out.reset();
            return std::nullopt;
        }
        return from_json(json, out.emplace());
    }
};

template <class T>
struct JsonCodec<std::vector<T>> {
    static boost::json::value encode(const std::vector<T>& values) {
        boost::json::array array;
        array.reserve(values.size());
        for (const auto& value : values) array.push_back(to_json(value));
        return array;
    }
    static std::optional<DecodeError> decode(const boost::json::value& json, std::vector<T>& out) {
        const auto* array = json.if_array();
        if (!array) return json_detail::wrong_kind("an array", json);
        out.clear();
        out.reserve(array->size());
        for (std::size_t i = 0; i < array->size(); ++i) {
            if (auto error = from_json((*array)[i], out.emplace_back()))
                return std::move(*error).inside("[" + std::to_string(i) + "]");
        }
        return std::nullopt;
    }
};

// Named parameters (Refusal::params): an object reads better than pairs, and keeps order.
template <>
struct JsonCodec<std::vector<std::pair<std::string, std::string>>> {
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    static boost::json::value encode(const Pairs& pairs);
    static std::optional<DecodeError> decode(const boost::json::value& json, Pairs& out);
};

// [SECTION] Structs described by a fields visitor
template <HasJsonFields T>
struct JsonCodec<T> {
    static boost::json::value encode(const T& value) {
        boost::json::object object;
        T::fields(value, [&](std::string_view name, const auto& member) {
            if constexpr (json_detail::is_optional<std::remove_cvref_t<decltype(member)>>) {
                if (!member) return;
            }
            object.emplace(name, to_json(member));
        });
        return object;
    }

    static std::optional<DecodeError> decode(const boost::json::value& json, T& out) {
        const auto* object = json.if_object();
        if (!object) return json_detail::wrong_kind("an object", json);
        std::optional<DecodeError> error;
        std::size_t present = 0;
        T::fields(out, [&](std::string_view name, auto&& member) {
            if (error) return;
            const boost::json::value* field = find_field(*object, present, name);
            if (!field) {
                if constexpr (json_detail::is_optional<std::remove_cvref_t<decltype(member)>>)
                    member.reset();
                else
                    error = DecodeError{std::string(name), "missing field"};
                return;
            }
            ++present;
            if (auto problem = from_json(*field, member)) error = std::move(*problem).inside(name);
        });
        if (error) return error;
        if (present != object->size()) return unknown_field(*object, out);
        return std::nullopt;
    }

private:
    // Text we wrote has the fields in visitor order, so the one looked for is usually the
    // next one: checked first, it spares a search of the object for every field of a
    // long log. Keys are unique, so either way finds the same member.
    static const boost::json::value* find_field(const boost::json::object& object, std::size_t expected_at,
                                                std::string_view name) {
        if (expected_at < object.size()) {
            const auto& member = object.begin()[expected_at];
            if (member.key() == name) return &member.value();
        }
        return object.if_contains(name);
    }

    // Only on the error path: finds the member the visitor does not name.
    static DecodeError unknown_field(const boost::json::object& object, T& out) {
        for (const auto& member : object) {
            const std::string_view key = member.key();
            bool known = false;
            T::fields(out, [&](std::string_view name, auto&&) { known = known || name == key; });
            if (!known) return DecodeError{{}, "unknown field " + json_detail::quote_for_message(key)};
        }
        return DecodeError{{}, "unknown field"};
    }
};

}  // namespace lagerhuis::proto
