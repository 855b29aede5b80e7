// The Beast side of the host: listener, HTTP sessions (the page, /health) and WebSocket
// sessions (the wire protocol), all on one io_context run by the network thread. The
// sessions are templates over the stream (http_session.hpp, websocket_session.hpp), so
// plain TCP and TLS share them; this file accepts, fans out and renews certificates.
#include "net/server.hpp"

#include <csignal>
#include <future>

#include <boost/beast/core/detect_ssl.hpp>

#include "net/http_session.hpp"
#include "net/server_tls_context.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::net {

using namespace detail;

// [SECTION] Server
void Server::Impl::start_session(tcp::socket socket) {
    if (!tls) {
        std::make_shared<HttpSession<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), nullptr, *this,
                                                         beast::flat_buffer{})
            ->read();
        return;
    }
    // A TLS port still answers plain HTTP: with a redirect to https://, so an address typed
    // without it works. The first bytes tell a TLS hello from a request.
    struct Detection {
        beast::tcp_stream stream;
        beast::flat_buffer buffer;
    };
    auto detection = std::make_shared<Detection>(Detection{beast::tcp_stream(std::move(socket)), {}});
    detection->stream.expires_after(std::chrono::seconds(30));
    beast::async_detect_ssl(detection->stream, detection->buffer,
                            [this, detection, context = tls](beast::error_code error, bool is_tls) mutable {
                                if (error) return;
                                if (!is_tls) {
                                    std::make_shared<HttpSession<beast::tcp_stream>>(
                                        std::move(detection->stream), nullptr, *this, std::move(detection->buffer),
                                        HttpRole::redirect_to_https)
                                        ->read();
                                    return;
                                }
                                using TlsStream = beast::ssl_stream<beast::tcp_stream>;
                                TlsStream stream(std::move(detection->stream), *context);
                                std::make_shared<HttpSession<TlsStream>>(std::move(stream), std::move(context), *this,
                                                                         std::move(detection->buffer))
                                    ->handshake();
                            });
}

void Server::Impl::watch_certificate() {
    certificate_check.expires_after(options.tls_check_interval);
    certificate_check.async_wait([this](beast::error_code error) {
        if (error) return;
        std::error_code ignored;
        const auto certificate = std::filesystem::last_write_time(options.tls.certificate, ignored);
        const auto key = std::filesystem::last_write_time(options.tls.key, ignored);
        if (certificate != certificate_time || key != key_time) reload_certificate("the files changed");
        watch_certificate();
    });
}

void Server::Impl::wait_for_hangup() {
    if (!hangup) return;
    hangup->async_wait([this](beast::error_code error, int) {
        if (error) return;
        reload_certificate("SIGHUP");
        wait_for_hangup();
    });
}

// Connections made before keep their context; only new ones get the renewed certificate.
// A renewal half written (the certificate new, the key still old) fails here and is
// tried again at the next check, while the old context goes on serving.
void Server::Impl::reload_certificate(const char* why) {
    std::error_code ignored;
    const auto certificate = std::filesystem::last_write_time(options.tls.certificate, ignored);
    const auto key = std::filesystem::last_write_time(options.tls.key, ignored);
    auto loaded = load_server_context(options.tls);
    if (!loaded) {
        log(std::string("TLS certificate not reloaded (") + why + "): " + loaded.error().message() +
            "; still serving the previous one");
        return;
    }
    tls = std::move(loaded).value();
    certificate_time = certificate;
    key_time = key;
    counters.certificate_reloads += 1;
    log(std::string("TLS certificate reloaded (") + why + ") from " + platform::utf8_of(options.tls.certificate));
}

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
            start_session(std::move(socket));
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
    if (impl->options.tls.enabled()) {
        auto loaded = load_server_context(impl->options.tls);
        if (!loaded) return core::Failure{loaded.error().message()};
        impl->tls = std::move(loaded).value();
        std::error_code ignored;
        impl->certificate_time = std::filesystem::last_write_time(impl->options.tls.certificate, ignored);
        impl->key_time = std::filesystem::last_write_time(impl->options.tls.key, ignored);
        impl->watch_certificate();
#ifdef SIGHUP
        impl->hangup.emplace(impl->context(), SIGHUP);
        impl->wait_for_hangup();
#endif
    }
    std::unique_ptr<Server> server(new Server(std::move(impl)));
    server->impl_->thread = std::thread([raw = server->impl_.get()] { raw->loop.run(); });
    return server;
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { stop(); }

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

bool Server::tls() const { return impl_->options.tls.enabled(); }

void Server::reload_certificate() {
    impl_->loop.post([impl = impl_.get()] {
        if (impl->tls) impl->reload_certificate("asked");
    });
}

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
        impl->certificate_check.cancel();
        if (impl->hangup) impl->hangup->cancel(ignored);
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
        std::vector<std::shared_ptr<WireConnection>> audience;
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

