// The Beast side of the host: listener, HTTP sessions (the page, /health) and WebSocket
// sessions (the wire protocol), all on one io_context run by the network thread.
#include "net/server.hpp"

#include <algorithm>
#include <atomic>
#include <deque>
#include <future>
#include <iostream>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include "net/event_loop_impl.hpp"
#include "net/http_files.hpp"
#include "net/rate_limiter.hpp"
#include "platform/process_identity.hpp"
#include "proto/wire_codec.hpp"

namespace lagerhuis::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using host::ConnectionId;
using host::Text;

class WebSocketSession;

struct Server::Impl {
    ServerOptions options;
    // Declared before the loop: handlers destroyed with the io_context remove themselves here.
    std::unordered_map<ConnectionId, std::weak_ptr<WebSocketSession>> sessions;
    std::unordered_set<ConnectionId> participants;
    std::unordered_set<ConnectionId> facilitators;
    std::unordered_map<std::uint32_t, ConnectionId> by_participant;
    ServerCounters counters;
    Text welcome;
    host::SessionHost* host = nullptr;
    ConnectionId next_connection = 1;
    // Publications handed over by the host and not yet fanned out: the host waits while
    // one is pending, so a slow fan-out coalesces batches instead of queueing them.
    std::atomic<int> publications_in_flight{0};

    EventLoop loop;
    tcp::acceptor acceptor{loop.impl().context};
    std::thread thread;

    asio::io_context& context() { return loop.impl().context; }
    void log(const std::string& line) const {
        if (options.log)
            options.log(line);
        else
            std::cerr << line << '\n';
    }
    void accept();
    void forget(ConnectionId connection);
    std::shared_ptr<WebSocketSession> session(ConnectionId connection) {
        auto found = sessions.find(connection);
        return found == sessions.end() ? nullptr : found->second.lock();
    }
};

// [SECTION] WebSocket sessions
class WebSocketSession : public std::enable_shared_from_this<WebSocketSession> {
public:
    WebSocketSession(tcp::socket socket, Server::Impl& server, ConnectionId id)
        : ws_(std::move(socket)),
          server_(server),
          id_(id),
          limiter_(server.options.messages_per_second, server.options.message_burst),
          close_timer_(server.context()) {}

    void start(http::request<http::string_body> request) {
        // Our frames go straight to the socket (write_queued: a system call per connection
        // and publication, not per message), so Beast must not write on its own meanwhile:
        // no keep-alive pings (every client pings at the protocol level every few seconds,
        // so the idle timeout only cuts connections that went silent). Beast still writes
        // the handshake (before any frame of ours), our close (once our queue is drained)
        // and its answer to a client's ping or close frame; that answer could land inside
        // a frame of ours only while a write of ours is stuck half done on a full socket,
        // and would then garble that one connection, whose client sent the ping.
        auto timeouts = websocket::stream_base::timeout::suggested(beast::role_type::server);
        timeouts.keep_alive_pings = false;
        ws_.set_option(timeouts);
        beast::error_code ignored;
        socket().set_option(tcp::no_delay(true), ignored);  // we coalesce ourselves
        // The frame limit is ours, not Beast's: Beast would fail the connection on the frame
        // header, before we could say why (read_message() reads at most one byte past it).
        ws_.read_message_max(0);
        ws_.async_accept(request, [self = shared_from_this()](beast::error_code error) {
            if (error) return self->closed();
            self->server_.sessions[self->id_] = self->weak_from_this();
            self->server_.counters.connections += 1;
            self->read_message();
        });
    }

    // Queues a message and writes at once unless a write is in flight (its completion
    // writes what queued up meanwhile); drops the connection when the client stopped reading.
    void deliver(const Text& message) {
        if (!queue(message)) return;
        if (!writing_) write_queued();
    }

    // A part of a facilitator's log: the host hears when it has been written (part_written),
    // and only then makes the next, so the queue holds one part at a time.
    void deliver_part(const Text& part) {
        part_ = part;
        deliver(part);
    }

    // Queues without writing: a publication queues each connection's messages first and
    // then calls write_queued(), so one connection's batch and personal part go out in
    // one system call. False when the message was not queued (closing or dropped).
    bool queue(const Text& message) {
        if (closing_) return false;
        queued_bytes_ += message->size();
        if (queued_bytes_ > server_.options.max_queued_bytes) {
            drop_slow();
            return false;
        }
        queue_.push_back(message);
        return true;
    }

    // Writes everything queued as ready-made WebSocket frames in one gathered write.
    void write_queued() {
        if (writing_ || queue_.empty()) return;
        writing_ = true;
        const std::size_t count = std::min(queue_.size(), max_frames_per_write);
        headers_.resize(count);
        buffers_.clear();
        for (std::size_t i = 0; i < count; ++i) {
            in_flight_.push_back(std::move(queue_.front()));
            queue_.pop_front();
            const std::string& payload = *in_flight_.back();
            buffers_.push_back(asio::buffer(headers_[i].bytes, headers_[i].set_text(payload.size())));
            buffers_.push_back(asio::buffer(payload));
        }
        asio::async_write(socket(), buffers_, [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->on_written(error);
        });
    }

    // Sends `bye` (if any) after what is queued, then a close frame with `why`.
    void close_after(const Text& bye, websocket::close_reason why = websocket::close_code::normal) {
        if (closing_) return;
        if (bye) deliver(bye);
        closing_ = true;
        close_reason_ = std::move(why);
        // A peer that never reads would hold the socket forever: cut it after a second.
        close_timer_.expires_after(std::chrono::seconds(1));
        close_timer_.async_wait([self = shared_from_this()](beast::error_code error) {
            if (!error) self->hard_close();
        });
        if (!writing_) graceful_close();
    }

    void hard_close() {
        beast::error_code ignored;
        beast::get_lowest_layer(ws_).socket().shutdown(tcp::socket::shutdown_both, ignored);
        beast::get_lowest_layer(ws_).close();
    }

private:
    // The header of an unmasked, unfragmented text frame, as a server sends it (RFC 6455 5.2).
    struct FrameHeader {
        unsigned char bytes[10];
        std::size_t set_text(std::size_t payload) {
            bytes[0] = 0x81;  // FIN, text
            if (payload < 126) {
                bytes[1] = static_cast<unsigned char>(payload);
                return 2;
            }
            if (payload <= 0xFFFF) {
                bytes[1] = 126;
                bytes[2] = static_cast<unsigned char>(payload >> 8);
                bytes[3] = static_cast<unsigned char>(payload);
                return 4;
            }
            bytes[1] = 127;
            for (int i = 0; i < 8; ++i) bytes[2 + i] = static_cast<unsigned char>(static_cast<std::uint64_t>(payload) >> (56 - 8 * i));
            return 10;
        }
    };

    // Frames gathered into one write: bounded so one write's buffer list stays small.
    static constexpr std::size_t max_frames_per_write = 32;

    // Reads a message piece by piece, never holding more than one byte past the limit.
    void read_message() {
        const std::size_t room = proto::max_client_frame_bytes + 1 - buffer_.size();
        ws_.async_read_some(buffer_, room, [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->on_read(error);
        });
    }

    void on_read(beast::error_code error) {
        if (error) return closed();
        if (buffer_.size() > proto::max_client_frame_bytes) {
            // Said first, then closed with 1009; Beast's close reads the rest of the message away.
            const auto reason = proto::WireReason{proto::WireCode::message_too_large}.with(
                "max", std::to_string(proto::max_client_frame_bytes));
            refuse(reason);
            buffer_.clear();
            return close_after(nullptr, close_for(websocket::close_code::too_big, reason.code));
        }
        if (!ws_.is_message_done()) return read_message();
        const std::string text = beast::buffers_to_string(buffer_.data());
        buffer_.consume(buffer_.size());
        if (!closing_) handle(text);
        read_message();
    }

    // A close frame's reason is the wire reason code, so a client that missed (or never
    // reads) the error or bye before it still learns which limit it hit.
    static websocket::close_reason close_for(websocket::close_code code, proto::WireCode reason) {
        return websocket::close_reason(code, std::string(core::to_string(reason)));
    }

    void handle(const std::string& text) {
        const auto verdict = limiter_.take(std::chrono::steady_clock::now());
        if (verdict == RateLimiter::Verdict::drop_quietly) return;
        if (verdict == RateLimiter::Verdict::refuse) {
            return refuse(proto::WireReason{proto::WireCode::rate_limited}.with(
                "per_second", std::to_string(static_cast<int>(server_.options.messages_per_second))));
        }
        if (verdict == RateLimiter::Verdict::disconnect) {
            server_.log("connection " + std::to_string(id_) + ": dropped for flooding");
            return close_after(encode(proto::Bye{proto::WireReason{proto::WireCode::rate_limited}.with(
                                   "per_second", std::to_string(static_cast<int>(server_.options.messages_per_second)))}),
                               close_for(websocket::close_code::policy_error, proto::WireCode::rate_limited));
        }
        auto decoded = proto::decode_client_message(text);
        if (!decoded) return refuse(decoded.error());
        if (auto* hello = std::get_if<proto::Hello>(&*decoded)) {
            if (hello->protocol != proto::protocol_version) {
                refuse(proto::WireReason{proto::WireCode::protocol_mismatch}
                           .with("expected", std::to_string(proto::protocol_version))
                           .with("got", std::to_string(hello->protocol)));
                return close_after(nullptr);
            }
            greeted_ = true;
            if (server_.welcome) deliver(server_.welcome);
            return;
        }
        if (auto* ping = std::get_if<proto::Ping>(&*decoded))
            return deliver(encode(proto::Pong{ping->client_ms, server_.host->now()}));
        if (!greeted_) return refuse(proto::WireReason{proto::WireCode::say_hello_first});
        server_.host->submit(id_, std::move(*decoded));
    }

    void refuse(proto::WireReason reason) {
        server_.counters.refused_messages += 1;
        server_.log("connection " + std::to_string(id_) + ": " + reason.message());
        deliver(encode(proto::WireError{std::move(reason), std::nullopt}));
    }

    template <class Message>
    static Text encode(Message message) {
        return std::make_shared<const std::string>(proto::encode_server_message(proto::ServerMessage{std::move(message)}));
    }

    void on_written(beast::error_code error) {
        const bool part_written = part_ && std::find(in_flight_.begin(), in_flight_.end(), part_) != in_flight_.end();
        for (const auto& message : in_flight_) queued_bytes_ -= message->size();
        in_flight_.clear();
        writing_ = false;
        if (error) return closed();
        if (part_written) {
            part_.reset();
            if (server_.host && !closing_) server_.host->part_written(id_);
        }
        if (!queue_.empty()) return write_queued();
        if (closing_) graceful_close();
    }

    tcp::socket& socket() { return beast::get_lowest_layer(ws_).socket(); }

    void graceful_close() {
        ws_.async_close(close_reason_, [self = shared_from_this()](beast::error_code) {
            self->close_timer_.cancel();
            self->closed();
        });
    }

    void drop_slow() {
        server_.counters.dropped_slow += 1;
        server_.log("connection " + std::to_string(id_) + ": dropped, " + std::to_string(queued_bytes_) +
                    " bytes waiting unread");
        // Keep only what is being written; the rest is what the client failed to read.
        queue_.clear();
        queued_bytes_ = 0;
        for (const auto& message : in_flight_) queued_bytes_ += message->size();
        // 1013 (try again later): the client may reconnect and resume. It reaches only a
        // client that reads again before the close timer cuts the connection.
        close_after(encode(proto::Bye{proto::WireReason{proto::WireCode::too_slow}}),
                    close_for(websocket::close_code::try_again_later, proto::WireCode::too_slow));
    }

    void closed() {
        if (forgotten_) return;
        forgotten_ = true;
        closing_ = true;
        server_.forget(id_);
    }

    websocket::stream<beast::tcp_stream> ws_;
    Server::Impl& server_;
    ConnectionId id_;
    RateLimiter limiter_;
    asio::steady_timer close_timer_;
    websocket::close_reason close_reason_;  // sent once the queue is written (close_after)
    beast::flat_buffer buffer_;
    std::deque<Text> queue_;      // not yet written
    std::vector<Text> in_flight_;  // being written, kept alive until the write completes
    Text part_;                    // the part of a facilitator's log whose writing the host awaits
    std::vector<FrameHeader> headers_;
    std::vector<asio::const_buffer> buffers_;
    std::size_t queued_bytes_ = 0;
    bool writing_ = false;
    bool closing_ = false;
    bool greeted_ = false;
    bool forgotten_ = false;
};

// [SECTION] HTTP sessions
class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket socket, Server::Impl& server) : stream_(std::move(socket)), server_(server) {}

    void read() {
        parser_.emplace();
        parser_->body_limit(16 * 1024);
        stream_.expires_after(std::chrono::seconds(30));
        http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->on_read(error);
        });
    }

private:
    void on_read(beast::error_code error) {
        if (error) return;  // closed, timed out or garbage: nothing to answer
        auto request = parser_->release();
        if (websocket::is_upgrade(request) && request.target() == "/ws") {
            stream_.expires_never();
            const ConnectionId id = server_.next_connection++;
            std::make_shared<WebSocketSession>(stream_.release_socket(), server_, id)->start(std::move(request));
            return;
        }
        auto response = std::make_shared<http::response<http::string_body>>(answer(request));
        http::async_write(stream_, *response, [self = shared_from_this(), response](beast::error_code written, std::size_t) {
            if (written || !response->keep_alive()) {
                beast::error_code ignored;
                self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                return;
            }
            self->read();
        });
    }

    http::response<http::string_body> answer(const http::request<http::string_body>& request) {
        const std::string target(request.target());
        const std::string path = target.substr(0, target.find('?'));
        HttpReply reply;
        if (request.method() != http::verb::get && request.method() != http::verb::head) {
            reply = HttpReply{405, "text/plain; charset=utf-8", "Only GET and HEAD are served here.\n"};
        } else if (path == "/health") {
            const auto& c = server_.counters;
            reply = HttpReply{200, "application/json",
                              "{\"status\":\"ok\",\"pid\":" + std::to_string(platform::process_id()) +
                                  ",\"seq\":" + std::to_string(c.published_seq) +
                                  ",\"participants\":" + std::to_string(c.subscribed) +
                                  ",\"connections\":" + std::to_string(c.connections) + "}"};
        } else {
            reply = static_file_reply(server_.options.web_root, server_.options.messages_file, path);
        }
        http::response<http::string_body> response{static_cast<http::status>(reply.status), request.version()};
        response.set(http::field::server, "lagerhuis");
        response.set(http::field::content_type, reply.content_type);
        response.set(http::field::cache_control, "no-cache");
        response.set("Content-Security-Policy", content_security_policy);
        response.set("X-Content-Type-Options", "nosniff");
        response.keep_alive(request.keep_alive());
        if (request.method() == http::verb::head)
            response.content_length(reply.body.size());
        else
            response.body() = std::move(reply.body);
        response.prepare_payload();
        return response;
    }

    beast::tcp_stream stream_;
    Server::Impl& server_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
};

// [SECTION] Server
void Server::Impl::accept() {
    acceptor.async_accept(context(), [this](beast::error_code error, tcp::socket socket) {
        if (error) {
            if (error == asio::error::operation_aborted) return;
            // Out of file descriptors (or a similar condition): retrying at once would spin
            // and flood the log; wait a moment, say it once per pause.
            log(std::string("accept failed: ") + error.message() + "; pausing new connections for 100 ms");
            loop.after(std::chrono::milliseconds(100), [this] {
                if (acceptor.is_open()) accept();
            });
            return;
        } else {
            if (options.socket_send_buffer > 0) {
                beast::error_code ignored;
                socket.set_option(asio::socket_base::send_buffer_size(options.socket_send_buffer), ignored);
            }
            std::make_shared<HttpSession>(std::move(socket), *this)->read();
        }
        accept();
    });
}

void Server::Impl::forget(ConnectionId connection) {
    if (sessions.erase(connection) == 0) return;
    counters.connections -= 1;
    if (participants.erase(connection) + facilitators.erase(connection) > 0) counters.subscribed -= 1;
    std::erase_if(by_participant, [&](const auto& entry) { return entry.second == connection; });
    if (host) host->disconnected(connection);
}

core::Result<std::unique_ptr<Server>, std::string> Server::start(ServerOptions options) {
    auto impl = std::make_unique<Impl>();
    impl->options = std::move(options);
    beast::error_code error;
    const auto address = asio::ip::make_address(impl->options.bind, error);
    if (error) return core::Failure{"cannot listen on '" + impl->options.bind + "': not an IP address"};
    const tcp::endpoint endpoint{address, impl->options.port};
    auto& acceptor = impl->acceptor;
    acceptor.open(endpoint.protocol(), error);
    if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error) acceptor.bind(endpoint, error);
    if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return core::Failure{"cannot listen on " + impl->options.bind + ":" + std::to_string(impl->options.port) + ": " +
                             error.message()};
    std::unique_ptr<Server> server(new Server(std::move(impl)));
    server->impl_->thread = std::thread([raw = server->impl_.get()] { raw->loop.run(); });
    return server;
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { stop(); }

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::serve(host::SessionHost& host) {
    impl_->loop.post([impl = impl_.get(), &host] {
        impl->host = &host;
        impl->accept();
    });
}

void Server::stop() {
    if (!impl_->thread.joinable()) return;
    impl_->loop.post([impl = impl_.get()] {
        beast::error_code ignored;
        impl->acceptor.close(ignored);
        for (auto& [id, weak] : impl->sessions)
            if (auto session = weak.lock()) session->hard_close();
        impl->host = nullptr;
    });
    // Give the closes a moment to run, then stop the loop.
    impl_->loop.after(std::chrono::milliseconds(100), [impl = impl_.get()] { impl->loop.stop(); });
    impl_->thread.join();
}

ServerCounters Server::counters() const {
    std::promise<ServerCounters> copy;
    auto future = copy.get_future();
    impl_->loop.post([impl = impl_.get(), &copy] { copy.set_value(impl->counters); });
    return future.get();
}

void Server::send(ConnectionId connection, Text message) {
    impl_->loop.post([impl = impl_.get(), connection, message = std::move(message)] {
        if (auto session = impl->session(connection)) session->deliver(message);
    });
}

void Server::send_with_publication(ConnectionId connection, Text message) {
    impl_->loop.post([impl = impl_.get(), connection, message = std::move(message)] {
        auto session = impl->session(connection);
        if (!session || !session->queue(message)) return;
        // Only a subscribed connection is written to by the next publication.
        if (!impl->participants.count(connection) && !impl->facilitators.count(connection)) session->write_queued();
    });
}

void Server::send_part(ConnectionId connection, Text part) {
    impl_->loop.post([impl = impl_.get(), connection, part = std::move(part)] {
        if (auto session = impl->session(connection)) session->deliver_part(part);
    });
}

// A quarter of the queue: room beside the part for the batches and answers of a busy room.
std::size_t Server::max_part_bytes() const { return impl_->options.max_queued_bytes / 4; }

void Server::subscribe(ConnectionId connection, core::ParticipantId participant, host::Audience audience) {
    impl_->loop.post([impl = impl_.get(), connection, participant, audience] {
        if (!impl->session(connection)) return;  // gone meanwhile
        auto& set = audience == host::Audience::facilitator ? impl->facilitators : impl->participants;
        if (set.insert(connection).second) impl->counters.subscribed += 1;
        impl->by_participant[participant.value] = connection;
    });
}

bool Server::accepting_publications() const { return impl_->publications_in_flight.load() == 0; }

void Server::publish(host::Publication publication) {
    impl_->publications_in_flight += 1;
    impl_->loop.post([impl = impl_.get(), publication = std::move(publication)] {
        impl->publications_in_flight -= 1;
        impl->counters.published_seq = publication.seq;
        // Everything is queued first and written after, one write per connection.
        std::vector<std::shared_ptr<WebSocketSession>> audience;
        audience.reserve(impl->participants.size() + impl->facilitators.size());
        auto queue_for = [&](const std::unordered_set<ConnectionId>& connections, const Text& message) {
            if (!message) return;  // nothing for this audience
            for (ConnectionId connection : connections)
                if (auto session = impl->session(connection); session && session->queue(message))
                    audience.push_back(std::move(session));
        };
        queue_for(impl->participants, publication.participant_batch);
        queue_for(impl->facilitators, publication.facilitator_batch);
        for (const auto& [participant, message] : publication.personal) {
            const auto found = impl->by_participant.find(participant.value);
            if (found == impl->by_participant.end() || !impl->participants.count(found->second)) continue;
            if (auto session = impl->session(found->second)) session->queue(message);
        }
        for (const auto& session : audience) session->write_queued();
    });
}

void Server::start_at(core::Seq seq) {
    impl_->loop.post([impl = impl_.get(), seq] { impl->counters.published_seq = seq; });
}

void Server::set_welcome(Text welcome) {
    impl_->loop.post([impl = impl_.get(), welcome = std::move(welcome)] { impl->welcome = welcome; });
}

void Server::disconnect(ConnectionId connection, Text bye) {
    impl_->loop.post([impl = impl_.get(), connection, bye = std::move(bye)] {
        if (auto session = impl->session(connection)) session->close_after(bye);
    });
}

}  // namespace lagerhuis::net
