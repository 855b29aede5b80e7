#include "app/console/console_remote_link.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <utility>

#include "core/apply.hpp"
#include "proto/wire_codec.hpp"

namespace lagerhuis::app {

RemoteLink::RemoteLink(RemoteLinkOptions options) : options_(std::move(options)) {
    net::ClientOptions client;
    client.host = options_.host;
    client.port = options_.port;
    client.tls = options_.tls;
    client.secret = options_.secret;
    client.name = options_.name;
    client.client = "console";
    net::ParticipantClient::Listener listener;
    listener.on_joined = [this] {
        std::lock_guard lock(mutex_);
        online_ = true;
    };
    listener.on_view = [this] { fold_new_events(); };
    listener.on_ack = [this](const std::string& request_id, core::Seq) { answer(request_id, std::nullopt); };
    listener.on_refused = [this](const std::string& request_id, const core::Refusal& reason) {
        answer(request_id, Notice{0, NoticeTone::problem, reason});
    };
    listener.on_error = [this](const proto::WireReason& reason) {
        // Said once the connection has closed, with when the next attempt comes.
        if (reason.code == proto::WireCode::too_slow) {
            dropped_slow_ = true;
            return;
        }
        {
            std::lock_guard lock(mutex_);
            answers_.push_back({ConsoleArea::global, Notice{0, NoticeTone::problem, reason}});
        }
        wake_ui();
    };
    listener.on_disconnected = [this](const std::string&) {
        {
            std::lock_guard lock(mutex_);
            online_ = false;
            if (std::exchange(dropped_slow_, false)) answers_.push_back({ConsoleArea::global, dropped_slow_notice()});
        }
        wake_ui();
    };
    client_ = std::make_unique<net::ParticipantClient>(loop_, std::move(client), std::move(listener));
    thread_ = std::thread([this] { loop_.run(); });
    loop_.post([this] {
        client_->start();
        watch_clock();
    });
}

// Pongs bring no callback: the clock estimate is picked up twice a second.
void RemoteLink::watch_clock() {
    if (!client_) return;
    if (const auto offset = client_->clock().offset_ms()) {
        std::lock_guard lock(mutex_);
        clock_offset_ms_ = *offset;
    }
    loop_.after(std::chrono::milliseconds(500), [this] { watch_clock(); });
}

// The host let this console go because it did not take its messages in time (a slow
// network, a laptop that slept): the person at the console should know it was not their
// doing, and when it tries again.
Notice RemoteLink::dropped_slow_notice() const {
    const auto wait = client_->next_retry();
    const auto seconds = std::max<std::int64_t>(1, (wait.count() + 999) / 1000);
    return Notice{0, NoticeTone::problem, LocalText{"console.remote.dropped_slow", {{"seconds", std::to_string(seconds)}}}};
}

void RemoteLink::wake_ui() const {
    if (options_.wake) options_.wake();
}

RemoteLink::~RemoteLink() {
    loop_.post([this] {
        client_->close();
        client_.reset();
        loop_.stop();
    });
    thread_.join();
}

void RemoteLink::fold_new_events() {
    const auto& events = client_->events();
    if (folded_count_ > events.size()) {  // the host started over: fold from scratch
        folded_ = core::State{};
        folded_count_ = 0;
    }
    for (; folded_count_ < events.size(); ++folded_count_) core::apply(folded_, events[folded_count_]);
    auto copy = std::make_shared<const core::State>(folded_);
    {
        std::lock_guard lock(mutex_);
        published_ = std::move(copy);
    }
    wake_ui();
}

void RemoteLink::answer(const std::string& request_id, std::optional<Notice> notice) {
    const auto found = pending_.find(request_id);
    if (found == pending_.end()) return;
    const ConsoleArea area = found->second;
    pending_.erase(found);
    {
        std::lock_guard lock(mutex_);
        answers_.push_back({area, std::move(notice)});
        if (--busy_[area] <= 0) busy_.erase(area);
    }
    wake_ui();
}

std::shared_ptr<const core::State> RemoteLink::state() const {
    std::lock_guard lock(mutex_);
    return published_;
}

core::Millis RemoteLink::now() const {
    std::lock_guard lock(mutex_);
    return static_cast<core::Millis>(std::floor(net::client_clock_ms() + clock_offset_ms_));
}

JoinInfo RemoteLink::join_info() const {
    JoinInfo info;
    info.remote = true;
    info.urls = {(options_.tls.enabled ? "https://" : "http://") + options_.host + ":" + std::to_string(options_.port) + "/"};
    std::lock_guard lock(mutex_);
    info.online = online_;
    return info;
}

void RemoteLink::send(ConsoleArea area, core::CommandBody body) {
    {
        std::lock_guard lock(mutex_);
        ++busy_[area];
    }
    loop_.post([this, area, body = std::move(body)]() mutable {
        pending_[client_->send(std::move(body))] = area;
    });
}

void RemoteLink::answer_take_over(std::uint32_t request, bool allow) {
    loop_.post([this, request, allow] {
        client_->send_raw(proto::encode_client_message(proto::TakeOverAnswer{request, allow}));
    });
}

std::vector<ConsoleAnswer> RemoteLink::take_answers() {
    std::lock_guard lock(mutex_);
    return std::exchange(answers_, {});
}

bool RemoteLink::busy(ConsoleArea area) const {
    std::lock_guard lock(mutex_);
    return busy_.contains(area);
}

}  // namespace lagerhuis::app
