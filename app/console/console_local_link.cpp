#include "app/console/console_local_link.hpp"

#include <chrono>

#include "net/lan_addresses.hpp"
#include "net/server.hpp"
#include "proto/asset_files.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::app {

core::Result<std::unique_ptr<LocalLink>, std::string> LocalLink::start(const LocalLinkOptions& options) {
    std::unique_ptr<LocalLink> link(new LocalLink());
    // The port first: a taken port must not leave a new, empty session file behind.
    net::ServerOptions network;
    network.bind = options.bind;
    network.port = options.port;
    network.web_root = options.assets / "web";
    network.messages_file = options.assets / proto::messages_file_name;
    network.tls = options.tls;
    auto server = net::Server::start(std::move(network));
    if (!server) return core::Failure{server.error() + " (choose another with --port)"};
    link->server_ = std::move(server).value();

    std::error_code ignored;
    if (options.session.has_parent_path()) std::filesystem::create_directories(options.session.parent_path(), ignored);
    auto file = store::SessionFile::open(options.session, {.program = "lagerhuis host", .keep_days = options.keep_days});
    if (!file) return core::Failure{file.error().message()};

    host::HostOptions hosting;
    hosting.session_code = options.code;
    hosting.facilitator_secret = options.secret;
    LocalLink* self = link.get();
    hosting.on_state = [self](std::shared_ptr<const core::State> state) { self->on_state(std::move(state)); };
    hosting.on_presence = [self](std::shared_ptr<const proto::Presence> presence) { self->on_presence(std::move(presence)); };
    auto host = host::SessionHost::start(std::move(file).value(), *link->server_, std::move(hosting));
    if (!host) return core::Failure{host.error()};
    link->host_ = std::move(host).value();
    link->listening_since_ms_ = link->host_->now();
    link->path_ = options.session;
    link->bind_ = options.bind;
    link->wake_ = options.wake;

    const core::State initial = link->host_->state().get();
    link->resumed_ = initial.created;
    {
        std::lock_guard lock(link->mutex_);
        link->state_ = std::make_shared<const core::State>(initial);
    }
    if (auto problem = host::set_up_session(*link->host_, link->resumed_, options.setup)) return core::Failure{*problem};
    if (options.resume_paused_turn) {
        const auto* turn = initial.turn(initial.current_turn);
        if (turn && turn->paused()) link->host_->submit_local(host::session_facilitator, core::ResumeTurn{}).wait();
    }
    link->server_->serve(*link->host_);
    return link;
}

LocalLink::~LocalLink() {
    if (host_) host_->stop();
    if (server_) server_->stop();
}

void LocalLink::on_state(std::shared_ptr<const core::State> state) {
    {
        std::lock_guard lock(mutex_);
        state_ = std::move(state);
    }
    if (wake_) wake_();
}

void LocalLink::on_presence(std::shared_ptr<const proto::Presence> presence) {
    {
        std::lock_guard lock(mutex_);
        presence_ = std::move(presence);
    }
    if (wake_) wake_();
}

std::shared_ptr<const core::State> LocalLink::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

std::shared_ptr<const proto::Presence> LocalLink::presence() const {
    std::lock_guard lock(mutex_);
    return presence_;
}

std::uint16_t LocalLink::port() const { return server_->port(); }

bool LocalLink::tls() const { return server_->tls(); }

core::Millis LocalLink::now() const { return host_->now(); }

JoinInfo LocalLink::join_info() const {
    JoinInfo info;
    info.code = host_->session_code();
    info.secret = host_->facilitator_secret();
    info.urls = net::join_urls(bind_, server_->port(), info.code, server_->tls());
    const auto counters = server_->counters();
    info.connections = static_cast<int>(counters.subscribed);
    if (counters.connections_ever == 0) info.unreached_ms = host_->now() - listening_since_ms_;
    return info;
}

void LocalLink::send(ConsoleArea area, core::CommandBody body) {
    waiting_.emplace_back(area, host_->submit_local(host::session_facilitator, std::move(body)));
}

void LocalLink::answer_take_over(std::uint32_t request, bool allow) { host_->answer_take_over(request, allow); }

std::vector<ConsoleAnswer> LocalLink::take_answers() {
    std::vector<ConsoleAnswer> answers;
    std::erase_if(waiting_, [&](auto& waiting) {
        auto& [area, outcome] = waiting;
        if (outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
        const host::LocalOutcome answer = outcome.get();
        ConsoleAnswer shown{area, std::nullopt};
        if (answer.refusal) shown.notice = Notice{0, NoticeTone::problem, *answer.refusal};
        if (answer.failure)
            shown.notice = Notice{0, NoticeTone::problem,
                                  proto::WireReason(proto::WireCode::host_unavailable).with("detail", *answer.failure)};
        answers.push_back(std::move(shown));
        return true;
    });
    return answers;
}

bool LocalLink::busy(ConsoleArea area) const {
    for (const auto& [waiting_area, outcome] : waiting_)
        if (waiting_area == area) return true;
    return false;
}

}  // namespace lagerhuis::app
