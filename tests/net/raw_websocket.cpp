#include "raw_websocket.hpp"

#include <catch2/catch.hpp>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include "proto/wire_codec.hpp"

namespace lagerhuis::tests {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

struct RawWebSocket::Impl {
    asio::io_context io;
    websocket::stream<tcp::socket> ws{io};
    beast::flat_buffer buffer;
    std::vector<std::string> messages;
    bool reading = false;
    bool ended = false;
    beast::error_code ending;

    // One read at a time; each message read starts the next.
    void read() {
        if (reading || ended) return;
        reading = true;
        ws.async_read(buffer, [this](beast::error_code error, std::size_t) {
            reading = false;
            if (error) {
                ended = true;
                ending = error;
                return;
            }
            messages.push_back(beast::buffers_to_string(buffer.data()));
            buffer.consume(buffer.size());
            read();
        });
    }
};

RawWebSocket::RawWebSocket(std::uint16_t port, int receive_buffer) : impl_(std::make_unique<Impl>()) {
    auto& socket = impl_->ws.next_layer();
    socket.open(tcp::v4());
    if (receive_buffer > 0) socket.set_option(asio::socket_base::receive_buffer_size(receive_buffer));
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    impl_->ws.handshake("127.0.0.1", "/ws");
    impl_->ws.read_message_max(0);
}

RawWebSocket::~RawWebSocket() {
    beast::error_code ignored;
    impl_->ws.next_layer().close(ignored);
}

void RawWebSocket::send(const std::vector<std::string>& frames) {
    for (const auto& frame : frames) {
        if (impl_->ended) return;
        bool written = false;
        impl_->ws.async_write(asio::buffer(frame), [&](beast::error_code, std::size_t) { written = true; });
        impl_->read();  // a host that answers while we write is read meanwhile
        impl_->io.restart();
        while (!written && impl_->io.run_one_for(std::chrono::seconds(10)) > 0) {
        }
        REQUIRE(written);
    }
}

RawWebSocket::Ending RawWebSocket::read_until_closed(std::chrono::milliseconds timeout) {
    impl_->read();
    impl_->io.restart();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!impl_->ended && std::chrono::steady_clock::now() < deadline)
        impl_->io.run_one_until(deadline);
    Ending ending;
    ending.messages = impl_->messages;
    if (!impl_->ended) {
        ending.close_code = 0;
        return ending;
    }
    if (impl_->ending == websocket::error::closed) {
        ending.close_code = impl_->ws.reason().code;
        ending.close_reason = std::string(impl_->ws.reason().reason.data(), impl_->ws.reason().reason.size());
    }
    return ending;
}

std::vector<proto::WireCode> wire_reasons(const std::vector<std::string>& messages) {
    std::vector<proto::WireCode> codes;
    for (const auto& text : messages) {
        auto message = proto::decode_server_message(text);
        if (!message) continue;
        if (auto* error = std::get_if<proto::WireError>(&*message)) codes.push_back(error->reason.code);
        if (auto* bye = std::get_if<proto::Bye>(&*message)) codes.push_back(bye->reason.code);
    }
    return codes;
}

}  // namespace lagerhuis::tests
