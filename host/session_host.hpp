#pragma once
// The session host: the one writer of a session (architecture.md, "Threads"). On its own
// thread it takes what arrived (from the network and from the console) in groups, runs
// each command through core::decide, appends the group's events to the session file in
// one transaction (group commit), and only then answers, applies and publishes:
//
//   network thread ──submit()──► inbox ──► decide ─► store (commit) ─► ack / refuse
//                                                                 └──► publish (≤ 20/s)
//
// An ack always follows the commit, so an acknowledged command survives kill -9 and
// power loss. If the commit fails, the state is rebuilt from the file and every command
// of the group is answered host_unavailable: nothing half-applied.
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "core/command.hpp"
#include "core/refusal.hpp"
#include "core/result.hpp"
#include "core/state.hpp"
#include "host/outbox.hpp"
#include "proto/presence.hpp"
#include "proto/wire_messages.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::host {

struct HostOptions {
    std::string session_code;        // empty: six random digits
    std::string facilitator_secret;  // empty: a random one
    // Batches are coalesced to at most one per interval (about 20 a second).
    std::chrono::milliseconds publish_interval{50};
    // The host's monotonic clock in ms (tests inject one); empty: std::chrono::steady_clock.
    std::function<std::int64_t()> monotonic_ms;
    // The console's view: called on the host thread with an immutable copy of the state
    // after every publication (at most ~20 a second). It must not block: hand the pointer
    // over and wake the UI (glfwPostEmptyEvent).
    std::function<void(std::shared_ptr<const core::State>)> on_state;
    // Beside it: who is connected and which devices ask to take over a seat, whenever that
    // changed (a connection bound or closed, a request made or answered).
    // The same rules: host thread, must not block.
    std::function<void(std::shared_ptr<const proto::Presence>)> on_presence;
};

// What a command submitted in-process (console, `serve --demo` set-up) came to.
struct LocalOutcome {
    core::Seq seq = 0;                     // the last event it caused, once durable
    std::optional<core::Refusal> refusal;  // the rules said no
    std::optional<std::string> failure;    // the store failed: nothing changed
    bool accepted() const { return !refusal && !failure; }
};

class SessionHost {
public:
    // Takes over a writable session file: folds its log, and if a turn was running when
    // the previous host stopped, pauses it (PauseReason::recovery) at the moment of the
    // last stored event, so the time the host was down does not count. Then starts the
    // host thread. Fails with a message naming the file when the log cannot be read.
    static core::Result<std::unique_ptr<SessionHost>, std::string> start(store::SessionFile file, Outbox& outbox,
                                                                         HostOptions options = {});
    ~SessionHost();  // stop()
    SessionHost(const SessionHost&) = delete;
    SessionHost& operator=(const SessionHost&) = delete;

    // Any thread; never blocks on the host or the disk.
    void submit(ConnectionId connection, proto::ClientMessage message);
    void disconnected(ConnectionId connection);
    // The part of a facilitator's log last sent to this connection (Outbox::send_part) has
    // left its queue: the host sends the next.
    void part_written(ConnectionId connection);
    std::future<LocalOutcome> submit_local(core::ParticipantId actor, core::CommandBody body);
    // The gespreksleider's answer to a device asking to go on as a participant
    // (proto::Presence::seat_requests, handed to on_presence).
    void answer_take_over(std::uint32_t request, bool allow);
    // A copy of the state after everything submitted before this call (tests, exports).
    std::future<core::State> state();

    // Answers what is queued, publishes, and closes the file (checkpointing the WAL).
    void stop();

    // The session clock (ms), the one events are stamped with; any thread.
    core::Millis now() const;

    const std::string& session_code() const;
    const std::string& facilitator_secret() const;
    const std::filesystem::path& file_path() const;

    struct Impl;

private:
    explicit SessionHost(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace lagerhuis::host
