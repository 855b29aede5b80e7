// The top bar: the session's title, the connection state, and the language switch.
#include <algorithm>

#include "app/participant_panels.hpp"
#include "app/theme.hpp"
#include "app/ui_context.hpp"
#include "app/ui_text.hpp"

namespace lagerhuis::app {

namespace {

constexpr float bar_height = 64;
constexpr float max_content_width = 1120;

struct StatusLook {
    const char* key;
    ImU32 dot;
};

std::optional<StatusLook> status_look(ConnectionStatus status) {
    switch (status) {
        case ConnectionStatus::idle: return std::nullopt;
        case ConnectionStatus::connecting: return StatusLook{"web.status.connecting", theme::connecting};
        case ConnectionStatus::online: return StatusLook{"web.status.online", theme::online};
        case ConnectionStatus::reconnecting: return StatusLook{"web.status.reconnecting", theme::connecting};
        case ConnectionStatus::stopped: return StatusLook{"web.status.offline", theme::offline};
    }
    return std::nullopt;
}

// The pill ending at `right`; returns its left edge.
float draw_status(const ParticipantFrame& frame, float right, float middle) {
    const auto look = status_look(frame.snapshot.connection);
    if (!look) return right;
    ImFont* font = ui::context().fonts.small;
    const std::string text = frame.texts(look->key);
    const ImVec2 size = ui::text_size(text, font);
    const float dot = ui::px(10);
    const float pad = ui::px(12);
    const float height = size.y + ui::px(10);
    const float width = pad + dot + ui::px(8) + size.x + pad;
    const ImVec2 min(right - width, middle - height / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(right, min.y + height), IM_COL32(255, 255, 255, 31), height / 2);
    draw->AddCircleFilled(ImVec2(min.x + pad + dot / 2, middle), dot / 2, look->dot);
    ui::text_at(ImVec2(min.x + pad + dot + ui::px(8), middle - size.y / 2), text, {font, theme::white});
    return min.x;
}

}  // namespace

void draw_top_bar(const ParticipantFrame& frame, ParticipantUiState&, ParticipantActions& out, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ui::px(bar_height);
    const float middle = at.y + height / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::ink);
    const float inset = std::max(ui::px(16), (width - ui::px(max_content_width)) / 2);
    const float right = at.x + width - inset;

    // The language switch, rightmost.
    const ImVec2 button(ui::px(52), ui::px(44));
    float x = right - 2 * button.x;
    const core::Language languages[] = {core::Language::nl, core::Language::en};
    const char* labels[] = {"NL##language", "EN##language"};
    for (int i = 0; i < 2; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(x + static_cast<float>(i) * button.x, middle - button.y / 2));
        const bool chosen = frame.texts.language() == languages[i];
        if (ui::button(labels[i], button, theme::top_bar(chosen)) && !chosen) out.push_back(LanguageAction{languages[i]});
    }
    float status_left = draw_status(frame, x - ui::px(12), middle);
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
    ui::text_at(ImVec2(at.x + inset, middle - font->FontSize / 2), shown, {font, theme::white});

    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + height));
}

}  // namespace lagerhuis::app
