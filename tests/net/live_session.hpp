#pragma once
// A real host for tests: the Beast server on 127.0.0.1 (a free port), the session host on
// a real session file in a scratch directory, a session created with the shipped catalog
// and two statements, the first open (or a log of the test's own, e.g. a long synthetic
// session). Clients connect with the real client library.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/state.hpp"
#include "host/session_host.hpp"
#include "net/event_loop.hpp"
#include "net/participant_client.hpp"
#include "net/server.hpp"
#include "store/store_fixture.hpp"

namespace lagerhuis::tests {

inline constexpr const char* live_code = "123456";
inline constexpr const char* live_secret = "geheim-1";

class LiveSession {
public:
    explicit LiveSession(net::ServerOptions network = {});
    // The session file holds `log` (from core::SessionCreated on) before the host starts.
    LiveSession(net::ServerOptions network, const std::vector<core::Event>& log);
    ~LiveSession();

    std::uint16_t port() const { return server_->port(); }
    host::SessionHost& host() { return *host_; }
    net::Server& server() { return *server_; }
    std::filesystem::path file() const { return dir_ / "live.lagerhuis"; }
    core::State state() { return host_->state().get(); }
    // What the host last handed the console as who is connected (null before the first).
    std::shared_ptr<const proto::Presence> presence() const;
    // Runs a command as the session's own facilitator (id 1), in-process.
    host::LocalOutcome facilitate(core::CommandBody body);

    net::ClientOptions participant(std::string name) const;
    net::ClientOptions co_facilitator(std::string name) const;

    // Stops host and server, then starts both again on the same file and port 0.
    void restart();

private:
    void configure_network();
    void start();

    TempDir dir_;
    mutable std::mutex presence_mutex_;
    std::shared_ptr<const proto::Presence> presence_;
    net::ServerOptions network_;
    std::unique_ptr<net::Server> server_;
    std::unique_ptr<host::SessionHost> host_;
};

// A client of a live test host on `port`: a participant with the live code, or with
// `facilitator` a co-facilitator with the live secret.
net::ClientOptions live_client(std::uint16_t port, std::string name, bool facilitator = false);

// Runs the loop in this thread until `done()` holds or `timeout` passes; false on timeout.
bool run_until(net::EventLoop& loop, const std::function<bool()>& done,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));

// A client that records everything the host answers.
class RecordingClient {
public:
    RecordingClient(net::EventLoop& loop, net::ClientOptions options);

    net::ParticipantClient& operator*() { return client_; }
    net::ParticipantClient* operator->() { return &client_; }

    std::map<std::string, core::Seq> acks;
    std::multimap<std::string, core::Seq> every_ack;  // a retry answered again shows twice
    std::map<std::string, core::Refusal> refusals;
    std::vector<proto::WireReason> errors;
    std::vector<std::string> disconnects;
    std::optional<std::pair<std::string, core::Seq>> host_hash;
    int joins = 0;
    std::vector<proto::TakeOverWaiting> take_over_waits;
    std::vector<std::uint32_t> take_over_asks;

    bool answered(const std::string& request_id) const { return acks.count(request_id) + refusals.count(request_id) > 0; }
    bool has_error(proto::WireCode code) const;

private:
    net::ParticipantClient client_;
};

}  // namespace lagerhuis::tests
