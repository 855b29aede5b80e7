#pragma once
// Who is in the room now. The rules engine knows who is in the session (joined, not
// removed); who has a connection open is the host's to know: a phone that locks or a
// tab that closes is not a debate event and leaves nothing in the log. The host hands
// its connected set to the projection (the view's room.present) and, beside the state,
// to the console.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/ids.hpp"
#include "core/state.hpp"

namespace lagerhuis::proto {

// A device asking to go on as a participant in the session (their phone died, they moved
// to a laptop), until that participant's other device or a gespreksleider answers.
struct SeatRequest {
    std::uint32_t request = 0;
    core::ParticipantId participant;
    friend bool operator==(const SeatRequest&, const SeatRequest&) = default;
};

struct Presence {
    std::vector<core::ParticipantId> connected;  // with an open connection, ascending
    std::vector<SeatRequest> seat_requests;      // oldest first

    bool is_connected(core::ParticipantId id) const {
        return std::binary_search(connected.begin(), connected.end(), id);
    }
    friend bool operator==(const Presence&, const Presence&) = default;
};

struct RoomCount {
    // Here now: connected, or added by hand (no device: the gespreksleider acts for them).
    int present = 0;
    int in_session = 0;  // participants in the session (not removed), here or not
};

// Counts the participants (role participant, not removed). Without a presence (a replay, a
// co-facilitator's console) nobody's connection is known: everyone in the session counts.
RoomCount count_room(const core::State& state, const Presence* presence);

}  // namespace lagerhuis::proto
