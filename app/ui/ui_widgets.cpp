#include "app/ui/ui_widgets.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"

namespace lagerhuis::app::ui {

namespace {
ImVec2 badge_padding() { return ImVec2(px(10), px(3)); }
}  // namespace

ImVec2 badge_size(std::string_view text, ImFont* font) {
    ImFont* used = font ? font : context().fonts.bold;
    const ImVec2 extent = text_size(text, used);
    return ImVec2(extent.x + 2 * badge_padding().x, extent.y + 2 * badge_padding().y);
}

void badge(std::string_view text, ImU32 fill, ImU32 ink, ImFont* font) {
    ImFont* used = font ? font : context().fonts.bold;
    const ImVec2 size = badge_size(text, used);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), fill, size.y / 2);
    text_at(ImVec2(at.x + badge_padding().x, at.y + badge_padding().y), text, {used, ink});
    ImGui::Dummy(size);
}

bool selectable(std::string_view id, bool selected, ImVec2 size, std::string_view text) {
    const std::string id_text(id);
    const bool clicked = ImGui::Selectable(id_text.c_str(), selected, ImGuiSelectableFlags_AllowItemOverlap, size);
    context().record.add(ItemKind::option, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), nullptr,
                         drawing_disabled());
    return clicked;
}

bool begin_combo(std::string_view id, std::string_view preview, float width) {
    const std::string id_text(id);
    const std::string preview_text(preview);
    const float padding_y = std::max(ImGui::GetStyle().FramePadding.y, (px(theme::touch) - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padding_y));
    ImGui::PushStyleColor(ImGuiCol_Border, theme::palette().field_border);
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo(id_text.c_str(), preview_text.c_str(), ImGuiComboFlags_HeightLarge);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    context().record.add(ItemKind::input, preview, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetFont(),
                         drawing_disabled());
    return open;
}

void end_combo() { ImGui::EndCombo(); }

bool disclosure(std::string_view id, std::string_view heading, bool& open, ImFont* font) {
    ImFont* used = font ? font : context().fonts.heading;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = std::max(px(theme::touch), used->FontSize);
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string id_text(id);
    if (ImGui::InvisibleButton(id_text.c_str(), ImVec2(width, height))) open = !open;
    // A triangle drawn, not a glyph: it reads the same in every font. The heading beside
    // it, shortened where the column is narrow (whole on hover).
    const float size = used->FontSize * 0.45f;
    const float text_x = size * 2.6f;
    const std::string shown = fit_text(heading, used, width - text_x);
    if (shown != heading && ImGui::IsItemHovered()) ImGui::SetTooltip("%.*s", static_cast<int>(heading.size()), heading.data());
    context().record.add(ItemKind::text, shown, ImVec2(at.x + text_x, at.y),
                         ImVec2(at.x + text_x + text_size(shown, used).x, at.y + height), used, drawing_disabled());
    context().record.add(ItemKind::button, heading, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), nullptr,
                         drawing_disabled());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(at.x + size, at.y + height / 2);
    if (open)
        draw->AddTriangleFilled(ImVec2(centre.x - size * 0.6f, centre.y - size * 0.35f),
                                ImVec2(centre.x + size * 0.6f, centre.y - size * 0.35f),
                                ImVec2(centre.x, centre.y + size * 0.5f), theme::palette().muted);
    else
        draw->AddTriangleFilled(ImVec2(centre.x - size * 0.35f, centre.y - size * 0.6f),
                                ImVec2(centre.x - size * 0.35f, centre.y + size * 0.6f),
                                ImVec2(centre.x + size * 0.5f, centre.y), theme::palette().muted);
    draw->AddText(used, used->FontSize, ImVec2(at.x + text_x, at.y + (height - used->FontSize) / 2),
                  ImGui::GetColorU32(ImGuiCol_Text), shown.data(), shown.data() + shown.size());
    return open;
}

void bar(float fraction, float width, float height, ImU32 fill, ImU32 track) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), track, height / 2);
    const float filled = width * std::clamp(fraction, 0.0f, 1.0f);
    if (filled >= 1.0f) draw->AddRectFilled(at, ImVec2(at.x + filled, at.y + height), fill, height / 2);
    ImGui::Dummy(ImVec2(width, height));
}

void rule() {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y), theme::palette().line, px(1));
    ImGui::Dummy(ImVec2(width, px(1)));
}

bool stepper(std::string_view id, int& value, int min, int max, int step, std::string_view shown) {
    const int before = value;
    const ImVec2 button_size(px(44), px(44));
    const std::string key(id);
    if (button("\u2013##less_" + key, button_size) && value - step >= min) value -= step;
    ImGui::SameLine(0, px(6));
    // The value between the buttons, centred on their line.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = px(84);
    ImGui::Dummy(ImVec2(width, button_size.y));
    ImFont* font = context().fonts.bold;
    const ImVec2 size = text_size(shown, font);
    text_at(ImVec2(at.x + (width - size.x) / 2, at.y + (button_size.y - size.y) / 2), shown, {font});
    ImGui::SameLine(0, px(6));
    if (button("+##more_" + key, button_size) && value + step <= max) value += step;
    return value != before;
}

bool toggle(std::string_view id, bool& value, std::string_view yes, std::string_view no) {
    const bool before = value;
    const std::string key(id);
    if (button(std::string(yes) + "##yes_" + key, {}, value ? theme::primary() : theme::secondary())) value = true;
    ImGui::SameLine(0, px(6));
    if (button(std::string(no) + "##no_" + key, {}, value ? theme::secondary() : theme::primary())) value = false;
    return value != before;
}

std::optional<std::size_t> tab_row(std::string_view id, std::span<const std::string> labels, std::size_t open,
                                   float width) {
    ImFont* font = context().fonts.small;
    const float gap = px(4);
    const float pad = 2 * ImGui::GetStyle().FramePadding.x + px(2);  // the label never touches the clip
    std::vector<float> widths;
    float needed = gap * static_cast<float>(labels.size() - 1);
    for (const auto& label : labels) {
        widths.push_back(text_size(label, font).x + pad);
        needed += widths.back();
    }
    const bool one_row = needed <= width;
    const float extra = one_row ? std::floor((width - needed) / static_cast<float>(labels.size())) : 0.0f;
    const float row_start = ImGui::GetCursorPosX();
    float x = row_start;
    std::optional<std::size_t> clicked;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float button_width = widths[i] + extra;
        if (i > 0) {
            if (x + button_width > row_start + width + 0.5f) {
                x = row_start;  // next row
                space(2);
            } else {
                ImGui::SameLine(0, gap);
            }
        }
        const std::string label = labels[i] + "##" + std::string(id) + std::to_string(i);
        if (button(label, ImVec2(button_width, px(40)), i == open ? theme::primary() : theme::secondary(), font))
            clicked = i;
        x += button_width + gap;
    }
    space(8);
    return clicked;
}

}  // namespace lagerhuis::app::ui
