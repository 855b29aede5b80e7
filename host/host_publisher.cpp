// Publishing: the participants' view and personal parts, diffed against what was last
// published and serialised once per projection; snapshots for whoever joined meanwhile.
#include <algorithm>
#include <span>

#include "core/apply.hpp"
#include "host/host_core.hpp"
#include "proto/projection.hpp"

namespace lagerhuis::host {

namespace {

std::vector<core::Event> events_after(const std::vector<core::Event>& log, core::Seq seq) {
    // The log runs 1, 2, 3, ...: event seq s sits at index s-1.
    const std::size_t first = std::min<std::size_t>(seq, log.size());
    return {log.begin() + static_cast<std::ptrdiff_t>(first), log.end()};
}

}  // namespace

void HostCore::publish() {
    const bool advanced = state.last_seq != published_seq;
    const bool presence_moved = refresh_presence();
    if (!advanced && !presence_moved && waiting.empty() && !published_view.empty()) return;
    const proto::Projector projector(state, published_presence);
    boost::json::object view = proto::view_object(projector.view());
    if (published_me.size() < state.participants.size()) published_me.resize(state.participants.size());

    if (advanced) {
        Publication publication;
        publication.from = published_seq + 1;
        publication.seq = state.last_seq;
        publication.participant_batch = encode_shared(
            proto::Batch{publication.from, publication.seq, proto::changed_sections(published_view, view), std::nullopt});
        publication.facilitator_batch =
            encode_shared(proto::Batch{publication.from, publication.seq, std::nullopt, events_after(log, published_seq)});
        for (const auto& person : state.participants) {
            auto me = projector.personal(person.id);
            auto& published = published_me[person.id.value - 1];
            if (published == me) continue;
            published = me;
            // Only someone connected needs it now; the others get theirs in a snapshot.
            if (connection_of.count(person.id.value))
                publication.personal.emplace_back(person.id, encode_shared(proto::PersonalUpdate{state.last_seq, std::move(me)}));
        }
        outbox.publish(std::move(publication));
    } else if (presence_moved) {
        publish_view_only(view);
    }
    published_seq = state.last_seq;
    published_view = std::move(view);
    if (options.on_state && (advanced || !state_shown)) {
        options.on_state(std::make_shared<const core::State>(state));
        state_shown = true;
    }

    for (const auto& waiter : waiting) {
        if (!bindings.count(waiter.connection)) continue;  // gone before its snapshot
        auto& me = published_me[waiter.binding.participant.value - 1];
        if (!me) me = projector.personal(waiter.binding.participant);
        if (waiter.binding.audience == Audience::facilitator)
            send_log_part(waiter.connection, waiter.since, published_seq);
        else
            outbox.send(waiter.connection, participant_snapshot(waiter));
        // Subscribed at once, parts still to come or not: its batches continue from
        // published_seq, and a client that stops reading meanwhile fills its queue with
        // them and is dropped like any other.
        outbox.subscribe(waiter.connection, waiter.binding.participant, waiter.binding.audience);
    }
    waiting.clear();
}

Text HostCore::participant_snapshot(const SnapshotWaiter& waiter) {
    proto::Snapshot snapshot;
    snapshot.seq = published_seq;
    snapshot.view = published_view;
    snapshot.me = published_me[waiter.binding.participant.value - 1];
    return encode_shared(std::move(snapshot));
}

void HostCore::send_log_part(ConnectionId connection, core::Seq since, core::Seq until) {
    // Encoded from the log when it is due, never all at once: a joiner costs one part of
    // memory, whatever the session's length.
    const std::size_t end = std::min<std::size_t>(until, log.size());
    const std::size_t first = std::min<std::size_t>(since, end);
    auto part = proto::encode_snapshot_part(std::span(log).subspan(first, end - first), until, outbox.max_part_bytes());
    Text text = std::make_shared<const std::string>(std::move(part.text));
    if (part.more) {
        catching_up[connection] = LogCatchUp{part.seq, until};
        outbox.send_part(connection, std::move(text));
    } else {
        catching_up.erase(connection);
        outbox.send(connection, std::move(text));
    }
}

void HostCore::handle_part_written(ConnectionId connection) {
    const auto found = catching_up.find(connection);
    if (found == catching_up.end()) return;
    if (!bindings.count(connection)) {
        catching_up.erase(found);
        return;
    }
    send_log_part(connection, found->second.sent, found->second.until);
}

Text HostCore::welcome_message() const {
    const auto anonymous_room = state.config.rules.names_generated() ? std::optional<bool>(true) : std::nullopt;
    return encode_shared(proto::Welcome{proto::protocol_version, state.config.title, state.config.language, now(),
                                        state.config.catalog, anonymous_room});
}

std::string HostCore::view_hash_for(core::ParticipantId participant) {
    const auto index = participant.value - 1;
    if (index >= published_me.size() || !published_me[index]) return {};
    return proto::view_hash(published_view, *published_me[index]);
}

}  // namespace lagerhuis::host
