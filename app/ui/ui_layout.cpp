#include "app/ui/ui_layout.hpp"

#include <imgui.h>

#include "app/ui/ui_context.hpp"

namespace lagerhuis::app::ui {

float begin_screen_window(const char* name) {
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                       ImGuiWindowFlags_NoScrollWithMouse;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin(name, nullptr, flags);
    ImGui::PopStyleVar();
    return viewport->WorkSize.x;
}

void column(const char* id, float width, float height, const std::function<void()>& draw) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(2), px(2)));
    ImGui::BeginChild(id, ImVec2(width, height), false,
                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysUseWindowPadding);
    // The column's own padding only: the cards inside keep the theme's.
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    draw();
    ImGui::EndChild();
}

}  // namespace lagerhuis::app::ui
