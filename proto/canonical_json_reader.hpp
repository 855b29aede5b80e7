#pragma once
// A fast path for reading messages we wrote ourselves: the canonical text of
// write_json_text (no whitespace, fields in visitor order, optionals left out when
// empty) read straight into the structs through their `fields` visitors, with no JSON
// document built in between. Opening a long session file decodes 100,000 event lines,
// and building a document per line cost more than folding the events.
//
// It never decides anything on its own: whatever is not plainly canonical (whitespace,
// fields out of order or unknown, escapes as \u, numbers or strings of the wrong kind,
// invalid text of any sort) makes it give up, and the caller reads the text with the
// generic codec (json_fields.hpp), which accepts what JSON allows and explains what is
// wrong. So where this reader succeeds it gives exactly what the generic codec gives;
// tests/proto/canonical_json_reader_test.cpp compares the two on valid and damaged text.
//
//   if (!read_canonical(text, envelope)) ...   // the generic codec reads it
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/enums.hpp"
#include "core/ids.hpp"
#include "proto/json_envelope.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"

namespace lagerhuis::proto {

// The text being read, and the primitive tokens of canonical JSON. Every read either
// consumes its token and returns true, or returns false (the caller gives up).
class CanonicalCursor {
public:
    explicit CanonicalCursor(std::string_view text) : at_(text.data()), end_(text.data() + text.size()) {}

    bool at_end() const { return at_ == end_; }
    bool next_is(char c) const { return at_ != end_ && *at_ == c; }
    bool take(char c) {
        if (!next_is(c)) return false;
        ++at_;
        return true;
    }
    bool take_literal(std::string_view word);
    // A string without \u escapes, valid UTF-8 (the generic parser's rule), unescaped into `out`.
    bool read_string(std::string& out);
    // The next key, if it is `name` (followed by its colon); the cursor stays put if not.
    bool take_key(std::string_view name);
    // A JSON integer (no fraction or exponent) that fits T.
    template <class T>
    bool read_integer(T& out);
    // Any JSON number, as the generic codec reads it into a double.
    bool read_number(double& out);

    const char* position() const { return at_; }
    void rewind(const char* position) { at_ = position; }

private:
    // The extent of a number that follows JSON's grammar; false if the text is not one.
    bool number_token(std::string_view& token, bool& integral);

    const char* at_;
    const char* end_;
};

template <class T>
bool CanonicalCursor::read_integer(T& out) {
    std::string_view token;
    bool integral = false;
    if (!number_token(token, integral) || !integral) return false;
    // from_chars refuses what does not fit T, and "-0" for unsigned T: the generic codec
    // takes the latter, so the caller does too.
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), out);
    if (error != std::errc{} || end != token.data() + token.size()) return false;
    at_ = end;
    return true;
}

template <class T>
struct CanonicalReader;  // specialised below, one per kind of field, as JsonCodec

template <class T>
bool read_canonical_value(CanonicalCursor& cursor, T& out) {
    return CanonicalReader<T>::read(cursor, out);
}

// The whole text read into `out` (a message, or an envelope around one); false when the
// generic codec must read it, leaving `out` unspecified.
template <class T>
[[nodiscard]] bool read_canonical(std::string_view text, T&& out) {
    if (text.size() > max_json_text_bytes) return false;
    CanonicalCursor cursor(text);
    return read_canonical_value(cursor, out) && cursor.at_end();
}

template <>
struct CanonicalReader<bool> {
    static bool read(CanonicalCursor& cursor, bool& out) {
        if (cursor.take_literal("true")) return out = true, true;
        if (cursor.take_literal("false")) return out = false, true;
        return false;
    }
};

template <class T>
    requires(std::integral<T> && !std::same_as<T, bool>)
struct CanonicalReader<T> {
    static bool read(CanonicalCursor& cursor, T& out) { return cursor.read_integer(out); }
};

template <>
struct CanonicalReader<double> {
    static bool read(CanonicalCursor& cursor, double& out) { return cursor.read_number(out); }
};

template <>
struct CanonicalReader<std::string> {
    static bool read(CanonicalCursor& cursor, std::string& out) { return cursor.read_string(out); }
};

template <NamedEnum E>
struct CanonicalReader<E> {
    static bool read(CanonicalCursor& cursor, E& out) {
        thread_local std::string name;
        if (!cursor.read_string(name)) return false;
        const auto parsed = core::parse_enum<E>(name);
        if (!parsed) return false;
        out = *parsed;
        return true;
    }
};

template <class Tag>
struct CanonicalReader<core::Id<Tag>> {
    static bool read(CanonicalCursor& cursor, core::Id<Tag>& out) { return cursor.read_integer(out.value); }
};

template <class T>
struct CanonicalReader<std::optional<T>> {
    static bool read(CanonicalCursor& cursor, std::optional<T>& out) {
        if (cursor.take_literal("null")) {
            out.reset();
            return true;
        }
        return read_canonical_value(cursor, out.emplace());
    }
};

template <class T>
struct CanonicalReader<std::vector<T>> {
    static bool read(CanonicalCursor& cursor, std::vector<T>& out) {
        out.clear();
        if (!cursor.take('[')) return false;
        if (cursor.take(']')) return true;
        do {
            if (!read_canonical_value(cursor, out.emplace_back())) return false;
        } while (cursor.take(','));
        return cursor.take(']');
    }
};

template <>
struct CanonicalReader<std::vector<std::pair<std::string, std::string>>> {
    static bool read(CanonicalCursor& cursor, std::vector<std::pair<std::string, std::string>>& out) {
        out.clear();
        if (!cursor.take('{')) return false;
        if (cursor.take('}')) return true;
        do {
            auto& [name, value] = out.emplace_back();
            // Two parameters of one name: the generic codec's object would keep one.
            if (!cursor.read_string(name) || !cursor.take(':') || !cursor.read_string(value)) return false;
            for (std::size_t i = 0; i + 1 < out.size(); ++i)
                if (out[i].first == name) return false;
        } while (cursor.take(','));
        return cursor.take('}');
    }
};

// The fields of `out` in visitor order, from within an object: `first` when none came before.
template <HasJsonFields T>
bool read_canonical_members(CanonicalCursor& cursor, T& out, bool first) {
    bool ok = true;
    T::fields(out, [&](std::string_view name, auto&& member) {
        if (!ok) return;
        const char* before = cursor.position();
        if ((first || cursor.take(',')) && cursor.take_key(name)) {
            first = false;
            ok = read_canonical_value(cursor, member);
            return;
        }
        cursor.rewind(before);
        // Left out: only an optional may be, and only then is it empty.
        if constexpr (json_detail::is_optional<std::remove_cvref_t<decltype(member)>>) member.reset();
        else ok = false;
    });
    return ok;
}

template <HasJsonFields T>
struct CanonicalReader<T> {
    static bool read(CanonicalCursor& cursor, T& out) {
        return cursor.take('{') && read_canonical_members(cursor, out, true) && cursor.take('}');
    }
};

template <>
struct CanonicalReader<VersionField> {
    static bool read(CanonicalCursor& cursor, VersionField& expected) {
        int version = 0;
        return cursor.read_integer(version) && version == expected.version;
    }
};

template <class Variant>
struct CanonicalReader<VariantType<Variant>> {
    static bool read(CanonicalCursor& cursor, VariantType<Variant>& field) {
        thread_local std::string name;
        return cursor.read_string(name) && emplace_alternative_named(field.variant, name);
    }
};

template <class Variant>
struct CanonicalReader<VariantBody<Variant>> {
    static bool read(CanonicalCursor& cursor, VariantBody<Variant>& field) {
        return std::visit([&](auto& body) { return read_canonical_value(cursor, body); }, field.variant);
    }
};

// A wire message in its flat form (wire_codec.cpp): {"type":"<type_name>", then the
// alternative's own fields in the same object}.
template <class Variant>
struct FlatMessage {
    Variant& message;
};

template <class Variant>
struct CanonicalReader<FlatMessage<Variant>> {
    static bool read(CanonicalCursor& cursor, FlatMessage<Variant>& flat) {
        VariantType<Variant> type{flat.message};
        if (!cursor.take('{') || !cursor.take_key("type") || !read_canonical_value(cursor, type)) return false;
        const bool read =
            std::visit([&](auto& body) { return read_canonical_members(cursor, body, false); }, flat.message);
        return read && cursor.take('}');
    }
};

}  // namespace lagerhuis::proto
