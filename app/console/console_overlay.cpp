#include "app/console/console_overlay.hpp"

#include <algorithm>

#include <imgui.h>

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"

namespace lagerhuis::app {

void begin_console_overlay(const char* id, float max_width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->WorkSize.x - ui::px(40), ui::px(max_width));
    const float top = std::min(ui::px(90), viewport->WorkSize.y * 0.06f);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x / 2, viewport->WorkPos.y + top),
                            ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->WorkSize.y - 2 * top));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::palette().card);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::palette().field_border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::px(22), ui::px(18)));
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

void end_console_overlay() { ImGui::End(); }

}  // namespace lagerhuis::app
