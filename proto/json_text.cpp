#include "proto/json_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <exception>
#include <new>

#include <boost/json/error.hpp>
#include <boost/json/parser.hpp>

namespace lagerhuis::proto {

namespace json = boost::json;

namespace {

DecodeError text_error(std::string problem) { return DecodeError{{}, std::move(problem)}; }

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
        json::parse_options options;
        options.max_depth = max_json_depth;
        json::parser parser({}, options);
        boost::system::error_code ec;
        // Unlike json::parse, the parser says how far it got, which is where the error is.
        const std::size_t consumed = parser.write(text.data(), text.size(), ec);
        if (ec == json::error::too_deep)
            return core::Failure{text_error("JSON nested deeper than " + std::to_string(max_json_depth) +
                                            " levels")};
        if (ec)
            return core::Failure{text_error("invalid JSON at " + text_position(text, consumed) + ": " + ec.message())};
        return parser.release();
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
