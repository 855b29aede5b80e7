#include "app/ui/theme.hpp"

#include "app/ui/ui_context.hpp"

namespace lagerhuis::app::theme {

namespace {

namespace product = report::palette;

constexpr Palette standard_palette{
    .background = rgb(product::background), .card = rgb(product::paper), .ink = rgb(product::ink),
    .muted = rgb(product::muted), .line = rgb(product::line), .field_border = rgb(0x858d9e), .white = rgb(0xffffff),
    .disabled = rgb(0x9aa5b5), .track = rgb(0xe6e9ee), .hover = rgb(0xeef3fa), .quiet_fill = rgb(0xf1f3f6),
    .graph_fill = rgb(0xf7f8fa),
    .accent = rgb(0x1d4f91), .accent_hover = rgb(0x163e73), .accent_soft = rgb(0xeaf1fb), .poll_fill = rgb(0xf5f8fd),
    .poll_outline = rgb(0xb9c9e3),
    .warn = rgb(0x8a5300), .warn_soft = rgb(0xfff1d6), .warn_line = rgb(0xf0cf8c), .warn_ink = rgb(0x5c3800),
    .over = rgb(0xa3262a), .over_soft = rgb(0xfde3e3), .over_line = rgb(0xefb2b2), .problem_ink = rgb(0x6d1519),
    .ok = rgb(0x1b6b45), .ok_soft = rgb(0xe3f2ea), .ok_line = rgb(0xa8d5bd), .ok_ink = rgb(0x134d31),
    .online = rgb(0x4cc38a), .connecting = rgb(0xf0b429), .offline = rgb(0xf26d6d),
    .projector_text = rgb(0xf4f6fa), .projector_dim = rgb(0xa9b3c4), .projector_panel = rgb(product::dark_panel),
    .projector_warning = rgb(0xffc04d), .projector_overtime = rgb(0xff6b6b),
    .voor = product::voor, .tegen = product::tegen, .twijfel = product::twijfel,
};

// Black on white, every tone darkened to ≥ 7:1 on the cards; on the projector, white on
// black with the sides' marks lightened to ≥ 4.5:1 (tests/app/theme_contrast_test.cpp).
constexpr Palette high_contrast_palette{
    .background = rgb(0xffffff), .card = rgb(0xffffff), .ink = rgb(0x000000), .muted = rgb(0x333333),
    .line = rgb(0x6b6b6b), .field_border = rgb(0x000000), .white = rgb(0xffffff), .disabled = rgb(0x595959),
    .track = rgb(0xd6d6d6), .hover = rgb(0xe6eefa), .quiet_fill = rgb(0xf0f0f0), .graph_fill = rgb(0xffffff),
    .accent = rgb(0x0a3a7a), .accent_hover = rgb(0x062a5a), .accent_soft = rgb(0xdde8f7), .poll_fill = rgb(0xffffff),
    .poll_outline = rgb(0x0a3a7a),
    .warn = rgb(0x5c3500), .warn_soft = rgb(0xfff1d6), .warn_line = rgb(0x5c3500), .warn_ink = rgb(0x3d2400),
    .over = rgb(0x8a0f14), .over_soft = rgb(0xfde3e3), .over_line = rgb(0x8a0f14), .problem_ink = rgb(0x5a0a0d),
    .ok = rgb(0x0d4a2e), .ok_soft = rgb(0xe3f2ea), .ok_line = rgb(0x0d4a2e), .ok_ink = rgb(0x0a3823),
    .online = rgb(0x5fd89b), .connecting = rgb(0xffc94d), .offline = rgb(0xff8a8a),
    .projector_text = rgb(0xffffff), .projector_dim = rgb(0xdde3ec), .projector_panel = rgb(0x1f1f1f),
    .projector_warning = rgb(0xffd166), .projector_overtime = rgb(0xff9a9a),
    .voor = {0x0b4191, 0xe3ecfa, 0x8cc1ff}, .tegen = {0x7a3600, 0xfbe6d4, 0xffb36b}, .twijfel = {0x404040, 0xe6e6e6, 0xcfcfcf},
};

ImVec4 colour(ImU32 value) { return ImGui::ColorConvertU32ToFloat4(value); }

const product::SideTones& tones(core::Side side) {
    const Palette& p = palette();
    switch (side) {
        case core::Side::voor: return p.voor;
        case core::Side::tegen: return p.tegen;
        case core::Side::twijfel: return p.twijfel;
    }
    return p.twijfel;
}

}  // namespace

const Palette& palette_for(Contrast contrast) {
    return contrast == Contrast::high ? high_contrast_palette : standard_palette;
}

const Palette& palette() {
    // Tests draw widgets in bare ImGui contexts: without a UiContext, the standard look.
    if (!ImGui::GetCurrentContext() || !ImGui::GetIO().UserData) return standard_palette;
    return palette_for(ui::context().contrast);
}

ImU32 side_colour(core::Side side) { return rgb(tones(side).strong); }
ImU32 side_soft(core::Side side) { return rgb(tones(side).soft); }
ImU32 side_on_dark(core::Side side) { return rgb(tones(side).on_dark); }

ButtonColours primary() {
    const Palette& p = palette();
    return {p.accent, p.accent_hover, p.accent_hover, p.white, p.accent};
}

ButtonColours secondary() {
    const Palette& p = palette();
    return {p.white, p.hover, p.accent_soft, p.accent, p.accent};
}

ButtonColours side_button(core::Side side, bool chosen) {
    const ImU32 strong = side_colour(side);
    if (chosen) return {strong, strong, strong, palette().white, strong};
    return {palette().white, side_soft(side), side_soft(side), strong, strong};
}

ButtonColours top_bar(bool chosen) {
    const Palette& p = palette();
    if (chosen) return {p.white, p.white, p.white, p.ink, p.white};
    return {p.ink, rgb(0x2c3648), rgb(0x2c3648), p.white, rgb(0x7d8697)};
}

void apply(ImGuiStyle& style, float scale, Contrast contrast) {
    const Palette& p = palette_for(contrast);
    const bool high = contrast == Contrast::high;
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
    style.ChildBorderSize = high ? 2 : 1;
    style.FrameBorderSize = high ? 3 : 2;
    style.ScaleAllSizes(scale);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = colour(p.ink);
    c[ImGuiCol_TextDisabled] = colour(p.muted);
    c[ImGuiCol_WindowBg] = colour(p.background);
    c[ImGuiCol_ChildBg] = colour(p.card);
    c[ImGuiCol_PopupBg] = colour(p.card);
    c[ImGuiCol_Border] = colour(high ? p.ink : p.line);
    c[ImGuiCol_FrameBg] = colour(p.white);
    c[ImGuiCol_FrameBgHovered] = colour(p.white);
    c[ImGuiCol_FrameBgActive] = colour(p.white);
    c[ImGuiCol_Button] = colour(p.white);
    c[ImGuiCol_ButtonHovered] = colour(p.hover);
    c[ImGuiCol_ButtonActive] = colour(p.accent_soft);
    c[ImGuiCol_Header] = colour(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = colour(p.hover);
    c[ImGuiCol_HeaderActive] = colour(p.accent_soft);
    c[ImGuiCol_CheckMark] = colour(p.accent);
    c[ImGuiCol_ScrollbarBg] = colour(p.quiet_fill);
    c[ImGuiCol_ScrollbarGrab] = colour(high ? p.line : rgb(0xb8c0cc));
    c[ImGuiCol_ScrollbarGrabHovered] = colour(high ? p.muted : p.disabled);
    c[ImGuiCol_ScrollbarGrabActive] = colour(p.muted);
    c[ImGuiCol_TextSelectedBg] = colour(rgb(0xc5d7f0));
    // The keyboard focus: a ring that stands out on every surface.
    c[ImGuiCol_NavHighlight] = colour(high ? rgb(0xc8102e) : rgb(0x0b57d0));
    c[ImGuiCol_Separator] = colour(high ? p.muted : p.line);
}

}  // namespace lagerhuis::app::theme
