#pragma once
// Identifiers of the things a debate is made of. Each kind of id is its own type so a
// turn number can never be passed where a participant is meant. Value 0 means "none";
// the engine hands out 1, 2, 3, ... in order, which also keeps the argument graph
// acyclic (an argument can only target a smaller id).
#include <compare>
#include <cstdint>

namespace lagerhuis::core {

template <class Tag>
struct Id {
    std::uint32_t value = 0;

    constexpr bool is_none() const { return value == 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
};

using ParticipantId = Id<struct ParticipantTag>;
using StatementId = Id<struct StatementTag>;
using TurnId = Id<struct TurnTag>;
using ArgumentId = Id<struct ArgumentTag>;
using FallacyTagId = Id<struct FallacyTagTag>;
using FlagId = Id<struct FlagTag>;
using PollId = Id<struct PollTag>;

// Position of an event in the session log, starting at 1.
using Seq = std::uint64_t;
// Milliseconds since the session started. The engine never reads a clock: the host
// passes "now" in with every command.
using Millis = std::int64_t;

}  // namespace lagerhuis::core
