#pragma once
// The host's working parts, shared by its files (session_host.cpp runs the thread and the
// commit cycle, host_requests.cpp answers each kind of message, host_publisher.cpp
// publishes). Only the host thread touches a HostCore.
#include <deque>
#include <future>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <boost/json/object.hpp>

#include "host/outbox.hpp"
#include "host/session_host.hpp"
#include "proto/participant_view.hpp"
#include "proto/presence.hpp"
#include "proto/wire_codec.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::host {

// A command's answer is remembered under (participant id, request id).
using AnswerKey = std::pair<std::uint32_t, std::string>;

// What a connection is, once it joined or resumed.
struct Binding {
    core::ParticipantId participant;
    Audience audience = Audience::participant;
};

// One answer of a group, held until the group's commit decides its fate.
struct PendingReply {
    ConnectionId connection = 0;
    Text message;
    bool needs_commit = false;  // it reports events of this group: replaced if the commit fails
    std::optional<std::string> request_id;
    std::promise<LocalOutcome>* local = nullptr;  // for submit_local
    LocalOutcome outcome;
    // Where the answer is remembered for retries.
    std::optional<AnswerKey> answer_key;
};

// A device that asked to go on as someone in the session (proto::TakeOverRequest).
struct PendingTakeOver {
    std::uint32_t request = 0;
    ConnectionId device = 0;
    core::ParticipantId participant;
};

// A connection waiting for its snapshot, sent at the next publication.
struct SnapshotWaiter {
    ConnectionId connection = 0;
    Binding binding;
    core::Seq since = 0;  // facilitators: the events after this
    bool joining = false;  // waits for this group's Join event to be committed
};

// A facilitator whose log is still coming in parts (send_log_part).
struct LogCatchUp {
    core::Seq sent = 0;   // the last event of the part on its way
    core::Seq until = 0;  // where the parts end: the seq its batches continue from
};

class HostCore {
public:
    HostCore(store::SessionFile file, Outbox& outbox, HostOptions options, std::vector<core::Event> log);

    // [SECTION] The commit cycle (session_host.cpp)
    core::Millis now() const;
    // Everything submitted as one group: decide each, commit once, then answer.
    void handle_group(std::vector<struct InboxItem>& items);
    // Publishes when something changed and the interval has passed; returns how long the
    // host may sleep before it should look again (nullopt: until something arrives).
    std::optional<std::chrono::milliseconds> publish_if_due();
    void publish_now();
    void shut_down();
    // Decides `command` and, when accepted, applies it and queues its events for the commit.
    core::Result<core::Seq, core::Refusal> decide_and_apply(const core::Command& command);
    // Pauses a turn left running by a host that stopped without ending it.
    void pause_turn_left_running();

    // [SECTION] Answering messages (host_requests.cpp)
    void handle(ConnectionId connection, const proto::ClientMessage& message);
    void handle_disconnect(ConnectionId connection);
    void handle_local(core::ParticipantId actor, core::CommandBody body, std::promise<LocalOutcome>& promise);
    // Binds the connection, replacing an older connection of the same participant.
    // `rests_on_commit`: the binding rests on this group's commit (its Join event or its
    // new token), so it lasts only if the commit succeeds.
    void bind_connection(ConnectionId connection, Binding binding, core::Seq since, const std::string& token,
                         bool rests_on_commit);
    void remember_answer(const AnswerKey& key, Text answer);
    void forget_answer(const AnswerKey& key);
    // The acks of the commands in the log (a reopened file), for retries after a crash.
    void remember_answers_in_log();
    // The previous part of this connection's log left its queue: the next one follows.
    void handle_part_written(ConnectionId connection);

    // [SECTION] Taking over one's seat from another device (host_take_over.cpp)
    void handle_take_over(ConnectionId device, const std::string& name);
    // From a bound connection: the participant asked about, or a gespreksleider.
    void handle_take_over_answer(const Binding& answering, const proto::TakeOverAnswer& answer);
    // Allowed: the device goes on as the participant with a new token (the old one stops
    // working) and the other device is closed as replaced. Refused: the device is told.
    void answer_take_over(std::uint32_t request, bool allow);
    void drop_take_overs_of(ConnectionId device);
    std::vector<PendingTakeOver>::iterator find_take_over(std::uint32_t request);
    // An answer that reports no events of the group: it leaves whatever the commit does.
    void reply_at_once(ConnectionId connection, Text message, std::optional<std::string> request_id = std::nullopt);

    // [SECTION] Publishing (host_publisher.cpp; who is connected: host_presence.cpp)
    void publish();
    // Takes who is connected now as published_presence; true when that changed.
    bool refresh_presence();
    // A batch of no events for the participants: only the view moved (who is here).
    void publish_view_only(const boost::json::object& view);
    Text participant_snapshot(const SnapshotWaiter& waiter);
    // Sends a facilitator the log after `since` up to `until` in parts of bounded size: the
    // first with its snapshot, each next one when the previous has left the queue.
    void send_log_part(ConnectionId connection, core::Seq since, core::Seq until);
    Text welcome_message() const;
    std::string view_hash_for(core::ParticipantId participant);

    // [SECTION] State (host thread only)
    store::SessionFile file;
    Outbox& outbox;
    HostOptions options;
    core::State state;
    std::vector<core::Event> log;  // facilitators' snapshots and batches come from here

    std::unordered_map<ConnectionId, Binding> bindings;
    std::unordered_map<std::uint32_t, ConnectionId> connection_of;  // participant id → its connection
    bool presence_changed = false;  // a connection was bound or closed since the last publication
    std::unordered_map<ConnectionId, LogCatchUp> catching_up;
    std::vector<PendingTakeOver> take_overs;  // oldest first; published with the presence
    std::uint32_t next_take_over = 1;

    // The group being handled.
    std::vector<core::Event> group_events;
    std::vector<store::NewSecret> group_secrets;
    std::vector<PendingReply> group_replies;
    std::vector<ConnectionId> group_new_bindings;
    std::vector<SnapshotWaiter> group_waiters;

    // Answers already given, so a retried command is answered again, never applied twice:
    // by (participant id, request id), the latest few per participant. A host that reopens
    // a file rebuilds the acks from the log (every event names its actor and request id),
    // so a command committed just before a crash is answered with its original seq.
    // Refusals change nothing on disk and are not kept across a restart: a retried
    // refused command is decided again.
    std::map<AnswerKey, Text> answered;
    std::unordered_map<std::uint32_t, std::deque<std::string>> answered_order;

    // What was last published.
    core::Seq published_seq = 0;
    proto::Presence published_presence;
    boost::json::object published_view;
    std::vector<std::optional<proto::PersonalView>> published_me;  // by participant id - 1
    std::vector<SnapshotWaiter> waiting;
    std::int64_t next_publish_ms = 0;
    Text welcome;
    bool state_shown = false;  // on_state has had its first state

    std::int64_t clock_origin_ms = 0;  // monotonic ms at start
    core::Millis session_origin_ms = 0;  // session time at start: the last stored event's
};

// What arrives in the host's inbox.
struct NetworkItem {
    ConnectionId connection = 0;
    proto::ClientMessage message;
};
struct DisconnectItem {
    ConnectionId connection = 0;
};
struct LocalItem {
    core::ParticipantId actor;
    core::CommandBody body;
    std::promise<LocalOutcome> promise;
};
struct StateItem {
    std::promise<core::State> promise;
};
struct PartWrittenItem {
    ConnectionId connection = 0;
};
struct TakeOverAnswerItem {
    std::uint32_t request = 0;
    bool allow = false;
};
struct InboxItem {
    std::variant<NetworkItem, DisconnectItem, LocalItem, StateItem, PartWrittenItem, TakeOverAnswerItem> item;
};

// The encoded message, shared by every connection it goes to.
template <class Message>
Text encode_shared(Message message) {
    return std::make_shared<const std::string>(proto::encode_server_message(proto::ServerMessage{std::move(message)}));
}

}  // namespace lagerhuis::host
