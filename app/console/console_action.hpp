#pragma once
// What the facilitator asks for, as values: panels append these, the console carries
// them out (console_app.cpp). A test draws a panel, clicks, and reads what it appended.
#include <cstdint>
#include <variant>
#include <vector>

#include "app/console/console_frame.hpp"
#include "app/ui/display_settings.hpp"
#include "core/command.hpp"

namespace lagerhuis::app {

// A command for the host, sent as the gespreksleider; its answer is shown in `area`.
struct ConsoleCommand {
    ConsoleArea area = ConsoleArea::global;
    core::CommandBody body;
};
struct DismissConsoleNotice {
    ConsoleArea area = ConsoleArea::global;
};
struct ConsoleLanguage {
    core::Language language = core::Language::nl;
};
// Opens or closes the projector window.
struct ToggleProjector {};
// The facilitator's new text sizes or contrast: applied to both windows and remembered.
struct ChangeDisplay {
    DisplaySettings display;
};
// The answer to a device asking to go on as someone in the session (Presence::seat_requests).
struct AnswerTakeOver {
    std::uint32_t request = 0;
    bool allow = false;
};

using ConsoleAction = std::variant<ConsoleCommand, DismissConsoleNotice, ConsoleLanguage, ToggleProjector, ChangeDisplay, AnswerTakeOver>;
using ConsoleActions = std::vector<ConsoleAction>;

inline void send(ConsoleActions& out, ConsoleArea area, core::CommandBody body) {
    out.push_back(ConsoleCommand{area, std::move(body)});
}

}  // namespace lagerhuis::app
