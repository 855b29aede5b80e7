#pragma once
// The HTTP side of the host (the page, /health, the upgrade to the wire), as a template over
// the stream like websocket_session.hpp: included by server.cpp only.
#include <optional>


#include "net/http_files.hpp"
#include "net/websocket_session.hpp"
#include "platform/process_identity.hpp"

namespace lagerhuis::net::detail {

// What an HTTP connection is for: the page and the wire, or (plain HTTP that reached a
// TLS port) only a redirect to the same address over https://.
enum class HttpRole { serve, redirect_to_https };

// One HTTP connection over `Stream` (plain TCP, or TLS with its server's context), until
// it is upgraded to a WebSocketSession over the same stream.
template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>> {
public:
    static constexpr bool over_tls = !std::is_same_v<Stream, beast::tcp_stream>;
    using std::enable_shared_from_this<HttpSession<Stream>>::shared_from_this;

    // `buffer`: bytes already read from the connection (looking for a TLS hello).
    HttpSession(Stream stream, std::shared_ptr<asio::ssl::context> tls, Server::Impl& server, beast::flat_buffer buffer,
                HttpRole role = HttpRole::serve)
        : tls_(std::move(tls)), stream_(std::move(stream)), server_(server), buffer_(std::move(buffer)), role_(role) {}

    // TLS: the handshake first, bounded like a request's read.
    void handshake() {
        beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(30));
        // Variadic: Boost 1.81 checks this handler against void(error_code) but calls it with
        // (error_code, bytes used).
        stream_.async_handshake(asio::ssl::stream_base::server, buffer_.data(),
                                [self = shared_from_this()](beast::error_code error, auto... used) {
                                    if (error) return;  // plain bytes, an old protocol, a client that left
                                    (self->buffer_.consume(used), ...);
                                    self->read();
                                });
    }

    void read() {
        parser_.emplace();
        parser_->body_limit(16 * 1024);
        beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(30));
        http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code error, std::size_t) {
            self->on_read(error);
        });
    }

private:
    void on_read(beast::error_code error) {
        if (error) return;  // closed, timed out or garbage: nothing to answer
        auto request = parser_->release();
        const auto& base = server_.options.base_path;
        if (role_ == HttpRole::serve && !base.empty()) {
            // Below the base path, or nothing: "/lagerhuis" itself goes to "/lagerhuis/" so the
            // page's relative addresses (style.css, ws) land below it.
            const std::string_view target = request.target();
            if (target == base) return respond(redirect(request, base + "/"));
            if (!target.starts_with(base + "/")) return respond(answer(request, HttpReply{404, "text/plain; charset=utf-8",
                                                                    "Lagerhuis is served below " + base + "/ here.\n"}));
            request.target(std::string(target.substr(base.size())));
        }
        if (role_ == HttpRole::serve && websocket::is_upgrade(request) && request.target() == "/ws") {
            beast::get_lowest_layer(stream_).expires_never();
            const ConnectionId id = server_.next_connection++;
            std::make_shared<WebSocketSession<Stream>>(std::move(stream_), std::move(tls_), server_, id)
                ->start(std::move(request));
            return;
        }
        respond(answer(request));
    }

    void respond(http::response<http::string_body> answer) {
        auto response = std::make_shared<http::response<http::string_body>>(std::move(answer));
        http::async_write(stream_, *response, [self = shared_from_this(), response](beast::error_code written, std::size_t) {
            if (written || !response->keep_alive()) {
                beast::error_code ignored;
                beast::get_lowest_layer(self->stream_).socket().shutdown(tcp::socket::shutdown_send, ignored);
                return;
            }
            self->read();
        });
    }

    // `fixed`: the reply already decided (outside the base path); else the page, /health.
    http::response<http::string_body> answer(const http::request<http::string_body>& request,
                                             std::optional<HttpReply> fixed = std::nullopt) {
        const std::string target(request.target());
        const std::string path = target.substr(0, target.find('?'));
        HttpReply reply;
        if (fixed) {
            reply = std::move(*fixed);
        } else if (role_ == HttpRole::redirect_to_https) {
            return redirect(request, "https://" + std::string(request[http::field::host]) + std::string(request.target()));
        } else if (request.method() != http::verb::get && request.method() != http::verb::head) {
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

    // Plain HTTP on a TLS port goes to the same address over https:// (a browser follows it;
    // the page then uses wss:); the base path without its slash, to the folder.
    static http::response<http::string_body> redirect(const http::request<http::string_body>& request,
                                                      const std::string& location) {
        http::response<http::string_body> response{http::status::permanent_redirect, request.version()};
        response.set(http::field::server, "lagerhuis");
        response.set(http::field::location, location);
        response.set(http::field::content_type, "text/plain; charset=utf-8");
        response.body() = location.starts_with("https://") ? "This port speaks HTTPS only.\n" : "Moved to " + location + "\n";
        response.keep_alive(false);
        response.prepare_payload();
        return response;
    }

    std::shared_ptr<asio::ssl::context> tls_;  // before stream_: the TLS stream uses it
    Stream stream_;
    Server::Impl& server_;
    beast::flat_buffer buffer_;
    HttpRole role_;
    std::optional<http::request_parser<http::string_body>> parser_;
};


}  // namespace lagerhuis::net::detail
