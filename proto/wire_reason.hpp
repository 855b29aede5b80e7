#pragma once
// Why the host answered a message with an error or closed a connection: problems of the
// conversation itself (bad JSON, a wrong code, a flood), as opposed to the debate rules'
// refusals (core::Refusal). Same shape as a Refusal, so clients render both from the
// message catalog: a wire code's text is "wire.<code>" in assets/messages.ini.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enums.hpp"

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
};

}  // namespace lagerhuis::proto

namespace lagerhuis::core {
template <>
struct EnumNames<proto::WireCode> {
    static constexpr std::array<std::string_view, 17> names{
        "protocol_mismatch", "not_json",       "bad_message",     "unknown_message", "message_too_large",
        "say_hello_first",   "wrong_code",     "unknown_token",   "wrong_secret",    "not_joined",
        "already_joined",    "not_allowed_here", "rate_limited",  "too_slow",        "host_unavailable",
        "host_stopping",     "replaced",
    };
};
}  // namespace lagerhuis::core

namespace lagerhuis::proto {

inline constexpr std::string_view wire_message_prefix = "wire.";

struct WireReason {
    WireCode code{};
    std::vector<std::pair<std::string, std::string>> params;

    WireReason() = default;
    explicit WireReason(WireCode c) : code(c) {}
    WireReason&& with(std::string name, std::string value) && {
        params.emplace_back(std::move(name), std::move(value));
        return std::move(*this);
    }
    std::string_view param(std::string_view name) const {
        for (const auto& [key, value] : params)
            if (key == name) return value;
        return {};
    }
    // The message catalog key of its text: "wire.rate_limited".
    std::string message_key() const { return std::string(wire_message_prefix) + std::string(core::to_string(code)); }

    // For logs (English): "bad_message field=body.side problem=missing field"
    std::string message() const {
        std::string text(core::to_string(code));
        for (const auto& [name, value] : params) text += " " + name + "=" + value;
        return text;
    }

    friend bool operator==(const WireReason&, const WireReason&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) { f("code", s.code); f("params", s.params); }
};

}  // namespace lagerhuis::proto
