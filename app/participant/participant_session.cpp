#include "app/participant/participant_session.hpp"

#include <chrono>

namespace lagerhuis::app {

namespace {
// How often the clock estimate is checked for a better one (pongs bring no callback).
constexpr std::chrono::milliseconds clock_check{500};
}  // namespace

ParticipantSession::ParticipantSession(std::string host, std::uint16_t port, net::WireTls tls, std::function<void()> wake)
    : host_(std::move(host)), port_(port), tls_(std::move(tls)), wake_(std::move(wake)) {
    state_.host = host_ + ":" + std::to_string(port_);
    published_ = std::make_shared<const ParticipantSnapshot>(state_);
    thread_ = std::thread([this] { loop_.run(); });
    loop_.post([this] { watch_clock(); });
}

ParticipantSession::~ParticipantSession() {
    loop_.post([this] {
        // Not inside a client callback here: the client can go at once, before the loop stops.
        ++generation_;
        if (client_) client_->close();
        client_.reset();
        loop_.stop();
    });
    thread_.join();
}

// [SECTION] Asked by the UI thread

void ParticipantSession::join(std::string code, std::string name) {
    loop_.post([this, code = std::move(code), name = std::move(name)]() mutable {
        start_client(std::move(code), std::move(name), {}, ParticipantPhase::joining);
    });
}

void ParticipantSession::resume(std::string code, std::string name, std::string token) {
    loop_.post([this, code = std::move(code), name = std::move(name), token = std::move(token)]() mutable {
        start_client(std::move(code), std::move(name), std::move(token), ParticipantPhase::resuming);
    });
}

void ParticipantSession::send(NoticeArea area, core::CommandBody body) {
    loop_.post([this, area, body = std::move(body)]() mutable {
        if (!client_) return;
        Pending pending{area, {}};
        if (const auto* flag = std::get_if<core::FlagFallacy>(&body)) pending.fallacy = flag->fallacy;
        const std::string request_id = client_->send(std::move(body));
        pending_[request_id] = std::move(pending);
        state_.busy[index_of(area)] = true;
        state_.notices[index_of(area)].reset();
        publish();
    });
}

void ParticipantSession::dismiss(NoticeArea area) {
    loop_.post([this, area] {
        state_.notices[index_of(area)].reset();
        publish();
    });
}

void ParticipantSession::sign_out() {
    loop_.post([this] {
        drop_client();
        back_to_join_form();
        state_.code.clear();
        state_.name.clear();
        publish();
    });
}

std::shared_ptr<const ParticipantSnapshot> ParticipantSession::snapshot() const {
    std::lock_guard lock(mutex_);
    return published_;
}

// [SECTION] The client, on the network thread

void ParticipantSession::start_client(std::string code, std::string name, std::string token, ParticipantPhase phase) {
    drop_client();
    net::ClientOptions options;
    options.host = host_;
    options.port = port_;
    options.tls = tls_;
    options.code = code;
    options.name = name;
    options.token = token;
    // Signing back in to the debate on screen (after the host said goodbye) keeps it shown.
    const bool continuing = phase == ParticipantPhase::resuming && state_.view.has_value();
    state_.phase = continuing ? ParticipantPhase::debate : phase;
    state_.connection = continuing ? ConnectionStatus::reconnecting : ConnectionStatus::connecting;
    state_.notices[index_of(NoticeArea::global)].reset();
    state_.code = std::move(code);
    state_.name = std::move(name);
    state_.token = std::move(token);
    state_.notices[index_of(NoticeArea::join)].reset();
    client_ = std::make_unique<net::ParticipantClient>(loop_, std::move(options), listener(generation_));
    client_->start();
    publish();
}

void ParticipantSession::drop_client() {
    ++generation_;
    pending_.clear();
    state_.busy = {};
    if (!client_) return;
    client_->close();
    // Possibly called from inside one of the client's callbacks: destroy it afterwards.
    loop_.post([doomed = std::shared_ptr<net::ParticipantClient>(std::move(client_))] {});
}

net::ParticipantClient::Listener ParticipantSession::listener(std::uint64_t generation) {
    const auto current = [this, generation] { return generation == generation_; };
    net::ParticipantClient::Listener listener;
    listener.on_joined = [this, current] {
        if (!current()) return;
        state_.connection = ConnectionStatus::online;
        state_.token = client_->token();
        publish();
    };
    listener.on_view = [this, current] {
        if (current()) on_view();
    };
    listener.on_ack = [this, current](const std::string& request_id, core::Seq) {
        if (current()) on_answer(request_id, nullptr);
    };
    listener.on_refused = [this, current](const std::string& request_id, const core::Refusal& reason) {
        if (current()) on_answer(request_id, &reason);
    };
    listener.on_error = [this, current](const proto::WireReason& reason) {
        if (current()) on_wire_error(reason);
    };
    listener.on_disconnected = [this, current](const std::string&) {
        if (!current() || state_.connection == ConnectionStatus::stopped) return;
        state_.connection = state_.view ? ConnectionStatus::reconnecting : ConnectionStatus::connecting;
        publish();
    };
    return listener;
}

void ParticipantSession::on_view() {
    const auto& view = client_->view();
    state_.view = view.typed_view();
    state_.me = view.me();
    state_.catalog = client_->catalog();
    state_.clock = client_->clock();
    if (state_.view) {
        state_.title = state_.view->session.title;
        state_.phase = ParticipantPhase::debate;
    }
    publish();
}

void ParticipantSession::on_answer(const std::string& request_id, const core::Refusal* refusal) {
    // A refused join answers with the request id "join" (docs/protocol.md).
    if (refusal && request_id == "join") return on_join_failed(NoticeArea::join, Notice{0, NoticeTone::problem, *refusal});
    const auto found = pending_.find(request_id);
    if (found == pending_.end()) return;
    const Pending pending = found->second;
    pending_.erase(found);
    bool still_busy = false;
    for (const auto& [id, other] : pending_) still_busy = still_busy || other.area == pending.area;
    state_.busy[index_of(pending.area)] = still_busy;
    if (refusal)
        notify(pending.area, NoticeTone::problem, *refusal);
    else if (!pending.fallacy.empty())
        notify(pending.area, NoticeTone::ok, FlagSent{pending.fallacy});
    publish();
}

void ParticipantSession::on_wire_error(const proto::WireReason& reason) {
    using proto::WireCode;
    switch (reason.code) {
        case WireCode::wrong_code:
            return on_join_failed(NoticeArea::join, Notice{0, NoticeTone::problem, reason});
        case WireCode::unknown_token:
            // The client joins afresh with the code and name by itself when it has them.
            if (state_.code.empty()) return on_join_failed(NoticeArea::join, Notice{0, NoticeTone::problem, reason});
            state_.phase = state_.view ? state_.phase : ParticipantPhase::joining;
            break;
        case WireCode::host_stopping:
        case WireCode::replaced:
            state_.connection = ConnectionStatus::stopped;
            notify(NoticeArea::global, NoticeTone::bye, reason);
            break;
        case WireCode::too_slow:
            notify(NoticeArea::global, NoticeTone::bye, reason);
            break;
        default:
            // The error may concern a command whose answer will not come: nothing is busy.
            pending_.clear();
            state_.busy = {};
            notify(NoticeArea::global, NoticeTone::problem, reason);
            break;
    }
    publish();
}

void ParticipantSession::on_join_failed(NoticeArea area, Notice notice) {
    drop_client();
    back_to_join_form();
    notify(area, notice.tone, std::move(notice.what));
    publish();
}

void ParticipantSession::back_to_join_form() {
    ParticipantSnapshot fresh;
    fresh.version = state_.version;
    fresh.host = state_.host;
    fresh.code = state_.code;
    fresh.name = state_.name;
    state_ = std::move(fresh);
}

void ParticipantSession::notify(NoticeArea area, NoticeTone tone, decltype(Notice::what) what) {
    state_.notices[index_of(area)] = Notice{++notices_, tone, std::move(what)};
}

void ParticipantSession::watch_clock() {
    if (client_ && client_->clock().offset_ms() != state_.clock.offset_ms()) {
        state_.clock = client_->clock();
        publish();
    }
    loop_.after(clock_check, [this] { watch_clock(); });
}

void ParticipantSession::publish() {
    ++state_.version;
    auto copy = std::make_shared<const ParticipantSnapshot>(state_);
    {
        std::lock_guard lock(mutex_);
        published_ = std::move(copy);
    }
    if (wake_) wake_();
}

}  // namespace lagerhuis::app
