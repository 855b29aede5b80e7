// The console's top bar: the session's title and statement number on the left; on the
// right the language switch, help (F1), the projector (F5), the display (F6), how many are connected and
// whether the room is locked. A co-facilitator's console says whose host it follows.
#include <algorithm>
#include <string>

#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/top_bar_widgets.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

std::string connection_text(const ConsoleFrame& frame) {
    if (frame.join.remote)
        return frame.texts(frame.join.online ? "console.bar.remote_online" : "console.bar.remote_offline");
    return frame.texts("console.bar.connected", {{"count", std::to_string(frame.join.connections)},
                                                 {"code", frame.join.code}});
}

}  // namespace

void draw_console_top_bar(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float middle = ui::top_bar_background(width);
    const float inset = ui::px(16);
    float right = at.x + width - inset;

    if (const auto language = ui::language_switch(frame.texts.language(), right, middle, right))
        out.push_back(ConsoleLanguage{*language});
    bool clicked = false;
    right = ui::bar_button(frame.texts("console.bar.help") + "##help", right - ui::px(8), middle, ui.shortcuts_open, clicked);
    if (clicked) {
        ui.shortcuts_open = !ui.shortcuts_open;
        ui.display_open = false;  // one overlay at a time, as F1 and F6 do
    }
    right = ui::bar_button(frame.texts("console.bar.projector") + "##projector", right - ui::px(8), middle,
                       ui.projector_open, clicked);
    if (clicked) out.push_back(ToggleProjector{});
    right = ui::bar_button(frame.texts("console.bar.display") + "##display", right - ui::px(8), middle, ui.display_open,
                           clicked);
    if (clicked) {
        ui.display_open = !ui.display_open;
        ui.shortcuts_open = false;
    }
    const bool online = !frame.join.remote || frame.join.online;
    right = ui::status_pill(connection_text(frame), online ? theme::palette().online : theme::palette().offline, right - ui::px(12), middle);
    if (frame.state.room_locked)
        right = ui::status_pill(frame.texts("console.bar.room_locked"), theme::palette().connecting, right - ui::px(8), middle);

    std::string title = frame.state.config.title.empty() ? std::string("Lagerhuis") : frame.state.config.title;
    ImFont* font = ui::context().fonts.heading;
    const float room = right - ui::px(16) - (at.x + inset);
    ui::text_at(ImVec2(at.x + inset, middle - font->FontSize / 2), ui::fit_text(title, font, std::max(0.0f, room)),
                {font, theme::palette().white});
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + ui::top_bar_height()));
}

}  // namespace lagerhuis::app
