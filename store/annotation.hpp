#pragma once
// A trainer's note on a session: beside the log, never part of it, so adding notes in a
// review leaves the debate exactly as it was played. A note may point at a moment, an
// event or an argument, or at none of them (a note on the whole session).
#include <cstdint>
#include <optional>
#include <string>

#include "core/ids.hpp"

namespace lagerhuis::store {

struct Annotation {
    std::int64_t id = 0;               // given by the store
    std::optional<core::Millis> at_ms;
    std::optional<core::Seq> seq;
    core::ArgumentId argument;         // 0: none
    std::string author;
    std::string text;
    std::string created_at;            // ISO 8601 UTC; the store fills it in when empty

    friend bool operator==(const Annotation&, const Annotation&) = default;
};

}  // namespace lagerhuis::store
