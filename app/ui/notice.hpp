#pragma once
// A notice: the host's answer to something a person asked for (a refusal, a wire error)
// or the screen's own remark, shown beside the action it concerns until dismissed.
// Shared by the participant app and the facilitator console.
#include <cstdint>
#include <string>
#include <variant>

#include "core/message_catalog.hpp"
#include "core/refusal.hpp"
#include "proto/wire_reason.hpp"

namespace lagerhuis::app {

enum class NoticeTone : unsigned char { problem, ok, bye };

// A text of the catalog with its parameters (the app's own notices).
struct LocalText {
    std::string key;
    core::MessageCatalog::Params params;
};
// "Gemeld: Stropop": the fallacy's name is looked up when drawn, in the language then.
struct FlagSent {
    std::string fallacy;
};

struct Notice {
    std::uint64_t id = 0;  // new for every notice, so a repeated refusal shows as new
    NoticeTone tone = NoticeTone::problem;
    std::variant<core::Refusal, proto::WireReason, LocalText, FlagSent> what;
};

}  // namespace lagerhuis::app
