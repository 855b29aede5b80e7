#pragma once
// The template part of ui_layout.hpp.
#include <imgui.h>

#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app::ui {

template <class Panels, class... Args>
void panel_list(const Panels& panels, float gap, Args&... args) {
    for (const auto panel : panels) {
        const float before = ImGui::GetCursorPosY();
        panel(args..., ImGui::GetContentRegionAvail().x);
        if (ImGui::GetCursorPosY() > before) space(gap);
    }
}

}  // namespace lagerhuis::app::ui
