#include "app/ui/top_bar_widgets.hpp"

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app::ui {

namespace {
constexpr float bar_height = 64;
}

float top_bar_height() { return px(bar_height); }

float top_bar_background(float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + top_bar_height()), theme::palette().ink);
    return at.y + top_bar_height() / 2;
}

float status_pill(std::string_view text, ImU32 dot_colour, float right, float middle) {
    ImFont* font = context().fonts.small;
    const ImVec2 size = text_size(text, font);
    const float dot = px(10);
    const float pad = px(12);
    const float height = size.y + px(10);
    const float width = pad + dot + px(8) + size.x + pad;
    const ImVec2 min(right - width, middle - height / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(right, min.y + height), IM_COL32(255, 255, 255, 31), height / 2);
    draw->AddCircleFilled(ImVec2(min.x + pad + dot / 2, middle), dot / 2, dot_colour);
    text_at(ImVec2(min.x + pad + dot + px(8), middle - size.y / 2), text, {font, theme::palette().white});
    return min.x;
}

std::optional<core::Language> language_switch(core::Language current, float right, float middle, float& left) {
    const ImVec2 button(px(52), px(44));
    left = right - 2 * button.x;
    const core::Language languages[] = {core::Language::nl, core::Language::en};
    const char* labels[] = {"NL##language", "EN##language"};
    std::optional<core::Language> chosen;
    for (int i = 0; i < 2; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(left + static_cast<float>(i) * button.x, middle - button.y / 2));
        const bool current_one = current == languages[i];
        if (ui::button(labels[i], button, theme::top_bar(current_one)) && !current_one) chosen = languages[i];
    }
    return chosen;
}

float bar_button(const std::string& label, float right, float middle, bool chosen, bool& clicked) {
    ImFont* font = context().fonts.small;
    const ImVec2 size(text_size(visible_label(label), font).x + px(28), px(44));
    ImGui::SetCursorScreenPos(ImVec2(right - size.x, middle - size.y / 2));
    clicked = button(label, size, theme::top_bar(chosen), font);
    return right - size.x;
}

}  // namespace lagerhuis::app::ui
