#pragma once
// The WebSocket side of the host (the wire protocol), as a template over the stream so
// plain TCP and TLS share every line: included by server.cpp only (Beast in one unit).
#include <algorithm>
#include <deque>
#include <memory>
#include <type_traits>
#include <vector>

#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include "net/rate_limiter.hpp"
#include "net/server_impl.hpp"
#include "proto/wire_codec.hpp"

namespace lagerhuis::net::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using host::ConnectionId;
using host::Text;

// One WebSocket connection over `Stream`: beast::tcp_stream, or
// beast::ssl_stream<beast::tcp_stream> for TLS (which keeps its server's context alive).
template <class Stream>
class WebSocketSession final : public WireConnection, public std::enable_shared_from_this<WebSocketSession<Stream>> {
public:
    static constexpr bool over_tls = !std::is_same_v<Stream, beast::tcp_stream>;

    WebSocketSession(Stream stream, std::shared_ptr<asio::ssl::context> tls, Server::Impl& server, ConnectionId id)
        : tls_(std::move(tls)),
          ws_(std::move(stream)),
          server_(server),
          id_(id),
          limiter_(server.options.messages_per_second, server.options.message_burst),
          close_timer_(server.context()) {}

    using std::enable_shared_from_this<WebSocketSession<Stream>>::shared_from_this;
    using std::enable_shared_from_this<WebSocketSession<Stream>>::weak_from_this;

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
            self->server_.sessions[self->id_] = std::weak_ptr<WireConnection>(self->weak_from_this());
            self->server_.counters.connections += 1;
            self->server_.counters.connections_ever += 1;
            self->read_message();
        });
    }

    // Queues a message and writes at once unless a write is in flight (its completion
    // writes what queued up meanwhile); drops the connection when the client stopped reading.
    void deliver(const Text& message) override {
        if (!queue(message)) return;
        if (!writing_) write_queued();
    }

    // A part of a facilitator's log: the host hears when it has been written (part_written),
    // and only then makes the next, so the queue holds one part at a time.
    void deliver_part(const Text& part) override {
        part_ = part;
        deliver(part);
    }

    // Queues without writing: a publication queues each connection's messages first and
    // then calls write_queued(), so one connection's batch and personal part go out in
    // one system call. False when the message was not queued (closing or dropped).
    bool queue(const Text& message) override {
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
    void write_queued() override {
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
        asio::async_write(frame_stream(), buffers_, [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->on_written(error);
        });
    }

    // Sends `bye` (if any) after what is queued, then a close frame with `why`.
    void close_after(const Text& bye, websocket::close_reason why) override {
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

    void hard_close() override {
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
                return close_after(nullptr, websocket::close_code::normal);
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
    // Where our ready-made frames go: the socket itself, or the TLS layer over it.
    decltype(auto) frame_stream() {
        if constexpr (over_tls)
            return (ws_.next_layer());
        else
            return (socket());
    }

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

    std::shared_ptr<asio::ssl::context> tls_;  // before ws_: the TLS stream uses it to the end
    websocket::stream<Stream> ws_;
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


}  // namespace lagerhuis::net::detail
