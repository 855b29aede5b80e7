#pragma once
// Why something was refused, as data: a code with named parameters. The engine's
// refusals (core::Refusal, refusal.hpp) and the wire's errors (proto::WireReason) share
// this shape, so every client renders both from the message catalog in its own user's
// language, and logs use the code itself.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "enums.hpp"

namespace lagerhuis::core {

template <class Code>
struct Reason {
    Code code{};
    std::vector<std::pair<std::string, std::string>> params;

    Reason() = default;
    explicit Reason(Code c) : code(c) {}

    Reason&& with(std::string name, std::string value) && {
        params.emplace_back(std::move(name), std::move(value));
        return std::move(*this);
    }
    std::string_view param(std::string_view name) const {
        for (const auto& [key, value] : params)
            if (key == name) return value;
        return {};
    }
    // For logs (English): "bad_message field=body.side problem=missing field"
    std::string message() const {
        std::string text(to_string(code));
        for (const auto& [name, value] : params) text += " " + name + "=" + value;
        return text;
    }

    friend bool operator==(const Reason&, const Reason&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("code", s.code);
        f("params", s.params);
    }
};

}  // namespace lagerhuis::core
