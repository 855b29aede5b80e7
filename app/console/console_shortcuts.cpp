// The F1 overlay: every shortcut with what it does, over the console until closed.
#include <algorithm>
#include <string>

#include "app/console/console_keys.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_console_shortcuts(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions&) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->WorkSize.x - ui::px(40), ui::px(680));
    // As high as the list, but never past the window: a short screen scrolls the list.
    const float top = std::min(ui::px(90), viewport->WorkSize.y * 0.06f);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x / 2, viewport->WorkPos.y + top),
                            ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->WorkSize.y - 2 * top));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::card);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::field_border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::px(22), ui::px(18)));
    ImGui::Begin("Sneltoetsen", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    const auto& fonts = ui::context().fonts;
    ui::text(frame.texts("console.keys.heading"), {fonts.heading});
    ui::space(6);
    const float key_column = ui::px(110);
    for (const auto& shortcut : console_shortcuts()) {
        const float y = ImGui::GetCursorPosY();
        ui::text(shortcut.label, {fonts.bold, theme::accent});
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x + key_column, y));
        ui::text_wrapped(frame.texts(shortcut.text));
    }
    ui::space(10);
    if (ui::button(frame.texts("console.keys.close_button") + "##close_shortcuts")) ui.shortcuts_open = false;
    ImGui::End();
}

}  // namespace lagerhuis::app
