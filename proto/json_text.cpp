#include "proto/json_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <new>
#include <string>
#include <system_error>

#include <boost/json/array.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value_stack.hpp>

namespace lagerhuis::proto {

namespace json = boost::json;

namespace {

DecodeError text_error(std::string problem) { return DecodeError{{}, std::move(problem)}; }

// Builds the value as boost::json::parser does, except for doubles: Boost.JSON 1.81 turns
// decimal text into a double only approximately (one unit in the last place off for over
// a quarter of all doubles in their shortest form), so what write_json_text prints could
// read back as a neighbouring double and a message's canonical text change from one decode
// to the next. std::from_chars rounds correctly, so the number's text is read again with it.
struct ValueBuilder {
    static constexpr std::size_t max_object_size = json::object::max_size();
    static constexpr std::size_t max_array_size = json::array::max_size();
    static constexpr std::size_t max_key_size = json::string::max_size();
    static constexpr std::size_t max_string_size = json::string::max_size();

    json::value_stack stack;
    std::string number;  // the text of the number being read, when it comes in parts

    using error_code = json::error_code;
    using string_view = json::string_view;

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }
    bool on_object_begin(error_code&) { return true; }
    bool on_object_end(std::size_t n, error_code&) { stack.push_object(n); return true; }
    bool on_array_begin(error_code&) { return true; }
    bool on_array_end(std::size_t n, error_code&) { stack.push_array(n); return true; }
    bool on_key_part(string_view part, std::size_t, error_code&) { stack.push_chars(part); return true; }
    bool on_key(string_view part, std::size_t, error_code&) { stack.push_key(part); return true; }
    bool on_string_part(string_view part, std::size_t, error_code&) { stack.push_chars(part); return true; }
    bool on_string(string_view part, std::size_t, error_code&) { stack.push_string(part); return true; }
    bool on_number_part(string_view part, error_code&) {
        number.append(part.data(), part.size());
        return true;
    }
    bool on_int64(std::int64_t value, string_view, error_code&) {
        number.clear();
        stack.push_int64(value);
        return true;
    }
    bool on_uint64(std::uint64_t value, string_view, error_code&) {
        number.clear();
        stack.push_uint64(value);
        return true;
    }
    bool on_double(double approximate, string_view last_part, error_code&) {
        number.append(last_part.data(), last_part.size());
        double exact = approximate;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), exact);
        // Out of range (1e400, 1e-400): Boost.JSON's infinity or zero stands, as before.
        if (ec != std::errc{} || end != number.data() + number.size()) exact = approximate;
        number.clear();
        stack.push_double(exact);
        return true;
    }
    bool on_bool(bool value, error_code&) { stack.push_bool(value); return true; }
    bool on_null(error_code&) { stack.push_null(); return true; }
    bool on_comment_part(string_view, error_code&) { return true; }
    bool on_comment(string_view, error_code&) { return true; }
};

template <class Number>
void append_number(std::string& out, Number number) {
    std::array<char, 32> buffer{};
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number).ptr;
    out.append(buffer.data(), end);
}

void append_double(std::string& out, double number) {
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    const std::size_t start = out.size();
    append_number(out, number);
    // "1" would read back as an integer; "1.0" stays a double, and "-0.0" keeps its sign.
    if (out.find_first_of(".e", start) == std::string::npos) out += ".0";
}

void append_string(std::string& out, std::string_view text) {
    static constexpr std::string_view hex = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: {
                const auto byte = static_cast<unsigned char>(c);
                if (byte < 0x20) {
                    out += "\\u00";
                    out.push_back(hex[byte >> 4]);
                    out.push_back(hex[byte & 0xf]);
                } else {
                    out.push_back(c);
                }
            }
        }
    }
    out.push_back('"');
}

void append_value(std::string& out, const json::value& value) {
    switch (value.kind()) {
        case json::kind::null: out += "null"; break;
        case json::kind::bool_: out += value.get_bool() ? "true" : "false"; break;
        case json::kind::int64: append_number(out, value.get_int64()); break;
        case json::kind::uint64: append_number(out, value.get_uint64()); break;
        case json::kind::double_: append_double(out, value.get_double()); break;
        case json::kind::string: append_string(out, value.get_string()); break;
        case json::kind::array: {
            out.push_back('[');
            bool first = true;
            for (const auto& element : value.get_array()) {
                if (!first) out.push_back(',');
                first = false;
                append_value(out, element);
            }
            out.push_back(']');
            break;
        }
        case json::kind::object: {
            out.push_back('{');
            bool first = true;
            for (const auto& member : value.get_object()) {
                if (!first) out.push_back(',');
                first = false;
                append_string(out, member.key());
                out.push_back(':');
                append_value(out, member.value());
            }
            out.push_back('}');
            break;
        }
    }
}

}  // namespace

// "line 2, column 31 (byte 40)": people find an error by line, programs by byte.
std::string text_position(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " + std::to_string(offset) + ")";
}

core::Result<json::value, DecodeError> parse_json_text(std::string_view text) {
    if (text.empty()) return core::Failure{text_error("empty message")};
    if (text.size() > max_json_text_bytes)
        return core::Failure{text_error("message too large: " + std::to_string(text.size()) +
                                        " bytes (limit " + std::to_string(max_json_text_bytes) + ")")};
    try {
        // One parser per thread, reset for each text: it keeps the stacks it has grown,
        // so parsing a long log allocates only for the values themselves.
        thread_local json::basic_parser<ValueBuilder> parser([] {
            json::parse_options options;
            options.max_depth = max_json_depth;
            return options;
        }());
        parser.reset();
        parser.handler().number.clear();
        parser.handler().stack.reset();
        boost::system::error_code ec;
        // Unlike json::parse, the parser says how far it got, which is where the error is.
        const std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
        if (!ec && consumed < text.size()) ec = json::error::extra_data;
        // Drop a half-built value now, while its storage surely still exists.
        if (ec) parser.handler().stack.reset();
        if (ec == json::error::too_deep)
            return core::Failure{text_error("JSON nested deeper than " + std::to_string(max_json_depth) +
                                            " levels")};
        if (ec)
            return core::Failure{text_error("invalid JSON at " + text_position(text, consumed) + ": " + ec.message())};
        return parser.handler().stack.release();
    } catch (const std::bad_alloc&) {
        return core::Failure{text_error("out of memory while parsing")};
    } catch (const std::exception& e) {
        // Boost.JSON reports through ec; this only guards the promise never to throw.
        return core::Failure{text_error(std::string("invalid JSON: ") + e.what())};
    }
}

std::string write_json_text(const json::value& value) {
    std::string out;
    append_value(out, value);
    return out;
}

}  // namespace lagerhuis::proto
