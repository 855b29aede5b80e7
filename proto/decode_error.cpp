#include "proto/decode_error.hpp"

#include <utility>

namespace lagerhuis::proto {

std::string DecodeError::message() const {
    if (path.empty()) return problem;
    return path + ": " + problem;
}

DecodeError&& DecodeError::inside(std::string_view segment) && {
    // An element index sticks to its array ("rules[2]"); a field name needs a dot.
    const bool needs_dot = !path.empty() && path.front() != '[';
    std::string nested;
    nested.reserve(segment.size() + 1 + path.size());
    nested.append(segment);
    if (needs_dot) nested.push_back('.');
    nested.append(path);
    path = std::move(nested);
    return std::move(*this);
}

}  // namespace lagerhuis::proto
