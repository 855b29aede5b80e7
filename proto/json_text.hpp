#pragma once
// JSON text <-> boost::json::value, with the limits every reader of untrusted text needs
// and the one spelling every writer uses, so a message encodes to the same bytes on
// every machine (golden files, hashes, the browser page) and decodes to the same value.
#include <cstddef>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "core/result.hpp"
#include "proto/decode_error.hpp"

namespace lagerhuis::proto {

// Our messages nest a handful of levels; anything deeper is hostile or broken, and the
// limit keeps a parse from eating the stack or the heap.
inline constexpr std::size_t max_json_depth = 64;
// A session configuration with a full catalog is tens of kilobytes; this leaves ample
// room for translated catalogs while bounding what one message can cost.
inline constexpr std::size_t max_json_text_bytes = 4 * 1024 * 1024;

// Exactly one JSON value (surrounding whitespace allowed), valid UTF-8. Never throws:
// bad text, too deep, too large or out of memory all come back as a DecodeError with
// an empty path.
core::Result<boost::json::value, DecodeError> parse_json_text(std::string_view text);

// Compact, object members in their stored order, UTF-8 kept as is (only quotes,
// backslashes and control characters escaped). A double prints in the shortest form
// that reads back to the same value (0.5, not Boost.JSON's 5E-1) and always with a '.'
// or an exponent, so it reads back as a double; JSON has no NaN or infinity, so a
// non-finite double prints as null (and decoding refuses it).
std::string write_json_text(const boost::json::value& value);

}  // namespace lagerhuis::proto
