// The top bar: the session's title, the connection state, and the language switch.
#include <algorithm>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/top_bar_widgets.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

struct StatusLook {
    const char* key;
    ImU32 dot;
};

std::optional<StatusLook> status_look(ConnectionStatus status) {
    switch (status) {
        case ConnectionStatus::idle: return std::nullopt;
        case ConnectionStatus::connecting: return StatusLook{"web.status.connecting", theme::palette().connecting};
        case ConnectionStatus::online: return StatusLook{"web.status.online", theme::palette().online};
        case ConnectionStatus::reconnecting: return StatusLook{"web.status.reconnecting", theme::palette().connecting};
        case ConnectionStatus::stopped: return StatusLook{"web.status.offline", theme::palette().offline};
    }
    return std::nullopt;
}

}  // namespace

void draw_top_bar(const ParticipantFrame& frame, ParticipantUiState&, ParticipantActions& out, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ui::top_bar_height();
    const float middle = ui::top_bar_background(width);
    const float inset = std::max(ui::px(16), (width - ui::px(participant_max_width)) / 2);
    const float right = at.x + width - inset;

    // The language switch, rightmost.
    float x = right;
    if (const auto language = ui::language_switch(frame.texts.language(), right, middle, x))
        out.push_back(LanguageAction{*language});
    const auto look = status_look(frame.snapshot.connection);
    float status_left = look ? ui::status_pill(frame.texts(look->key), look->dot, x - ui::px(12), middle) : x - ui::px(12);
    const ImVec2 button(ui::px(52), ui::px(44));
    if (frame.snapshot.connection == ConnectionStatus::stopped) {
        const std::string label = frame.texts("web.status.reconnect");
        const float reconnect_width = ui::text_size(label, ui::context().fonts.small).x + ui::px(28);
        status_left -= reconnect_width + ui::px(10);
        ImGui::SetCursorScreenPos(ImVec2(status_left, middle - button.y / 2));
        if (ui::button(label + "##reconnect", ImVec2(reconnect_width, button.y), theme::top_bar(false),
                       ui::context().fonts.small))
            out.push_back(ReconnectAction{});
    }

    const std::string& title = frame.snapshot.title.empty() ? std::string("Lagerhuis") : frame.snapshot.title;
    ImFont* font = ui::context().fonts.heading;
    const float room = status_left - ui::px(16) - (at.x + inset);
    const std::string shown = ui::fit_text(title, font, std::max(0.0f, room));
    ui::text_at(ImVec2(at.x + inset, middle - font->FontSize / 2), shown, {font, theme::palette().white});

    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + height));
}

}  // namespace lagerhuis::app
