#pragma once
// Why a message could not be read, and where. Decoding reports the first problem only:
// enough for a log line or a 400 answer, and it keeps the happy path free of bookkeeping.
#include <string>
#include <string_view>

namespace lagerhuis::proto {

struct DecodeError {
    // Where in the message, e.g. "body.turn" or "body.config.catalog.fallacies[2].rule";
    // empty when the problem is the text as a whole (not JSON, too deep, too large).
    std::string path;
    // What was wrong, one English phrase for logs, e.g. "missing field".
    std::string problem;

    // "body.turn: expected an integer, got a string", or just the problem at the top.
    std::string message() const;

    // Places this error inside `segment` (a field name, or "[3]" for an array element) as
    // it travels out of a nested decode: "turn" becomes "body.turn".
    DecodeError&& inside(std::string_view segment) &&;
};

}  // namespace lagerhuis::proto
