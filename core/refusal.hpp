#pragma once
// Why the engine refused a command: a reason code with named parameters. Clients render
// it in their own user's language from the message catalog (assets/messages.ini); logs
// use the code itself. A refused command changes nothing.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "enums.hpp"
#include "reason.hpp"

namespace lagerhuis::core {

enum class ReasonCode : std::uint8_t {
    session_not_created,
    session_already_created,
    not_permitted,
    unknown_participant,
    participant_removed,
    room_locked,
    name_empty,
    name_too_long,
    name_taken,
    text_empty,
    text_too_long,
    invalid_role,
    invalid_config,
    unknown_statement,
    statement_closed,
    statement_already_active,
    no_active_statement,
    position_already_fixed,
    opening_not_fixed,
    already_seated,
    hand_already_raised,
    hand_not_raised,
    already_speaking,
    must_wait,
    no_running_turn,
    turn_already_paused,
    turn_not_paused,
    unknown_turn,
    no_turn_yet,
    unknown_argument,
    argument_retracted,
    invalid_target,
    argument_has_replies,
    argument_not_in_turn,
    not_an_argument,
    unknown_fallacy,
    cannot_flag_own_turn,
    already_flagged,
    flag_rate_limited,
    unknown_flag,
    flag_already_decided,
    invalid_outcome,
    unknown_fallacy_tag,
    already_retracted,
    cannot_appreciate_own_argument,
    already_appreciated,
    poll_already_open,
    no_open_poll,
    poll_closed,
    already_voted,
    nothing_changed,
    nothing_to_undo,
    undo_blocked,
    not_appreciated,
    opening_in_use,
};

template <>
struct EnumNames<ReasonCode> {
    static constexpr std::array<std::string_view, 55> names{
        "session_not_created",
        "session_already_created",
        "not_permitted",
        "unknown_participant",
        "participant_removed",
        "room_locked",
        "name_empty",
        "name_too_long",
        "name_taken",
        "text_empty",
        "text_too_long",
        "invalid_role",
        "invalid_config",
        "unknown_statement",
        "statement_closed",
        "statement_already_active",
        "no_active_statement",
        "position_already_fixed",
        "opening_not_fixed",
        "already_seated",
        "hand_already_raised",
        "hand_not_raised",
        "already_speaking",
        "must_wait",
        "no_running_turn",
        "turn_already_paused",
        "turn_not_paused",
        "unknown_turn",
        "no_turn_yet",
        "unknown_argument",
        "argument_retracted",
        "invalid_target",
        "argument_has_replies",
        "argument_not_in_turn",
        "not_an_argument",
        "unknown_fallacy",
        "cannot_flag_own_turn",
        "already_flagged",
        "flag_rate_limited",
        "unknown_flag",
        "flag_already_decided",
        "invalid_outcome",
        "unknown_fallacy_tag",
        "already_retracted",
        "cannot_appreciate_own_argument",
        "already_appreciated",
        "poll_already_open",
        "no_open_poll",
        "poll_closed",
        "already_voted",
        "nothing_changed",
        "nothing_to_undo",
        "undo_blocked",
        "not_appreciated",
        "opening_in_use",
    };
};

inline constexpr std::size_t reason_code_count = EnumNames<ReasonCode>::names.size();

using Refusal = Reason<ReasonCode>;

}  // namespace lagerhuis::core
