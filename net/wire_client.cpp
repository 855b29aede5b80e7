#include "net/wire_client.hpp"

#include <deque>
#include <type_traits>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include "net/client_tls.hpp"
#include "net/event_loop_impl.hpp"

namespace lagerhuis::net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

// The connection whatever it runs over; Connection<Stream> below is it for a stream.
struct WireClient::Impl {
    virtual ~Impl() = default;
    virtual void send(std::string text) = 0;
    virtual void close() = 0;
    virtual bool is_open() const = 0;
    virtual void pause_reading(bool paused) = 0;
    virtual void detach() = 0;  // the WireClient is gone: no more callbacks
};

namespace {

// One connection over beast::tcp_stream, or beast::ssl_stream<beast::tcp_stream> (wss://).
template <class Stream>
struct Connection final : WireClient::Impl, std::enable_shared_from_this<Connection<Stream>> {
    static constexpr bool over_tls = !std::is_same_v<Stream, beast::tcp_stream>;
    using std::enable_shared_from_this<Connection<Stream>>::shared_from_this;

    Connection(asio::io_context& context, WireClient::Callbacks callbacks, std::shared_ptr<asio::ssl::context> tls)
        : context(context), callbacks(std::move(callbacks)), resolver(context), tls(std::move(tls)), ws(make_stream()) {}

    asio::io_context& context;
    WireClient::Callbacks callbacks;
    asio::ip::tcp::resolver resolver;
    std::shared_ptr<asio::ssl::context> tls;  // before ws: its TLS stream uses it to the end
    websocket::stream<Stream> ws;
    beast::flat_buffer buffer;
    std::deque<std::string> queue;
    bool open = false;
    bool writing = false;
    bool ended = false;
    bool detached = false;
    bool paused = false;
    bool reading = false;
    std::string host;
    std::string host_header;
    std::string path;

    Stream make_stream() {
        if constexpr (over_tls)
            return Stream(beast::tcp_stream(context), *tls);
        else
            return Stream(context);
    }

    void fail(const std::string& why) {
        if (ended) return;
        ended = true;
        open = false;
        beast::error_code ignored;
        beast::get_lowest_layer(ws).socket().close(ignored);
        if (!detached && callbacks.on_close) callbacks.on_close(why);
    }

    void connect(const std::string& to, std::uint16_t port) {
        host = to;
        host_header = to + ":" + std::to_string(port);
        resolver.async_resolve(to, std::to_string(port),
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
                // Commands are small and wait for nothing: no Nagle delay behind an unacked frame.
                beast::error_code ignored;
                beast::get_lowest_layer(self->ws).socket().set_option(asio::ip::tcp::no_delay(true), ignored);
                if constexpr (over_tls)
                    self->tls_handshake();
                else
                    self->handshake();
            });
    }

    void tls_handshake() {
        auto& stream = ws.next_layer();
        if (!expect_host_name(stream.native_handle(), host)) return fail("cannot check the certificate of '" + host + "'");
        stream.async_handshake(asio::ssl::stream_base::client, [self = shared_from_this()](beast::error_code error) {
            if (error) return self->fail(handshake_failure(self->ws.next_layer().native_handle(), error.message()));
            self->handshake();
        });
    }

    void handshake() {
        beast::get_lowest_layer(ws).expires_never();
        ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
        ws.read_message_max(64 * 1024 * 1024);
        ws.async_handshake(host_header, path, [self = shared_from_this()](beast::error_code handshake) {
            if (handshake) return self->fail("handshake failed: " + handshake.message());
            self->open = true;
            self->ws.text(true);
            if (!self->detached && self->callbacks.on_open) self->callbacks.on_open();
            self->read();
            if (!self->queue.empty() && !self->writing) self->write_next();
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

    void send(std::string text) override {
        if (ended) return;
        queue.push_back(std::move(text));
        if (open && !writing) write_next();
    }

    void close() override {
        if (ended) return;
        if (!open) return fail("closed by the client");
        open = false;
        ws.async_close(websocket::close_code::normal, [self = shared_from_this()](beast::error_code) {
            self->fail("closed by the client");
        });
    }

    bool is_open() const override { return open; }

    void pause_reading(bool pause) override {
        paused = pause;
        if (!pause && open) read();
    }

    void detach() override { detached = true; }
};

}  // namespace

WireClient::WireClient(EventLoop& loop, Callbacks callbacks) : loop_(loop), callbacks_(std::move(callbacks)) {}

WireClient::~WireClient() {
    if (!impl_) return;
    impl_->detach();
    impl_->close();
}

void WireClient::connect(const std::string& host, std::uint16_t port, const std::string& path, const WireTls& tls) {
    auto& context = loop_.impl().context;
    if (!tls.enabled) {
        auto connection = std::make_shared<Connection<beast::tcp_stream>>(context, callbacks_, nullptr);
        connection->path = path;
        impl_ = connection;
        return connection->connect(host, port);
    }
    auto tls_context = client_tls_context(loop_, tls.ca_file);
    if (!tls_context) {
        // Said like any failed attempt, on the loop as the others are.
        loop_.post([on_close = callbacks_.on_close, why = tls_context.error()] {
            if (on_close) on_close(why);
        });
        return;
    }
    auto connection =
        std::make_shared<Connection<beast::ssl_stream<beast::tcp_stream>>>(context, callbacks_, std::move(tls_context).value());
    connection->path = path;
    impl_ = connection;
    connection->connect(host, port);
}

void WireClient::send(std::string text) {
    if (impl_) impl_->send(std::move(text));
}

void WireClient::close() {
    if (impl_) impl_->close();
}

bool WireClient::is_open() const { return impl_ && impl_->is_open(); }

void WireClient::pause_reading(bool paused) {
    if (impl_) impl_->pause_reading(paused);
}

}  // namespace lagerhuis::net
