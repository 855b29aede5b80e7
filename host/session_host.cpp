#include "host/session_host.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/apply.hpp"
#include "core/ballot_seal.hpp"
#include "core/decide.hpp"
#include "host/host_core.hpp"
#include "host/secret_generator.hpp"

namespace lagerhuis::host {

namespace {

std::int64_t steady_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

struct SessionHost::Impl {
    HostCore core;
    std::mutex mutex;
    std::condition_variable wake;
    std::vector<InboxItem> inbox;  // guarded by mutex
    bool stopping = false;         // guarded by mutex
    std::thread thread;

    Impl(store::SessionFile file, Outbox& outbox, HostOptions options, std::vector<core::Event> log)
        : core(std::move(file), outbox, std::move(options), std::move(log)) {}

    void push(InboxItem item) {
        {
            std::lock_guard lock(mutex);
            inbox.push_back(std::move(item));
        }
        wake.notify_one();
    }

    void run() {
        std::vector<InboxItem> group;
        for (;;) {
            bool stop = false;
            // Outside the lock: submit() must never wait while the host publishes.
            const auto sleep = core.publish_if_due();
            {
                std::unique_lock lock(mutex);
                auto ready = [&] { return stopping || !inbox.empty(); };
                if (sleep)
                    wake.wait_for(lock, *sleep, ready);
                else
                    wake.wait(lock, ready);
                group.swap(inbox);
                stop = stopping;
            }
            if (!group.empty()) core.handle_group(group);
            group.clear();
            if (stop) {
                std::lock_guard lock(mutex);
                if (inbox.empty()) break;
            }
        }
        core.shut_down();
    }
};

HostCore::HostCore(store::SessionFile file_, Outbox& outbox_, HostOptions options_, std::vector<core::Event> log_)
    : file(std::move(file_)), outbox(outbox_), options(std::move(options_)), log(std::move(log_)) {
    if (!options.monotonic_ms) options.monotonic_ms = steady_ms;
    if (options.session_code.empty()) options.session_code = new_session_code();
    if (options.facilitator_secret.empty()) options.facilitator_secret = new_facilitator_secret();
    state = core::fold(log);
    clock_origin_ms = options.monotonic_ms();
    session_origin_ms = state.last_at_ms;
    published_seq = state.last_seq;
    remember_answers_in_log();
}

core::Millis HostCore::now() const { return session_origin_ms + (options.monotonic_ms() - clock_origin_ms); }

core::Result<core::Seq, core::Refusal> HostCore::decide_and_apply(const core::Command& command) {
    auto decision = core::decide(state, command, now());
    if (!decision) return core::Failure{decision.error()};
    for (const auto& event : *decision) {
        core::apply(state, event);
        group_events.push_back(event);
    }
    return state.last_seq;
}

void HostCore::pause_turn_left_running() {
    const core::Turn* turn = state.turn(state.current_turn);
    if (!turn || turn->paused()) return;
    core::ParticipantId facilitator;
    for (const auto& person : state.participants)
        if (person.role == core::Role::facilitator) {
            facilitator = person.id;
            break;
        }
    // At the last stored event's time: the host was down from then until now.
    auto decision = core::decide(state, core::Command{facilitator, "recovery", core::PauseTurn{core::PauseReason::recovery}},
                                 state.last_at_ms);
    if (!decision) return;
    auto stored = file.append(*decision);
    if (!stored) return;  // the turn stays running; the facilitator can pause it
    for (const auto& event : *decision) {
        core::apply(state, event);
        log.push_back(event);
    }
}

void HostCore::handle_group(std::vector<InboxItem>& items) {
    for (auto& entry : items) {
        std::visit(
            [&](auto& item) {
                using Item = std::decay_t<decltype(item)>;
                if constexpr (std::is_same_v<Item, NetworkItem>)
                    handle(item.connection, item.message);
                else if constexpr (std::is_same_v<Item, DisconnectItem>)
                    handle_disconnect(item.connection);
                else if constexpr (std::is_same_v<Item, LocalItem>)
                    handle_local(item.actor, std::move(item.body), item.promise);
                else if constexpr (std::is_same_v<Item, PartWrittenItem>)
                    handle_part_written(item.connection);
                else if constexpr (std::is_same_v<Item, TakeOverAnswerItem>)
                    answer_take_over(item.request, item.allow);
                else
                    item.promise.set_value(state);
            },
            entry.item);
    }

    bool committed = true;
    std::string failure;
    if (!group_events.empty() || !group_secrets.empty()) {
        auto stored = file.append(group_events, group_secrets);
        if (!stored) {
            committed = false;
            failure = stored.error().message();
        }
    }
    for (const auto& waiter : group_waiters)
        if (committed || !waiter.joining) waiting.push_back(waiter);
    if (committed) {
        log.insert(log.end(), group_events.begin(), group_events.end());
        // As the file did in the same commit: a facilitator joining later folds what is stored.
        for (const auto& event : group_events)
            if (auto poll = core::sealed_by(event)) core::seal_ballots(log, *poll);
        const bool config_changed = std::any_of(group_events.begin(), group_events.end(), [](const core::Event& event) {
            return std::holds_alternative<core::SessionCreated>(event.body) ||
                   std::holds_alternative<core::ConfigChanged>(event.body);
        });
        if (config_changed) {
            welcome = welcome_message();
            outbox.set_welcome(welcome);
        }
    } else {
        // Nothing of the group is on disk: the state goes back to the fold of the file.
        state = core::fold(log);
        for (ConnectionId connection : group_new_bindings) {
            auto found = bindings.find(connection);
            if (found == bindings.end()) continue;
            connection_of.erase(found->second.participant.value);
            bindings.erase(found);
        }
    }
    for (auto& reply : group_replies) {
        if (reply.needs_commit && !committed) {
            reply.outcome = LocalOutcome{0, std::nullopt, failure};
            reply.message = encode_shared(proto::WireError{
                proto::WireReason{proto::WireCode::host_unavailable}.with("detail", failure), reply.request_id});
            if (reply.answer_key) forget_answer(*reply.answer_key);  // nothing happened: a retry tries again
        }
        if (reply.local) reply.local->set_value(reply.outcome);
        if (!reply.message || reply.connection == 0) continue;
        // An ack of this group's events: a publication follows (the seq advanced), so it
        // can travel with that.
        if (committed && reply.needs_commit && reply.request_id && !group_events.empty())
            outbox.send_with_publication(reply.connection, reply.message);
        else
            outbox.send(reply.connection, reply.message);
    }
    group_events.clear();
    group_secrets.clear();
    group_replies.clear();
    group_new_bindings.clear();
    group_waiters.clear();
}

std::optional<std::chrono::milliseconds> HostCore::publish_if_due() {
    if (state.last_seq == published_seq && waiting.empty() && !presence_changed) return std::nullopt;
    const std::int64_t now_ms = options.monotonic_ms();
    if (now_ms < next_publish_ms) return std::chrono::milliseconds(next_publish_ms - now_ms);
    if (!outbox.accepting_publications()) return std::chrono::milliseconds(2);
    publish();
    next_publish_ms = now_ms + options.publish_interval.count();
    return std::nullopt;
}

void HostCore::publish_now() { publish(); }

void HostCore::shut_down() {
    publish_now();
    const Text bye = encode_shared(proto::Bye{proto::WireReason{proto::WireCode::host_stopping}});
    for (const auto& [connection, binding] : bindings) outbox.disconnect(connection, bye);
    bindings.clear();
    connection_of.clear();
    (void)file.close();
}

// [SECTION] SessionHost
core::Result<std::unique_ptr<SessionHost>, std::string> SessionHost::start(store::SessionFile file, Outbox& outbox,
                                                                           HostOptions options) {
    auto events = file.load_events();
    if (!events) return core::Failure{events.error().message()};
    auto impl = std::make_unique<Impl>(std::move(file), outbox, std::move(options), std::move(events).value());
    impl->core.pause_turn_left_running();
    impl->core.published_seq = impl->core.state.last_seq;
    impl->core.welcome = impl->core.welcome_message();
    outbox.set_welcome(impl->core.welcome);
    outbox.start_at(impl->core.published_seq);
    std::unique_ptr<SessionHost> host(new SessionHost(std::move(impl)));
    host->impl_->core.publish();  // the baseline view, sent to nobody yet
    host->impl_->thread = std::thread([raw = host->impl_.get()] { raw->run(); });
    return host;
}

SessionHost::SessionHost(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

SessionHost::~SessionHost() { stop(); }

void SessionHost::submit(ConnectionId connection, proto::ClientMessage message) {
    impl_->push(InboxItem{NetworkItem{connection, std::move(message)}});
}

void SessionHost::disconnected(ConnectionId connection) { impl_->push(InboxItem{DisconnectItem{connection}}); }

void SessionHost::part_written(ConnectionId connection) { impl_->push(InboxItem{PartWrittenItem{connection}}); }

std::future<LocalOutcome> SessionHost::submit_local(core::ParticipantId actor, core::CommandBody body) {
    LocalItem item{actor, std::move(body), {}};
    auto future = item.promise.get_future();
    impl_->push(InboxItem{std::move(item)});
    return future;
}

std::future<core::State> SessionHost::state() {
    StateItem item;
    auto future = item.promise.get_future();
    impl_->push(InboxItem{std::move(item)});
    return future;
}

void SessionHost::answer_take_over(std::uint32_t request, bool allow) {
    impl_->push(InboxItem{TakeOverAnswerItem{request, allow}});
}

void SessionHost::stop() {
    if (!impl_ || !impl_->thread.joinable()) return;
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
    }
    impl_->wake.notify_one();
    impl_->thread.join();
}

core::Millis SessionHost::now() const { return impl_->core.now(); }

const std::string& SessionHost::session_code() const { return impl_->core.options.session_code; }
const std::string& SessionHost::facilitator_secret() const { return impl_->core.options.facilitator_secret; }
const std::filesystem::path& SessionHost::file_path() const { return impl_->core.file.path(); }

}  // namespace lagerhuis::host
