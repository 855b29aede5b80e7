#pragma once
// The server's state on the network thread, shared by the session templates
// (websocket_session.hpp, http_session.hpp) and server.cpp; net/'s own .cpp files only.
#include <atomic>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include "net/event_loop_impl.hpp"
#include "net/server.hpp"

namespace lagerhuis::net {

// One WebSocket connection as the fan-out sees it, whatever stream it runs over (plain
// TCP or TLS): WebSocketSession<Stream> implements it.
class WireConnection {
public:
    virtual ~WireConnection() = default;
    // Queues a message and writes at once unless a write is in flight.
    virtual void deliver(const host::Text& message) = 0;
    // A part of a facilitator's log: the host hears when it has been written.
    virtual void deliver_part(const host::Text& part) = 0;
    // Queues without writing; false when the message was not queued (closing or dropped).
    virtual bool queue(const host::Text& message) = 0;
    virtual void write_queued() = 0;
    // Sends `bye` (if any) after what is queued, then a close frame with `why`.
    virtual void close_after(const host::Text& bye, boost::beast::websocket::close_reason why =
                                                         boost::beast::websocket::close_code::normal) = 0;
    virtual void hard_close() = 0;
};

struct Server::Impl {
    ServerOptions options;
    // Declared before the loop: handlers destroyed with the io_context remove themselves here.
    std::unordered_map<host::ConnectionId, std::weak_ptr<WireConnection>> sessions;
    std::unordered_set<host::ConnectionId> participants;
    std::unordered_set<host::ConnectionId> facilitators;
    std::unordered_map<std::uint32_t, host::ConnectionId> by_participant;
    ServerCounters counters;
    host::Text welcome;
    host::SessionHost* host = nullptr;
    host::ConnectionId next_connection = 1;
    // Publications handed over by the host and not yet fanned out: the host waits while
    // one is pending, so a slow fan-out coalesces batches instead of queueing them.
    std::atomic<int> publications_in_flight{0};

    // TLS: the context new connections get; a renewed certificate replaces it, and each
    // connection keeps the one it was made with (so none is dropped by a renewal).
    std::shared_ptr<boost::asio::ssl::context> tls;
    std::filesystem::file_time_type certificate_time;
    std::filesystem::file_time_type key_time;

    EventLoop loop;
    boost::asio::ip::tcp::acceptor acceptor{loop.impl().context};
    boost::asio::steady_timer certificate_check{loop.impl().context};
    std::optional<boost::asio::signal_set> hangup;
    std::thread thread;

    boost::asio::io_context& context() { return loop.impl().context; }
    void log(const std::string& line) const {
        if (options.log)
            options.log(line);
        else
            std::cerr << line << '\n';
    }
    void accept();
    // Hands a new TCP connection to an HTTP session, over TLS when the server has it.
    void start_session(boost::asio::ip::tcp::socket socket);
    void forget(host::ConnectionId connection);
    std::shared_ptr<WireConnection> session(host::ConnectionId connection) {
        auto found = sessions.find(connection);
        return found == sessions.end() ? nullptr : found->second.lock();
    }
    // Renewed certificates: a look at the files' times every tls_check_interval, and SIGHUP.
    void watch_certificate();
    void wait_for_hangup();
    void reload_certificate(const char* why);
};

}  // namespace lagerhuis::net
