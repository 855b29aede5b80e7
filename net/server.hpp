#pragma once
// The host's network side: one TCP port serving the participant page over HTTP and the
// wire protocol over WebSocket (/ws), on its own thread (the network thread).
//
//   auto server = Server::start({.port = 8080, .web_root = "assets/web"});
//   auto host = SessionHost::start(std::move(file), **server);   // the server is its Outbox
//   (*server)->serve(*host);                                    // now it accepts connections
//
// The network thread never waits on the host or the disk: messages go to the host's inbox,
// answers come back as Outbox calls posted to this thread. Each connection has a bounded
// queue of outgoing messages; a client that does not read is dropped (bye too_slow)
// before it can grow the host's memory, and never delays the others.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "host/outbox.hpp"
#include "host/session_host.hpp"
#include "net/server_tls.hpp"

namespace lagerhuis::net {

struct ServerOptions {
    std::string bind = "0.0.0.0";
    std::uint16_t port = 8080;  // 0: any free port (see Server::port())
    std::filesystem::path web_root;       // assets/web
    std::filesystem::path messages_file;  // assets/messages.ini, served as /messages.ini
    // Per connection: queued outgoing bytes before the client counts as stuck.
    std::size_t max_queued_bytes = 2 * 1024 * 1024;
    // Kernel send buffer per connection in bytes (0: the system's, which grows to
    // megabytes): what a stalled client can hold beyond max_queued_bytes.
    int socket_send_buffer = 0;
    // Per connection: messages a second, and the burst allowed above that.
    double messages_per_second = 20;
    double message_burst = 40;
    // HTTPS and WSS on the same port when set (plain HTTP there is redirected to https://).
    // A renewed certificate is loaded when the files' times change (looked at every
    // tls_check_interval) or on SIGHUP; connected clients stay connected.
    TlsFiles tls;
    std::chrono::milliseconds tls_check_interval{std::chrono::seconds(60)};
    // Behind a proxy under a path ("/lagerhuis"): everything is served below it (the page at
    // /lagerhuis/, the wire at /lagerhuis/ws); empty: at the root.
    std::string base_path;
    // Log lines (English) go here; empty: standard error.
    std::function<void(const std::string&)> log;
};

struct ServerCounters {
    std::uint64_t connections = 0;       // open WebSocket connections
    std::uint64_t connections_ever = 0;  // WebSocket connections accepted since the start
    std::uint64_t subscribed = 0;        // of which joined (participants and facilitators)
    std::uint64_t dropped_slow = 0;      // dropped for not reading
    std::uint64_t refused_messages = 0;  // answered with an error (bad input, floods)
    core::Seq published_seq = 0;
    std::uint64_t certificate_reloads = 0;  // renewed TLS certificates taken in
};

class Server : public host::Outbox {
public:
    // Binds and listens; fails with a message when the port is taken, the address is wrong
    // or the TLS files do not serve (check_tls_files words that for people).
    static core::Result<std::unique_ptr<Server>, std::string> start(ServerOptions options);
    ~Server() override;  // stop()

    std::uint16_t port() const;
    bool tls() const;
    // Loads the TLS files again now (what SIGHUP does); a failure keeps the previous ones.
    void reload_certificate();
    // Starts answering WebSocket messages, handing them to `host`.
    void serve(host::SessionHost& host);
    // Closes every connection and stops the network thread.
    void stop();
    // A copy, taken on the network thread.
    ServerCounters counters() const;

    // host::Outbox: called on the host thread; each posts to the network thread.
    void send(host::ConnectionId connection, host::Text message) override;
    void send_with_publication(host::ConnectionId connection, host::Text message) override;
    void send_part(host::ConnectionId connection, host::Text part) override;
    std::size_t max_part_bytes() const override;
    void subscribe(host::ConnectionId connection, core::ParticipantId participant, host::Audience audience) override;
    void publish(host::Publication publication) override;
    void start_at(core::Seq seq) override;
    bool accepting_publications() const override;
    void set_welcome(host::Text welcome) override;
    void disconnect(host::ConnectionId connection, host::Text bye) override;

    struct Impl;

private:
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace lagerhuis::net
