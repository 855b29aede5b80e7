#pragma once
// Where the session host's answers and updates go. The network hub implements it by
// handing each call to its own thread, so the host never waits on a socket; the calls
// arrive there in the order the host made them, which is what keeps a snapshot and the
// batches after it in sequence.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/ids.hpp"

namespace lagerhuis::host {

using ConnectionId = std::uint64_t;
using Text = std::shared_ptr<const std::string>;

// Which projection a connection receives: participants the summarised view, the
// gespreksleiders (a co-facilitator's console) every event.
enum class Audience : std::uint8_t { participant, facilitator };

// One coalesced update: everything committed after seq `from - 1` up to `seq`, serialised
// once per projection. An empty range (`from == seq + 1`) carries no events, only a view
// that moved (who is connected): it has no facilitator batch.
struct Publication {
    core::Seq from = 0;
    core::Seq seq = 0;
    Text participant_batch;
    Text facilitator_batch;  // null: nothing for the facilitators
    // Personal parts that changed, for whichever connection is that participant.
    std::vector<std::pair<core::ParticipantId, Text>> personal;
};

class Outbox {
public:
    virtual ~Outbox() = default;
    // A message for one connection (an ack, a refusal, a snapshot, ...).
    virtual void send(ConnectionId connection, Text message) = 0;
    // An answer that can wait for the publication that follows anyway (the ack of a command
    // whose events it will carry): it then goes out with that connection's batch, in one
    // write, instead of alone just before it. Still before the batch, and never later than
    // that publication.
    virtual void send_with_publication(ConnectionId connection, Text message) { send(connection, std::move(message)); }
    // A part of a facilitator's log that more parts follow (a snapshot with `more`): sent as
    // send() sends. Once it has left the connection's queue (written to the socket), the
    // network calls SessionHost::part_written for the connection, and the host sends the
    // next part. So a joining facilitator has at most one part queued, however long the
    // session, and one that stops reading is dropped by the queue limit like any client.
    virtual void send_part(ConnectionId connection, Text part) { send(connection, std::move(part)); }
    // The most bytes of events one part may carry: well under what a connection may queue.
    virtual std::size_t max_part_bytes() const { return 512 * 1024; }
    // From now on the connection is this participant and receives later publications.
    virtual void subscribe(ConnectionId connection, core::ParticipantId participant, Audience audience) = 0;
    virtual void publish(Publication publication) = 0;
    // The seq the host starts at (its log's last event), before any publication: what a
    // resumed session has published already, though nothing was sent yet.
    virtual void start_at(core::Seq seq) { (void)seq; }
    // False while the previous publication is still being delivered: the host then waits
    // and folds what happens meanwhile into the next one (batches are diffs), so a room
    // too large for the network thread gets fewer batches instead of a growing backlog.
    virtual bool accepting_publications() const { return true; }
    // What a `hello` is answered with; sent again when the session's config changes.
    virtual void set_welcome(Text welcome) = 0;
    // Sends `bye` (when given) and closes the connection.
    virtual void disconnect(ConnectionId connection, Text bye) = 0;
};

}  // namespace lagerhuis::host
