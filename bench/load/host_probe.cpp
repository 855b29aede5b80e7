#include "bench/load/host_probe.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json/parse.hpp>

#include "proto/wire_codec.hpp"

namespace lagerhuis::bench {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

namespace {

// Runs `talk` on a connected stream: the socket, or a TLS stream over it.
template <class Talk>
auto connected(const std::string& host, std::uint16_t port, bool tls, Talk talk) {
    asio::io_context io;
    tcp::resolver resolver(io);
    const auto endpoints = resolver.resolve(host, std::to_string(port));
    if (!tls) {
        tcp::socket socket(io);
        asio::connect(socket, endpoints);
        return talk(socket);
    }
    asio::ssl::context context(asio::ssl::context::tls_client);
    beast::ssl_stream<tcp::socket> stream(io, context);
    asio::connect(beast::get_lowest_layer(stream), endpoints);
    stream.handshake(asio::ssl::stream_base::client);
    return talk(stream);
}

}  // namespace

core::Result<int, std::string> health_pid(const std::string& host, std::uint16_t port, bool tls) {
    try {
        return connected(host, port, tls, [&](auto& socket) -> core::Result<int, std::string> {
            beast::http::request<beast::http::empty_body> request{beast::http::verb::get, "/health", 11};
            request.set(beast::http::field::host, host);
            beast::http::write(socket, request);
            beast::flat_buffer buffer;
            beast::http::response<beast::http::string_body> response;
            beast::http::read(socket, buffer, response);
            if (response.result() != beast::http::status::ok)
                return core::Failure{"GET /health answered " + std::to_string(response.result_int())};
            return static_cast<int>(boost::json::parse(response.body()).at("pid").to_number<std::int64_t>());
        });
    } catch (const boost::system::system_error& error) {
        return core::Failure{"GET /health failed: " + error.code().message()};
    } catch (const std::exception& error) {
        return core::Failure{std::string("GET /health failed: ") + error.what()};
    }
}

// The drogredenen in force, from the welcome a fresh connection gets after hello.
core::Result<std::vector<std::string>, std::string> catalog_fallacies(const std::string& host, std::uint16_t port,
                                                                      bool tls) {
    try {
        return connected(host, port, tls, [&](auto& stream) -> core::Result<std::vector<std::string>, std::string> {
        beast::websocket::stream<std::remove_reference_t<decltype(stream)>&> ws(stream);
        ws.handshake(host, "/ws");
        ws.write(asio::buffer(proto::encode_client_message(proto::Hello{proto::protocol_version, "load"})));
        beast::flat_buffer buffer;
        ws.read(buffer);
        auto message = proto::decode_server_message(beast::buffers_to_string(buffer.data()));
        const auto* welcome = message ? std::get_if<proto::Welcome>(&*message) : nullptr;
        if (!welcome) return core::Failure{std::string("the host did not answer hello with a welcome")};
        std::vector<std::string> ids;
        for (const auto& fallacy : welcome->catalog.fallacies) ids.push_back(fallacy.id);
        beast::error_code ignored;
        ws.close(beast::websocket::close_code::normal, ignored);
        if (ids.empty()) return core::Failure{std::string("the welcome's catalog has no drogredenen")};
        return ids;
        });
    } catch (const boost::system::system_error& error) {
        return core::Failure{"WebSocket hello failed: " + error.code().message()};
    } catch (const std::exception& error) {
        return core::Failure{std::string("WebSocket hello failed: ") + error.what()};
    }
}

}  // namespace lagerhuis::bench
