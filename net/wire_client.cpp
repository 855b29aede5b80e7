#include "net/wire_client.hpp"

#include <deque>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include "net/event_loop_impl.hpp"

namespace lagerhuis::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

struct WireClient::Impl : std::enable_shared_from_this<WireClient::Impl> {
    Impl(EventLoop& loop, Callbacks callbacks)
        : context(loop.impl().context), callbacks(std::move(callbacks)), resolver(context), ws(context) {}

    asio::io_context& context;
    Callbacks callbacks;
    asio::ip::tcp::resolver resolver;
    websocket::stream<beast::tcp_stream> ws;
    beast::flat_buffer buffer;
    std::deque<std::string> queue;
    bool open = false;
    bool writing = false;
    bool ended = false;
    bool detached = false;  // the WireClient is gone: no more callbacks
    bool paused = false;
    bool reading = false;
    std::string host_header;
    std::string path;

    void fail(const std::string& why) {
        if (ended) return;
        ended = true;
        open = false;
        beast::error_code ignored;
        beast::get_lowest_layer(ws).socket().close(ignored);
        if (!detached && callbacks.on_close) callbacks.on_close(why);
    }

    void connect(const std::string& host, std::uint16_t port) {
        host_header = host + ":" + std::to_string(port);
        resolver.async_resolve(host, std::to_string(port),
                               [self = shared_from_this()](beast::error_code error, asio::ip::tcp::resolver::results_type results) {
                                   if (error) return self->fail("cannot resolve: " + error.message());
                                   self->on_resolved(results);
                               });
    }

    void on_resolved(const asio::ip::tcp::resolver::results_type& results) {
        beast::get_lowest_layer(ws).expires_after(std::chrono::seconds(10));
        beast::get_lowest_layer(ws).async_connect(
            results, [self = shared_from_this()](beast::error_code error, const asio::ip::tcp::endpoint&) {
                if (error) return self->fail("cannot connect: " + error.message());
                beast::get_lowest_layer(self->ws).expires_never();
                // Commands are small and wait for nothing: no Nagle delay behind an unacked frame.
                beast::error_code ignored;
                beast::get_lowest_layer(self->ws).socket().set_option(asio::ip::tcp::no_delay(true), ignored);
                self->ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
                self->ws.read_message_max(64 * 1024 * 1024);
                self->ws.async_handshake(self->host_header, self->path, [self](beast::error_code handshake) {
                    if (handshake) return self->fail("handshake failed: " + handshake.message());
                    self->open = true;
                    self->ws.text(true);
                    if (!self->detached && self->callbacks.on_open) self->callbacks.on_open();
                    self->read();
                    if (!self->queue.empty() && !self->writing) self->write_next();
                });
            });
    }

    void read() {
        if (paused || reading || ended) return;
        reading = true;
        ws.async_read(buffer, [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->reading = false;
            if (error) return self->fail(error == websocket::error::closed ? "closed by the host" : error.message());
            // One string per thread, reused: a process with thousands of clients (the load
            // generator) would otherwise allocate and free one per message. Taken out while in
            // use, so a nested read (there is none today) would just allocate its own.
            thread_local std::string spare;
            std::string text = std::move(spare);
            const auto data = self->buffer.data();
            text.assign(static_cast<const char*>(data.data()), data.size());
            self->buffer.consume(self->buffer.size());
            if (!self->detached && self->callbacks.on_text) self->callbacks.on_text(text);
            if (text.capacity() <= 64 * 1024) spare = std::move(text);
            self->read();
        });
    }

    void write_next() {
        writing = true;
        ws.async_write(asio::buffer(queue.front()), [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->writing = false;
            if (error) return self->fail("write failed: " + error.message());
            self->queue.pop_front();
            if (!self->queue.empty() && self->open) self->write_next();
        });
    }
};

WireClient::WireClient(EventLoop& loop, Callbacks callbacks) : impl_(std::make_shared<Impl>(loop, std::move(callbacks))) {}

WireClient::~WireClient() {
    impl_->detached = true;
    close();
}

void WireClient::connect(const std::string& host, std::uint16_t port, const std::string& path) {
    impl_->path = path;
    impl_->connect(host, port);
}

void WireClient::send(std::string text) {
    if (impl_->ended) return;
    impl_->queue.push_back(std::move(text));
    if (impl_->open && !impl_->writing) impl_->write_next();
}

void WireClient::close() {
    if (impl_->ended) return;
    if (!impl_->open) return impl_->fail("closed by the client");
    impl_->open = false;
    impl_->ws.async_close(websocket::close_code::normal,
                          [self = impl_](beast::error_code) { self->fail("closed by the client"); });
}

bool WireClient::is_open() const { return impl_->open; }

void WireClient::pause_reading(bool paused) {
    impl_->paused = paused;
    if (!paused && impl_->open) impl_->read();
}

}  // namespace lagerhuis::net
