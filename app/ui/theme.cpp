#include "app/ui/theme.hpp"

namespace lagerhuis::app::theme {

namespace {
ImVec4 colour(ImU32 value) { return ImGui::ColorConvertU32ToFloat4(value); }
}  // namespace

ImU32 side_colour(core::Side side) { return rgb(report::palette::tones(side).strong); }
ImU32 side_soft(core::Side side) { return rgb(report::palette::tones(side).soft); }
ImU32 side_on_dark(core::Side side) { return rgb(report::palette::tones(side).on_dark); }

ButtonColours primary() { return {accent, accent_hover, accent_hover, white, accent}; }

ButtonColours secondary() { return {white, rgb(0xeef3fa), accent_soft, accent, accent}; }

ButtonColours side_button(core::Side side, bool chosen) {
    const ImU32 strong = side_colour(side);
    if (chosen) return {strong, strong, strong, white, strong};
    return {white, side_soft(side), side_soft(side), strong, strong};
}

ButtonColours top_bar(bool chosen) {
    if (chosen) return {white, white, white, ink, white};
    return {ink, rgb(0x2c3648), rgb(0x2c3648), white, rgb(0x7d8697)};
}

void apply(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(card_padding, card_padding);
    style.FramePadding = ImVec2(12, 10);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 16;
    style.GrabMinSize = 20;
    style.WindowRounding = 0;
    style.PopupRounding = rounding;
    style.ChildRounding = rounding;
    style.FrameRounding = 10;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 8;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 2;
    style.ScaleAllSizes(scale);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = colour(ink);
    c[ImGuiCol_TextDisabled] = colour(muted);
    c[ImGuiCol_WindowBg] = colour(background);
    c[ImGuiCol_ChildBg] = colour(card);
    c[ImGuiCol_PopupBg] = colour(card);
    c[ImGuiCol_Border] = colour(line);
    c[ImGuiCol_FrameBg] = colour(white);
    c[ImGuiCol_FrameBgHovered] = colour(white);
    c[ImGuiCol_FrameBgActive] = colour(white);
    c[ImGuiCol_Button] = colour(white);
    c[ImGuiCol_ButtonHovered] = colour(rgb(0xeef3fa));
    c[ImGuiCol_ButtonActive] = colour(accent_soft);
    c[ImGuiCol_Header] = colour(accent_soft);
    c[ImGuiCol_HeaderHovered] = colour(rgb(0xf5f7fa));
    c[ImGuiCol_HeaderActive] = colour(accent_soft);
    c[ImGuiCol_CheckMark] = colour(accent);
    c[ImGuiCol_ScrollbarBg] = colour(rgb(0xf1f3f6));
    c[ImGuiCol_ScrollbarGrab] = colour(rgb(0xb8c0cc));
    c[ImGuiCol_ScrollbarGrabHovered] = colour(rgb(0x9aa5b5));
    c[ImGuiCol_ScrollbarGrabActive] = colour(muted);
    c[ImGuiCol_TextSelectedBg] = colour(rgb(0xc5d7f0));
    c[ImGuiCol_NavHighlight] = colour(rgb(0x0b57d0));
    c[ImGuiCol_Separator] = colour(line);
}

}  // namespace lagerhuis::app::theme
