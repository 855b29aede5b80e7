#pragma once
// A log as a session file holds it once stored: each closed secret poll sealed
// (core/ballot_seal.hpp), as SessionFile::append does in the commit of the close.
#include <vector>

#include "core/ballot_seal.hpp"

namespace lagerhuis::tests {

inline std::vector<core::Event> as_stored(std::vector<core::Event> events) {
    const auto closes = events;
    for (const auto& event : closes)
        if (auto poll = core::sealed_by(event)) core::seal_ballots(events, *poll);
    return events;
}

}  // namespace lagerhuis::tests
