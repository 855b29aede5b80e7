// Who is connected: the host's own knowledge (core knows who is in the session, not who
// has a connection open). It moves the view's room.present without an event, so it goes
// out as a batch of no events (docs/protocol.md, "batch").
#include <algorithm>

#include "host/host_core.hpp"
#include "proto/projection.hpp"

namespace lagerhuis::host {

bool HostCore::refresh_presence() {
    if (!presence_changed) return false;
    presence_changed = false;
    proto::Presence now;
    now.connected.reserve(connection_of.size());
    for (const auto& [participant, connection] : connection_of) now.connected.push_back(core::ParticipantId{participant});
    std::sort(now.connected.begin(), now.connected.end());
    for (const auto& pending : take_overs) now.seat_requests.push_back(proto::SeatRequest{pending.request, pending.participant});
    if (now == published_presence) return false;
    published_presence = std::move(now);
    if (options.on_presence) options.on_presence(std::make_shared<const proto::Presence>(published_presence));
    return true;
}

void HostCore::publish_view_only(const boost::json::object& view) {
    auto changes = proto::changed_sections(published_view, view);
    if (changes.empty()) return;  // someone came or went whom the view does not count
    Publication publication;
    publication.from = published_seq + 1;
    publication.seq = published_seq;
    publication.participant_batch =
        encode_shared(proto::Batch{publication.from, publication.seq, std::move(changes), std::nullopt});
    outbox.publish(std::move(publication));
}

}  // namespace lagerhuis::host
