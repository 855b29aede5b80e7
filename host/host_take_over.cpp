// Taking over one's seat from another device: Anna's phone died, or she moved to a
// laptop. The name is taken (it is hers), so the new device asks to go on as her. Her
// connected device, if any, is asked; the gespreksleider sees every request beside who
// is connected (Presence::seat_requests) and may answer for her. Nobody takes over a
// seat without a yes from that seat's device or from a gespreksleider.
//
// Which device is whose is the host's knowledge, not a debate event: an allowed request
// stores a new token for the participant (the old device's token stops working) and
// leaves the log alone.
#include <algorithm>

#include "core/participant_rules.hpp"
#include "host/host_core.hpp"
#include "host/secret_generator.hpp"

namespace lagerhuis::host {

namespace {

using proto::WireCode;
using proto::WireReason;

Text wire_error(WireReason reason) { return encode_shared(proto::WireError{std::move(reason), std::nullopt}); }

}  // namespace

void HostCore::handle_take_over(ConnectionId device, const std::string& name) {
    const core::Participant* person = core::participant_named(state, name);
    // Only participants: a gespreksleider's seat comes with the secret, not with a name.
    if (!person || person->role != core::Role::participant)
        return reply_at_once(device, wire_error(WireReason{WireCode::take_over_unknown}.with("name", name)));
    drop_take_overs_of(device);  // a device asks for one seat at a time
    const PendingTakeOver pending{next_take_over++, device, person->id};
    take_overs.push_back(pending);
    presence_changed = true;
    const auto current = connection_of.find(person->id.value);
    const bool device_asked = current != connection_of.end();
    reply_at_once(device, encode_shared(proto::TakeOverWaiting{pending.request, person->name, device_asked}));
    if (device_asked) reply_at_once(current->second, encode_shared(proto::TakeOverAsked{pending.request}));
}

void HostCore::handle_take_over_answer(const Binding& answering, const proto::TakeOverAnswer& answer) {
    const auto pending = find_take_over(answer.request);
    if (pending == take_overs.end()) return;  // answered already, or the device left: nothing to do
    const bool own_seat = answering.audience == Audience::participant && answering.participant == pending->participant;
    if (!own_seat && answering.audience != Audience::facilitator) {
        const auto connection = connection_of.find(answering.participant.value);
        if (connection != connection_of.end())
            reply_at_once(connection->second,
                          wire_error(WireReason{WireCode::not_allowed_here}.with("command", "take_over_answer")));
        return;
    }
    answer_take_over(answer.request, answer.allow);
}

void HostCore::answer_take_over(std::uint32_t request, bool allow) {
    const auto found = find_take_over(request);
    if (found == take_overs.end()) return;
    const PendingTakeOver pending = *found;
    take_overs.erase(found);
    presence_changed = true;
    const core::Participant* person = state.participant(pending.participant);
    if (!allow || !person || person->removed) {
        const WireCode code = allow ? WireCode::take_over_gone : WireCode::take_over_refused;
        reply_at_once(pending.device, wire_error(WireReason{code}.with("name", person ? person->name : "")));
        return;
    }
    const std::string token = new_participant_token(pending.participant);
    group_secrets.push_back(store::NewSecret{store::SecretKind::participant_token, pending.participant.value, token});
    bind_connection(pending.device, Binding{pending.participant, Audience::participant}, 0, token, true);
}

std::vector<PendingTakeOver>::iterator HostCore::find_take_over(std::uint32_t request) {
    return std::find_if(take_overs.begin(), take_overs.end(), [&](const PendingTakeOver& p) { return p.request == request; });
}

void HostCore::drop_take_overs_of(ConnectionId device) {
    const auto before = take_overs.size();
    std::erase_if(take_overs, [&](const PendingTakeOver& p) { return p.device == device; });
    if (take_overs.size() != before) presence_changed = true;
}

}  // namespace lagerhuis::host
