#include "proto/presence.hpp"

namespace lagerhuis::proto {

RoomCount count_room(const core::State& state, const Presence* presence) {
    RoomCount count;
    for (const auto& person : state.participants) {
        if (person.removed || person.role != core::Role::participant) continue;
        count.in_session += 1;
        if (!presence || !person.has_device || presence->is_connected(person.id)) count.present += 1;
    }
    return count;
}

}  // namespace lagerhuis::proto
