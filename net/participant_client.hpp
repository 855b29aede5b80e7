#pragma once
// The client library: one participant (or co-facilitator) connected to a host, speaking
// the protocol (docs/protocol.md) on top of a WireClient. It keeps the projection up to
// date (proto::ClientView), estimates the host's clock from ping/pong, and survives lost
// connections: it reconnects with back-off and jitter (ReconnectBackoff), resumes with its
// token from its last seq, and re-sends unanswered commands with their original request
// ids, so the host answers them again and never applies one twice. A facilitator's log
// comes in parts; batches that arrive meanwhile wait until the parts reach them.
//
// Used by the native participant app, the tests and the load generator. Every call and
// callback happens on the EventLoop's thread.
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/command.hpp"
#include "core/event.hpp"
#include "core/refusal.hpp"
#include "net/event_loop.hpp"
#include "net/reconnect_backoff.hpp"
#include "net/wire_client.hpp"
#include "proto/client_view.hpp"
#include "proto/clock_offset.hpp"
#include "proto/wire_messages.hpp"

namespace lagerhuis::net {

struct ClientOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    WireTls tls;  // wss:// (https:// hosts): verified against the system's CA store
    std::string code;    // joins as a participant with this session code and name
    std::string name;
    std::string secret;  // when set: joins as co-facilitator with the facilitator secret
    std::string token;   // when set: resumes as whoever it was given to (a restarted app)
    std::string client = "native";
    bool reconnect = true;
    ReconnectBackoff backoff;
    std::chrono::milliseconds ping_interval{5000};
};

// The clock the client stamps its pings with (ms, monotonic): ClockOffset::host_time of
// it is the host's clock now.
double client_clock_ms();

class ParticipantClient {
public:
    struct Listener {
        std::function<void()> on_joined;
        std::function<void()> on_view;  // after a snapshot, batch or personal update
        std::function<void(const proto::Batch& batch)> on_batch;
        std::function<void(const std::string& request_id, core::Seq seq)> on_ack;
        std::function<void(const std::string& request_id, const core::Refusal& reason)> on_refused;
        std::function<void(const proto::WireReason& reason)> on_error;  // an error or a bye
        std::function<void(const std::string& hash, core::Seq seq)> on_view_hash;
        std::function<void(const std::string& why)> on_disconnected;
        // Taking over a seat from another device (docs/protocol.md, "take_over").
        std::function<void(const proto::TakeOverWaiting& waiting)> on_take_over_waiting;
        std::function<void(std::uint32_t request)> on_take_over_asked;  // on the device asked
    };

    ParticipantClient(EventLoop& loop, ClientOptions options, Listener listener);
    ~ParticipantClient();
    ParticipantClient(const ParticipantClient&) = delete;
    ParticipantClient& operator=(const ParticipantClient&) = delete;

    void start();
    // Returns the request id; the command is re-sent after a reconnect until answered.
    std::string send(core::CommandBody body);
    // Sends a raw text frame as it is (tests of bad input).
    void send_raw(std::string text);
    void request_view_hash();
    // After name_taken: asks to go on as `name` (this person's other device says yes, or a
    // gespreksleider). An allowed request arrives as joined; a refused one as an error.
    void take_over(const std::string& name);
    // On the device asked (Listener::on_take_over_asked), or a gespreksleider's.
    void answer_take_over(std::uint32_t request, bool allow);
    void ping();
    // Closes for good (no reconnect).
    void close();
    // Cuts the connection as a network failure would; the client reconnects.
    void drop_connection();
    // Stops reading (a stalled client), or reads again.
    void stall(bool stalled);

    bool joined() const { return joined_; }
    // This connection has its whole snapshot (a facilitator: every part of the log).
    bool caught_up() const { return caught_up_; }
    // The wait before the next connection attempt, chosen when the last connection ended.
    std::chrono::milliseconds next_retry() const { return next_retry_; }
    bool connected() const;
    core::ParticipantId participant() const { return participant_; }
    const std::string& token() const { return token_; }
    const proto::ClientView& view() const { return view_; }
    const proto::ClockOffset& clock() const { return clock_; }
    // The drogredenen in force, from the host's welcome (empty until it arrived).
    const core::FallacyCatalog& catalog() const { return catalog_; }
    // Facilitators: the events received, in order.
    const std::vector<core::Event>& events() const { return events_; }
    std::uint64_t reconnects() const { return reconnects_; }
    std::size_t unanswered() const { return unanswered_.size(); }

private:
    void connect();
    void schedule_ping(std::chrono::milliseconds delay);
    void on_open();
    void on_text(const std::string& text);
    void on_close(const std::string& why);
    void take_snapshot(const proto::Snapshot& snapshot);
    void take_batch(const proto::Batch& batch);
    void take_events(const std::vector<core::Event>& events);
    // The last seq this client has: where a resume continues from.
    core::Seq resume_from() const;

    EventLoop& loop_;
    ClientOptions options_;
    Listener listener_;
    std::unique_ptr<WireClient> wire_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    proto::ClientView view_;
    proto::ClockOffset clock_;
    core::FallacyCatalog catalog_;
    std::vector<core::Event> events_;
    std::vector<proto::Batch> held_batches_;  // arrived while the log's parts were still coming
    std::map<std::uint64_t, std::pair<std::string, std::string>> unanswered_;  // number → (request id, frame)
    std::string request_prefix_;
    std::uint64_t next_request_ = 1;
    core::ParticipantId participant_;
    std::string token_;
    bool joined_ = false;
    bool catching_up_ = false;  // parts of the log are still to come
    bool caught_up_ = false;
    bool dropped_slow_ = false;  // this connection ended with bye too_slow
    bool closing_ = false;
    bool give_up_ = false;
    std::chrono::steady_clock::time_point opened_at_;
    unsigned failed_connections_ = 0;  // since the last good one: the back-off's attempt
    std::chrono::milliseconds next_retry_{0};
    std::mt19937_64 jitter_{std::random_device{}()};
    std::uint64_t reconnects_ = 0;
};

}  // namespace lagerhuis::net
