#include "live_session.hpp"

#include <catch2/catch.hpp>

#include "host/session_setup.hpp"
#include "proto/asset_files.hpp"

namespace lagerhuis::tests {

namespace {

std::function<void(const std::string&)> quiet_log() {
    return [](const std::string&) {};
}

}  // namespace

void LiveSession::configure_network() {
    network_.bind = "127.0.0.1";
    network_.port = 0;
    network_.web_root = std::filesystem::path(LAGERHUIS_ASSETS_DIR) / "web";
    network_.messages_file = std::filesystem::path(LAGERHUIS_ASSETS_DIR) / "messages.ini";
    if (!network_.log) network_.log = quiet_log();
}

LiveSession::LiveSession(net::ServerOptions network, const std::vector<core::Event>& log) : network_(std::move(network)) {
    configure_network();
    {
        auto opened = store::SessionFile::open(file(), {.program = "lagerhuis test"});
        if (!opened.ok()) FAIL(opened.error().message());
        const auto stored = opened->append(log);
        if (!stored.ok()) FAIL(stored.error().message());
        REQUIRE_FALSE(opened->close());
    }
    start();
}

LiveSession::LiveSession(net::ServerOptions network) : network_(std::move(network)) {
    configure_network();
    start();
    const auto assets = proto::load_session_assets(LAGERHUIS_ASSETS_DIR);
    REQUIRE(assets.ok());
    host::SessionSetup setup;
    setup.config.title = "Proefsessie";
    setup.config.catalog = assets->catalog;
    setup.config.weights = assets->weights;
    setup.statements = {"Het zwembad moet open blijven.", "De wijk beslist zelf over het budget."};
    const auto problem = host::set_up_session(*host_, false, setup);
    INFO(problem.value_or(""));
    REQUIRE_FALSE(problem);
}

LiveSession::~LiveSession() {
    if (host_) host_->stop();
    if (server_) server_->stop();
}

void LiveSession::start() {
    auto server = net::Server::start(network_);
    REQUIRE(server.ok());
    server_ = std::move(server).value();
    auto opened = store::SessionFile::open(file(), {.program = "lagerhuis test"});
    if (!opened.ok()) FAIL(opened.error().message());
    host::HostOptions options;
    options.session_code = live_code;
    options.facilitator_secret = live_secret;
    options.publish_interval = std::chrono::milliseconds(20);
    options.on_presence = [this](std::shared_ptr<const proto::Presence> presence) {
        std::lock_guard lock(presence_mutex_);
        presence_ = std::move(presence);
    };
    auto host = host::SessionHost::start(std::move(opened).value(), *server_, std::move(options));
    if (!host.ok()) FAIL(host.error());
    host_ = std::move(host).value();
    server_->serve(*host_);
}

void LiveSession::restart() {
    host_->stop();
    server_->stop();
    host_.reset();
    server_.reset();
    start();
}

std::shared_ptr<const proto::Presence> LiveSession::presence() const {
    std::lock_guard lock(presence_mutex_);
    return presence_;
}

host::LocalOutcome LiveSession::facilitate(core::CommandBody body) {
    return host_->submit_local(core::ParticipantId{1}, std::move(body)).get();
}

net::ClientOptions live_client(std::uint16_t port, std::string name, bool facilitator) {
    net::ClientOptions options;
    options.port = port;
    options.code = live_code;
    options.name = std::move(name);
    if (facilitator) options.secret = live_secret;
    options.client = "test";
    options.backoff.first = std::chrono::milliseconds(50);
    return options;
}

net::ClientOptions LiveSession::participant(std::string name) const { return live_client(server_->port(), std::move(name)); }

net::ClientOptions LiveSession::co_facilitator(std::string name) const {
    return live_client(server_->port(), std::move(name), true);
}

bool run_until(net::EventLoop& loop, const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        loop.run_for(std::chrono::milliseconds(5));
    }
    return true;
}

RecordingClient::RecordingClient(net::EventLoop& loop, net::ClientOptions options)
    : client_(loop, std::move(options),
              net::ParticipantClient::Listener{
                  [this] { ++joins; },
                  {},
                  {},
                  [this](const std::string& id, core::Seq seq) {
                      acks[id] = seq;
                      every_ack.emplace(id, seq);
                  },
                  [this](const std::string& id, const core::Refusal& reason) { refusals[id] = reason; },
                  [this](const proto::WireReason& reason) { errors.push_back(reason); },
                  [this](const std::string& hash, core::Seq seq) { host_hash = {hash, seq}; },
                  [this](const std::string& why) { disconnects.push_back(why); },
                  [this](const proto::TakeOverWaiting& waiting) { take_over_waits.push_back(waiting); },
                  [this](std::uint32_t request) { take_over_asks.push_back(request); },
              }) {}

bool RecordingClient::has_error(proto::WireCode code) const {
    for (const auto& error : errors)
        if (error.code == code) return true;
    return false;
}

}  // namespace lagerhuis::tests
