#pragma once
// The participant app's connection: the client library (net::ParticipantClient) on a
// network thread of its own, and a copy of what the screen needs handed to the UI thread
// whole (a shared_ptr swapped under a mutex) after every change, with a wake-up call.
// The UI thread never touches the client: it asks through the methods below, which post
// to the network thread.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "app/participant/participant_snapshot.hpp"
#include "core/command.hpp"
#include "net/event_loop.hpp"
#include "net/wire_client.hpp"
#include "net/participant_client.hpp"

namespace lagerhuis::app {

class ParticipantSession {
public:
    // `wake` is called on the network thread whenever a new snapshot is ready.
    ParticipantSession(std::string host, std::uint16_t port, net::WireTls tls, std::function<void()> wake);
    ~ParticipantSession();  // closes the connection and joins the network thread
    ParticipantSession(const ParticipantSession&) = delete;
    ParticipantSession& operator=(const ParticipantSession&) = delete;

    // Thread-safe. Each starts a new client in place of any earlier one.
    void join(std::string code, std::string name);
    // Signs back in with the token the host gave before; falls back to joining with
    // code and name when the host no longer knows it.
    void resume(std::string code, std::string name, std::string token);
    // Thread-safe: a command; its answer (a refusal) is shown in `area`.
    void send(NoticeArea area, core::CommandBody body);
    void dismiss(NoticeArea area);
    // Closes the connection and forgets who we were: the join form again.
    void sign_out();

    // Thread-safe: the newest state.
    std::shared_ptr<const ParticipantSnapshot> snapshot() const;

private:
    struct Pending {
        NoticeArea area = NoticeArea::global;
        std::string fallacy;  // a flag's fallacy, for "Gemeld: …"
    };

    // [SECTION] On the network thread only
    void start_client(std::string code, std::string name, std::string token, ParticipantPhase phase);
    void drop_client();
    net::ParticipantClient::Listener listener(std::uint64_t generation);
    void on_view();
    void on_answer(const std::string& request_id, const core::Refusal* refusal);
    void on_wire_error(const proto::WireReason& reason);
    void on_join_failed(NoticeArea area, Notice notice);
    // Forgets the debate, keeping the host and what was typed to join.
    void back_to_join_form();
    void notify(NoticeArea area, NoticeTone tone, decltype(Notice::what) what);
    void watch_clock();
    void publish();

    const std::string host_;
    const std::uint16_t port_;
    const net::WireTls tls_;
    const std::function<void()> wake_;
    net::EventLoop loop_;
    std::unique_ptr<net::ParticipantClient> client_;
    // Callbacks of a client that was replaced but not yet destroyed are ignored.
    std::uint64_t generation_ = 0;
    ParticipantSnapshot state_;
    std::map<std::string, Pending> pending_;  // request id → where its answer goes
    std::uint64_t notices_ = 0;

    mutable std::mutex mutex_;
    std::shared_ptr<const ParticipantSnapshot> published_;
    std::thread thread_;  // last: runs the loop once everything above exists
};

}  // namespace lagerhuis::app
