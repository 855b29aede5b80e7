// Answering each kind of message on the host thread. Answers go into the group's
// pending replies and leave after the commit (session_host.cpp).
#include <algorithm>

#include "host/host_core.hpp"
#include "host/secret_generator.hpp"
#include "host/session_code.hpp"

namespace lagerhuis::host {

namespace {

using proto::WireCode;
using proto::WireReason;

// Remembered answers per participant: enough for any client's retries after a reconnect.
constexpr std::size_t answers_kept_per_participant = 64;

bool equal_in_constant_time(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

}  // namespace

void HostCore::handle(ConnectionId connection, const proto::ClientMessage& message) {
    auto reply_now = [&](Text text, std::optional<std::string> request_id = std::nullopt) {
        reply_at_once(connection, std::move(text), std::move(request_id));
    };
    auto error = [&](WireReason reason, std::optional<std::string> request_id = std::nullopt) {
        reply_now(encode_shared(proto::WireError{std::move(reason), request_id}), request_id);
    };
    const auto bound = bindings.find(connection);

    std::visit(
        [&](const auto& request) {
            using Request = std::decay_t<decltype(request)>;
            if constexpr (std::is_same_v<Request, proto::Hello>) {
                reply_now(welcome);
            } else if constexpr (std::is_same_v<Request, proto::Ping>) {
                reply_now(encode_shared(proto::Pong{request.client_ms, now()}));
            } else if constexpr (std::is_same_v<Request, proto::JoinRequest> ||
                                 std::is_same_v<Request, proto::FacilitateRequest>) {
                if (bound != bindings.end()) return error(WireReason{WireCode::already_joined});
                constexpr bool facilitating = std::is_same_v<Request, proto::FacilitateRequest>;
                if constexpr (facilitating) {
                    if (!equal_in_constant_time(request.secret, options.facilitator_secret))
                        return error(WireReason{WireCode::wrong_secret});
                } else {
                    if (!session_code_matches(request.code, options.session_code))
                        return error(WireReason{WireCode::wrong_code});
                }
                const core::Role role = facilitating ? core::Role::co_facilitator : core::Role::participant;
                auto joined = decide_and_apply(core::Command{{}, "join", core::Join{request.name, role}});
                if (!joined) return reply_now(encode_shared(proto::Refused{"join", joined.error()}), "join");
                const core::ParticipantId id{static_cast<std::uint32_t>(state.participants.size())};
                const std::string token = new_participant_token(id);
                group_secrets.push_back(store::NewSecret{store::SecretKind::participant_token, id.value, token});
                bind_connection(connection, Binding{id, facilitating ? Audience::facilitator : Audience::participant}, 0, token, true);
            } else if constexpr (std::is_same_v<Request, proto::ResumeRequest>) {
                if (bound != bindings.end()) return error(WireReason{WireCode::already_joined});
                const core::ParticipantId id = token_participant(request.token);
                const core::Participant* person = state.participant(id);
                auto matches = person ? file.secret_matches(store::SecretKind::participant_token, id.value, request.token)
                                      : core::Result<bool, store::StoreError>(false);
                if (!matches) return error(WireReason{WireCode::host_unavailable}.with("detail", matches.error().message()));
                if (!*matches) return error(WireReason{WireCode::unknown_token});
                const Audience audience = is_facilitating(person->role) ? Audience::facilitator : Audience::participant;
                bind_connection(connection, Binding{id, audience}, request.seq, request.token, false);
            } else if constexpr (std::is_same_v<Request, proto::CommandRequest>) {
                if (bound == bindings.end()) return error(WireReason{WireCode::not_joined}, request.request_id);
                if (std::holds_alternative<core::Join>(request.body) ||
                    std::holds_alternative<core::CreateSession>(request.body)) {
                    const auto name = std::visit([](const auto& body) { return std::string(body.type_name); }, request.body);
                    return error(WireReason{WireCode::not_allowed_here}.with("command", name), request.request_id);
                }
                const auto who = bound->second.participant.value;
                const AnswerKey key{who, request.request_id};
                if (const auto earlier = answered.find(key); earlier != answered.end())
                    return reply_now(earlier->second, request.request_id);
                auto decided = decide_and_apply(core::Command{bound->second.participant, request.request_id, request.body});
                Text answer = decided ? encode_shared(proto::Ack{request.request_id, *decided})
                                      : encode_shared(proto::Refused{request.request_id, decided.error()});
                group_replies.push_back(PendingReply{connection, answer, decided.ok(), request.request_id, nullptr, {}, key});
                remember_answer(key, std::move(answer));
            } else if constexpr (std::is_same_v<Request, proto::TakeOverRequest>) {
                if (bound != bindings.end()) return error(WireReason{WireCode::already_joined});
                if (!session_code_matches(request.code, options.session_code)) return error(WireReason{WireCode::wrong_code});
                handle_take_over(connection, request.name);
            } else if constexpr (std::is_same_v<Request, proto::TakeOverAnswer>) {
                if (bound == bindings.end()) return error(WireReason{WireCode::not_joined});
                handle_take_over_answer(bound->second, request);
            } else if constexpr (std::is_same_v<Request, proto::ViewHashRequest>) {
                if (bound == bindings.end()) return error(WireReason{WireCode::not_joined});
                reply_now(encode_shared(proto::ViewHashReply{published_seq, view_hash_for(bound->second.participant)}));
            }
        },
        message);
}

void HostCore::bind_connection(ConnectionId connection, Binding binding, core::Seq since, const std::string& token,
                               bool rests_on_commit) {
    const auto older = connection_of.find(binding.participant.value);
    if (older != connection_of.end() && older->second != connection) {
        outbox.disconnect(older->second, encode_shared(proto::Bye{WireReason{WireCode::replaced}}));
        bindings.erase(older->second);
        catching_up.erase(older->second);
    }
    bindings[connection] = binding;
    connection_of[binding.participant.value] = connection;
    presence_changed = true;
    if (rests_on_commit) group_new_bindings.push_back(connection);
    const auto* person = state.participant(binding.participant);
    group_replies.push_back(PendingReply{connection,
                                         encode_shared(proto::Joined{binding.participant, person->name, person->role, token}),
                                         rests_on_commit, std::nullopt, nullptr, {}, {}});
    group_waiters.push_back(SnapshotWaiter{connection, binding, since, rests_on_commit});
}

void HostCore::reply_at_once(ConnectionId connection, Text message, std::optional<std::string> request_id) {
    group_replies.push_back(PendingReply{connection, std::move(message), false, std::move(request_id), nullptr, {}, {}});
}

void HostCore::remember_answer(const AnswerKey& key, Text answer) {
    auto& order = answered_order[key.first];
    if (answered.insert_or_assign(key, std::move(answer)).second) order.push_back(key.second);
    if (order.size() > answers_kept_per_participant) {
        answered.erase(AnswerKey{key.first, order.front()});
        order.pop_front();
    }
}

void HostCore::forget_answer(const AnswerKey& key) {
    if (!answered.erase(key)) return;
    auto& order = answered_order[key.first];
    order.erase(std::find(order.begin(), order.end(), key.second));
}

void HostCore::remember_answers_in_log() {
    // Newest first, so each command is acked with its last event's seq (as the live ack
    // was) and each participant keeps its latest answers.
    std::map<AnswerKey, core::Seq> latest;
    std::unordered_map<std::uint32_t, std::size_t> kept;
    for (auto event = log.rbegin(); event != log.rend(); ++event) {
        if (event->actor.value == 0 || event->request_id.empty()) continue;
        AnswerKey key{event->actor.value, event->request_id};
        if (latest.count(key) || kept[key.first] == answers_kept_per_participant) continue;
        latest.emplace(std::move(key), event->seq);
        kept[event->actor.value] += 1;
    }
    // Oldest first into the memory, so the live order of forgetting continues from here.
    std::vector<std::pair<core::Seq, const AnswerKey*>> by_seq;
    by_seq.reserve(latest.size());
    for (const auto& [key, seq] : latest) by_seq.emplace_back(seq, &key);
    std::sort(by_seq.begin(), by_seq.end());
    for (const auto& [seq, key] : by_seq) remember_answer(*key, encode_shared(proto::Ack{key->second, seq}));
}

void HostCore::handle_disconnect(ConnectionId connection) {
    catching_up.erase(connection);
    drop_take_overs_of(connection);  // a device that asked to take over is not bound
    const auto bound = bindings.find(connection);
    if (bound == bindings.end()) return;
    const auto mine = connection_of.find(bound->second.participant.value);
    if (mine != connection_of.end() && mine->second == connection) {
        connection_of.erase(mine);
        presence_changed = true;
    }
    bindings.erase(bound);
    std::erase_if(waiting, [&](const SnapshotWaiter& waiter) { return waiter.connection == connection; });
}

void HostCore::handle_local(core::ParticipantId actor, core::CommandBody body, std::promise<LocalOutcome>& promise) {
    auto decided = decide_and_apply(core::Command{actor, "local-" + std::to_string(state.last_seq + 1), std::move(body)});
    PendingReply reply{0, nullptr, decided.ok(), std::nullopt, &promise, {}, {}};
    if (decided)
        reply.outcome.seq = *decided;
    else
        reply.outcome.refusal = decided.error();
    group_replies.push_back(std::move(reply));
}

}  // namespace lagerhuis::host
