// Answering each kind of message on the host thread. Answers go into the group's
// pending replies and leave after the commit (session_host.cpp).
#include <algorithm>

#include "host/host_core.hpp"
#include "host/secret_generator.hpp"

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
        group_replies.push_back(PendingReply{connection, std::move(text), false, std::move(request_id), nullptr, {}, {}});
    };
    auto error = [&](WireReason reason, std::optional<std::string> request_id = std::nullopt) {
        reply_now(encode_shared(proto::WireError{std::move(reason), request_id}), request_id);
    };
    const auto bound = bindings.find(connection);

    // Binds the connection, replacing an older connection of the same participant.
    // `joining`: the binding rests on this group's Join event, so it lasts only if the
    // commit succeeds.
    auto bind = [&](Binding binding, core::Seq since, const std::string& token, bool joining) {
        const auto older = connection_of.find(binding.participant.value);
        if (older != connection_of.end() && older->second != connection) {
            outbox.disconnect(older->second, encode_shared(proto::Bye{WireReason{WireCode::replaced}}));
            bindings.erase(older->second);
            catching_up.erase(older->second);
        }
        bindings[connection] = binding;
        connection_of[binding.participant.value] = connection;
        if (joining) group_new_bindings.push_back(connection);
        const auto* person = state.participant(binding.participant);
        group_replies.push_back(PendingReply{
            connection, encode_shared(proto::Joined{binding.participant, person->name, person->role, token}), joining,
            std::nullopt, nullptr, {}, {}});
        group_waiters.push_back(SnapshotWaiter{connection, binding, since, joining});
    };

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
                    if (request.code != options.session_code) return error(WireReason{WireCode::wrong_code});
                }
                const core::Role role = facilitating ? core::Role::co_facilitator : core::Role::participant;
                auto joined = decide_and_apply(core::Command{{}, "join", core::Join{request.name, role}});
                if (!joined) return reply_now(encode_shared(proto::Refused{"join", joined.error()}), "join");
                const core::ParticipantId id{static_cast<std::uint32_t>(state.participants.size())};
                const std::string token = new_participant_token(id);
                group_secrets.push_back(store::NewSecret{store::SecretKind::participant_token, id.value, token});
                bind(Binding{id, facilitating ? Audience::facilitator : Audience::participant}, 0, token, true);
            } else if constexpr (std::is_same_v<Request, proto::ResumeRequest>) {
                if (bound != bindings.end()) return error(WireReason{WireCode::already_joined});
                const core::ParticipantId id = token_participant(request.token);
                const core::Participant* person = state.participant(id);
                auto matches = person ? file.secret_matches(store::SecretKind::participant_token, id.value, request.token)
                                      : core::Result<bool, store::StoreError>(false);
                if (!matches) return error(WireReason{WireCode::host_unavailable}.with("detail", matches.error().message()));
                if (!*matches) return error(WireReason{WireCode::unknown_token});
                const Audience audience = is_facilitating(person->role) ? Audience::facilitator : Audience::participant;
                bind(Binding{id, audience}, request.seq, request.token, false);
            } else if constexpr (std::is_same_v<Request, proto::CommandRequest>) {
                if (bound == bindings.end()) return error(WireReason{WireCode::not_joined}, request.request_id);
                if (std::holds_alternative<core::Join>(request.body) ||
                    std::holds_alternative<core::CreateSession>(request.body)) {
                    const auto name = std::visit([](const auto& body) { return std::string(body.type_name); }, request.body);
                    return error(WireReason{WireCode::not_allowed_here}.with("command", name), request.request_id);
                }
                const auto who = bound->second.participant.value;
                const auto key = std::make_pair(who, request.request_id);
                if (const auto earlier = answered.find(key); earlier != answered.end())
                    return reply_now(earlier->second, request.request_id);
                auto decided = decide_and_apply(core::Command{bound->second.participant, request.request_id, request.body});
                Text answer = decided ? encode_shared(proto::Ack{request.request_id, *decided})
                                      : encode_shared(proto::Refused{request.request_id, decided.error()});
                group_replies.push_back(PendingReply{connection, answer, decided.ok(), request.request_id, nullptr, {}, key});
                answered[key] = answer;
                auto& order = answered_order[who];
                order.push_back(request.request_id);
                if (order.size() > answers_kept_per_participant) {
                    answered.erase(std::make_pair(who, order.front()));
                    order.pop_front();
                }
            } else if constexpr (std::is_same_v<Request, proto::ViewHashRequest>) {
                if (bound == bindings.end()) return error(WireReason{WireCode::not_joined});
                reply_now(encode_shared(proto::ViewHashReply{published_seq, view_hash_for(bound->second.participant)}));
            }
        },
        message);
}

void HostCore::handle_disconnect(ConnectionId connection) {
    catching_up.erase(connection);
    const auto bound = bindings.find(connection);
    if (bound == bindings.end()) return;
    const auto mine = connection_of.find(bound->second.participant.value);
    if (mine != connection_of.end() && mine->second == connection) connection_of.erase(mine);
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
