#pragma once
// The parameters each refusal reason code carries, with example values: the one list the
// message catalog tests and the decide tests share, so texts and engine cannot drift.
// The switch has no default, so a new ReasonCode does not compile (-Wswitch) until it is
// listed here.
#include <string>
#include <utility>
#include <vector>

#include "core/refusal.hpp"

namespace lagerhuis::tests {

using ReasonParams = std::vector<std::pair<std::string, std::string>>;

inline ReasonParams example_params(core::ReasonCode code) {
    using enum core::ReasonCode;
    switch (code) {
        case not_permitted: return {{"action", "tag_argument"}};
        case unknown_participant: return {{"participant", "7"}};
        case participant_removed: return {{"name", "Anouk"}};
        case name_too_long: return {{"max", "40"}};
        case name_taken: return {{"name", "Sanne"}};
        case text_too_long: return {{"max", "280"}};
        case invalid_role: return {{"role", "facilitator"}};
        case invalid_config: return {{"field", "turn_limit_ms"}};
        case unknown_statement: return {{"statement", "4"}};
        case statement_closed: return {{"statement", "2"}};
        case statement_already_active: return {{"statement", "1"}};
        case position_already_fixed: return {{"kind", "opening"}};
        case already_seated: return {{"side", "tegen"}};
        case hand_already_raised: return {{"name", "Joris"}};
        case hand_not_raised: return {{"name", "Joris"}};
        case already_speaking: return {{"name", "Fatima"}};
        case must_wait: return {{"name", "Fatima"}, {"turns", "2"}};
        case unknown_turn: return {{"turn", "12"}};
        case unknown_argument: return {{"argument", "9"}};
        case argument_retracted: return {{"argument", "9"}};
        case invalid_target: return {{"argument", "15"}};
        case argument_has_replies: return {{"argument", "3"}, {"replies", "2"}};
        case argument_not_in_turn: return {{"argument", "3"}, {"turn", "5"}};
        case not_an_argument: return {{"argument", "6"}};
        case unknown_fallacy: return {{"fallacy", "red_herring"}};
        case flag_rate_limited: return {{"per_minute", "4"}};
        case unknown_flag: return {{"flag", "8"}};
        case flag_already_decided: return {{"outcome", "dismissed"}};
        case unknown_fallacy_tag: return {{"tag", "2"}};
        case undo_blocked: return {{"because", "argument 3 has replies"}};
        case not_appreciated: return {{"argument", "4"}};

        case session_not_created:
        case session_already_created:
        case room_locked:
        case opening_in_use:
        case name_empty:
        case text_empty:
        case no_active_statement:
        case opening_not_fixed:
        case no_running_turn:
        case turn_already_paused:
        case turn_not_paused:
        case no_turn_yet:
        case cannot_flag_own_turn:
        case already_flagged:
        case invalid_outcome:
        case already_retracted:
        case cannot_appreciate_own_argument:
        case already_appreciated:
        case poll_already_open:
        case no_open_poll:
        case poll_closed:
        case already_voted:
        case nothing_changed:
        case nothing_to_undo: return {};
    }
    return {};
}

inline std::vector<core::ReasonCode> all_reason_codes() {
    std::vector<core::ReasonCode> codes;
    for (std::size_t i = 0; i < core::reason_code_count; ++i) codes.push_back(static_cast<core::ReasonCode>(i));
    return codes;
}

inline core::Refusal example_refusal(core::ReasonCode code) {
    core::Refusal refusal(code);
    refusal.params = example_params(code);
    return refusal;
}

}  // namespace lagerhuis::tests
