#include "net/participant_client.hpp"

#include <array>
#include <memory>
#include <random>

#include "proto/wire_codec.hpp"

namespace lagerhuis::net {

double client_clock_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

namespace {


std::string random_prefix() {
    std::random_device source;
    return "n" + std::to_string(source() % 1'000'000) + "-";
}

std::string encode(proto::ClientMessage message) { return proto::encode_client_message(message); }

using Decoded = core::Result<proto::ServerMessage, proto::WireReason>;

// The host serialises a batch once and sends the same text to every participant, so a
// process holding many clients (the load generator, tests) receives each batch text
// many times over. Decoding is a pure function of the text: the last batch texts of this
// thread keep their decoding, and an equal text reuses it. Only batches are kept; acks
// and personal parts are each client's own.
class RecentBatches {
public:
    std::shared_ptr<const Decoded> decode(const std::string& text) {
        for (const auto& entry : entries_)
            if (entry.decoded && entry.text == text) return entry.decoded;
        auto decoded = std::make_shared<const Decoded>(proto::decode_server_message(text));
        if (*decoded && std::holds_alternative<proto::Batch>(**decoded)) {
            Entry& slot = entries_[next_++ % entries_.size()];
            slot.text = text;
            slot.decoded = decoded;
        }
        return decoded;
    }

private:
    struct Entry {
        std::string text;
        std::shared_ptr<const Decoded> decoded;
    };
    std::array<Entry, 4> entries_;
    std::size_t next_ = 0;
};

}  // namespace

ParticipantClient::ParticipantClient(EventLoop& loop, ClientOptions options, Listener listener)
    : loop_(loop),
      options_(std::move(options)),
      listener_(std::move(listener)),
      request_prefix_(random_prefix()),
      token_(options_.token) {}

ParticipantClient::~ParticipantClient() {
    *alive_ = false;
    wire_.reset();
}

void ParticipantClient::start() {
    connect();
    schedule_ping(std::chrono::milliseconds(50));
}

// Pings keep the clock estimate fresh (the smallest round trip wins: ClockOffset). The
// timer holds only a weak claim on the client, and stops once the client is closed.
void ParticipantClient::schedule_ping(std::chrono::milliseconds delay) {
    std::weak_ptr<bool> alive = alive_;
    loop_.after(delay, [this, alive] {
        const auto still = alive.lock();
        if (!still || !*still || closing_ || give_up_) return;
        ping();
        schedule_ping(options_.ping_interval);
    });
}

void ParticipantClient::connect() {
    wire_ = std::make_unique<WireClient>(loop_, WireClient::Callbacks{
                                                    [this] { on_open(); },
                                                    [this](const std::string& text) { on_text(text); },
                                                    [this](const std::string& why) { on_close(why); },
                                                });
    wire_->connect(options_.host, options_.port, "/ws", options_.tls);
}

bool ParticipantClient::connected() const { return wire_ && wire_->is_open(); }

void ParticipantClient::on_open() {
    opened_at_ = std::chrono::steady_clock::now();
    wire_->send(encode(proto::Hello{proto::protocol_version, options_.client}));
    if (!token_.empty())
        wire_->send(encode(proto::ResumeRequest{token_, resume_from()}));
    else if (!options_.secret.empty())
        wire_->send(encode(proto::FacilitateRequest{options_.secret, options_.name}));
    else
        wire_->send(encode(proto::JoinRequest{options_.code, options_.name}));
    ping();
}

void ParticipantClient::on_text(const std::string& text) {
    const double received = client_clock_ms();
    thread_local RecentBatches recent;
    const auto shared = recent.decode(text);
    const Decoded& decoded = *shared;
    if (!decoded) {
        if (listener_.on_error) listener_.on_error(decoded.error());
        return;
    }
    std::visit(
        [&](const auto& message) {
            using Message = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<Message, proto::Welcome>) {
                catalog_ = message.catalog;
            } else if constexpr (std::is_same_v<Message, proto::Joined>) {
                const bool first = token_.empty();
                participant_ = message.participant;
                token_ = message.token;
                joined_ = true;
                if (!first) ++reconnects_;
                // What was sent before the connection broke, again with the same ids.
                for (const auto& [number, pending] : unanswered_) wire_->send(pending.second);
                if (listener_.on_joined) listener_.on_joined();
            } else if constexpr (std::is_same_v<Message, proto::Snapshot>) {
                take_snapshot(message);
                if (listener_.on_view) listener_.on_view();
            } else if constexpr (std::is_same_v<Message, proto::Batch>) {
                // Batches continue from where the log's parts will end: kept until they do.
                if (catching_up_) {
                    held_batches_.push_back(message);
                    return;
                }
                take_batch(message);
                if (listener_.on_view) listener_.on_view();
            } else if constexpr (std::is_same_v<Message, proto::PersonalUpdate>) {
                view_.take_personal(message);
                if (listener_.on_view) listener_.on_view();
            } else if constexpr (std::is_same_v<Message, proto::Ack> || std::is_same_v<Message, proto::Refused>) {
                std::erase_if(unanswered_, [&](const auto& entry) { return entry.second.first == message.request_id; });
                if constexpr (std::is_same_v<Message, proto::Ack>) {
                    if (listener_.on_ack) listener_.on_ack(message.request_id, message.seq);
                } else {
                    if (listener_.on_refused) listener_.on_refused(message.request_id, message.reason);
                }
            } else if constexpr (std::is_same_v<Message, proto::WireError>) {
                if (message.request_id)
                    std::erase_if(unanswered_, [&](const auto& entry) { return entry.second.first == *message.request_id; });
                if (message.reason.code == proto::WireCode::unknown_token) {
                    // The host does not know us (any more): join afresh, when we can.
                    token_.clear();
                    if (!options_.code.empty() && options_.secret.empty())
                        wire_->send(encode(proto::JoinRequest{options_.code, options_.name}));
                }
                if (listener_.on_error) listener_.on_error(message.reason);
            } else if constexpr (std::is_same_v<Message, proto::Bye>) {
                const auto code = message.reason.code;
                if (code == proto::WireCode::host_stopping || code == proto::WireCode::replaced) give_up_ = true;
                if (code == proto::WireCode::too_slow) dropped_slow_ = true;
                if (listener_.on_error) listener_.on_error(message.reason);
            } else if constexpr (std::is_same_v<Message, proto::Pong>) {
                clock_.add_sample(message.client_ms, static_cast<double>(message.host_ms), received);
            } else if constexpr (std::is_same_v<Message, proto::ViewHashReply>) {
                if (listener_.on_view_hash) listener_.on_view_hash(message.hash, message.seq);
            } else if constexpr (std::is_same_v<Message, proto::TakeOverWaiting>) {
                if (listener_.on_take_over_waiting) listener_.on_take_over_waiting(message);
            } else if constexpr (std::is_same_v<Message, proto::TakeOverAsked>) {
                if (listener_.on_take_over_asked) listener_.on_take_over_asked(message.request);
            }
        },
        *decoded);
}

void ParticipantClient::take_over(const std::string& name) {
    if (connected()) wire_->send(encode(proto::TakeOverRequest{options_.code, name}));
}

void ParticipantClient::answer_take_over(std::uint32_t request, bool allow) {
    if (connected()) wire_->send(encode(proto::TakeOverAnswer{request, allow}));
}

core::Seq ParticipantClient::resume_from() const {
    if (!options_.secret.empty()) return events_.empty() ? 0 : events_.back().seq;
    return view_.seq();
}

void ParticipantClient::take_snapshot(const proto::Snapshot& snapshot) {
    view_.take_snapshot(snapshot);
    if (snapshot.events) take_events(*snapshot.events);
    catching_up_ = snapshot.continues();
    if (catching_up_) return;
    caught_up_ = true;
    for (const auto& batch : held_batches_) take_batch(batch);
    held_batches_.clear();
}

void ParticipantClient::take_batch(const proto::Batch& batch) {
    view_.take_batch(batch);
    if (batch.events) take_events(*batch.events);
    if (listener_.on_batch) listener_.on_batch(batch);
}

void ParticipantClient::take_events(const std::vector<core::Event>& events) {
    for (const auto& event : events)
        if (events_.empty() || event.seq > events_.back().seq) events_.push_back(event);
}

void ParticipantClient::on_close(const std::string& why) {
    // A connection that brought the whole snapshot and was not dropped for being slow, or
    // that lasted a minute, was a good one: the back-off starts over. Not merely an open
    // one: a host that drops us right after the handshake would be hammered.
    const bool lasted = opened_at_ != std::chrono::steady_clock::time_point{} &&
                        std::chrono::steady_clock::now() - opened_at_ >= std::chrono::minutes(1);
    if ((caught_up_ && !dropped_slow_) || lasted) failed_connections_ = 0;
    if (dropped_slow_) failed_connections_ = std::max(failed_connections_, too_slow_attempt);
    next_retry_ = options_.backoff.delay(failed_connections_, std::uniform_real_distribution<double>(0.0, 1.0)(jitter_));
    if (failed_connections_ < 32) ++failed_connections_;
    joined_ = false;
    catching_up_ = false;
    caught_up_ = false;
    dropped_slow_ = false;
    opened_at_ = {};
    held_batches_.clear();  // the resume brings them again, after the events we have
    if (listener_.on_disconnected) listener_.on_disconnected(why);
    if (closing_ || give_up_ || !options_.reconnect) return;
    std::weak_ptr<bool> alive = alive_;
    loop_.after(next_retry_, [this, alive] {
        if (alive.expired() || !*alive.lock() || closing_) return;
        connect();
    });
}

std::string ParticipantClient::send(core::CommandBody body) {
    const std::uint64_t number = next_request_++;
    std::string request_id = request_prefix_ + std::to_string(number);
    std::string frame = encode(proto::CommandRequest{request_id, std::move(body)});
    unanswered_[number] = {request_id, frame};
    if (joined_) wire_->send(std::move(frame));
    return request_id;
}

void ParticipantClient::send_raw(std::string text) {
    if (wire_) wire_->send(std::move(text));
}

void ParticipantClient::request_view_hash() {
    if (wire_) wire_->send(encode(proto::ViewHashRequest{}));
}

void ParticipantClient::ping() {
    if (wire_ && wire_->is_open()) wire_->send(encode(proto::Ping{client_clock_ms()}));
}

void ParticipantClient::close() {
    closing_ = true;
    if (wire_) wire_->close();
}

void ParticipantClient::drop_connection() {
    if (wire_) wire_->close();
}

void ParticipantClient::stall(bool stalled) {
    if (wire_) wire_->pause_reading(stalled);
}

}  // namespace lagerhuis::net
