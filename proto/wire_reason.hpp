#pragma once
// Why the host answered a message with an error or closed a connection: problems of the
// conversation itself (bad JSON, a wrong code, a flood), as opposed to the debate rules'
// refusals (core::Refusal). The same core::Reason as a Refusal, so clients render both from the
// message catalog: a wire code's text is "wire.<code>" in assets/messages.ini.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enums.hpp"
#include "core/reason.hpp"

namespace lagerhuis::proto {

enum class WireCode : std::uint8_t {
    protocol_mismatch,
    not_json,
    bad_message,
    unknown_message,
    message_too_large,
    say_hello_first,
    wrong_code,
    unknown_token,
    wrong_secret,
    not_joined,
    already_joined,
    not_allowed_here,
    rate_limited,
    too_slow,
    host_unavailable,
    host_stopping,
    replaced,
    take_over_unknown,
    take_over_refused,
    take_over_gone,
};

}  // namespace lagerhuis::proto

namespace lagerhuis::core {
template <>
struct EnumNames<proto::WireCode> {
    static constexpr std::array<std::string_view, 20> names{
        "protocol_mismatch", "not_json",       "bad_message",     "unknown_message", "message_too_large",
        "say_hello_first",   "wrong_code",     "unknown_token",   "wrong_secret",    "not_joined",
        "already_joined",    "not_allowed_here", "rate_limited",  "too_slow",        "host_unavailable",
        "host_stopping",     "replaced",       "take_over_unknown", "take_over_refused", "take_over_gone",
    };
};
}  // namespace lagerhuis::core

namespace lagerhuis::proto {

inline constexpr std::string_view wire_message_prefix = "wire.";

using WireReason = core::Reason<WireCode>;

// The message catalog key of its text: "wire.rate_limited".
inline std::string message_key(const WireReason& reason) {
    return std::string(wire_message_prefix) + std::string(core::to_string(reason.code));
}

}  // namespace lagerhuis::proto
