#pragma once
// The look of every window: light, high-contrast, the colours of the participant page
// (assets/web/style.css), so the browser and the native app feel like one product.
// The sides and the neutrals come from the one palette (report/palette.hpp): voor blue,
// tegen orange, twijfel grey, everywhere.
#include <array>

#include <imgui.h>

#include "core/enums.hpp"
#include "report/palette.hpp"

namespace lagerhuis::app::theme {

inline constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

inline constexpr ImU32 background = rgb(report::palette::background);
inline constexpr ImU32 card = rgb(report::palette::paper);
inline constexpr ImU32 ink = rgb(report::palette::ink);
inline constexpr ImU32 muted = rgb(report::palette::muted);
inline constexpr ImU32 line = rgb(report::palette::line);
inline constexpr ImU32 field_border = rgb(0xaab3c2);
inline constexpr ImU32 accent = rgb(0x1d4f91);
inline constexpr ImU32 accent_hover = rgb(0x163e73);
inline constexpr ImU32 accent_soft = rgb(0xeaf1fb);
inline constexpr ImU32 white = rgb(0xffffff);
inline constexpr ImU32 disabled = rgb(0x9aa5b5);
inline constexpr ImU32 track = rgb(0xe6e9ee);
inline constexpr ImU32 warn = rgb(0x8a5300);
inline constexpr ImU32 warn_soft = rgb(0xfff1d6);
inline constexpr ImU32 over = rgb(0xa3262a);
inline constexpr ImU32 over_soft = rgb(0xfde3e3);
inline constexpr ImU32 ok = rgb(0x1b6b45);
inline constexpr ImU32 ok_soft = rgb(0xe3f2ea);
inline constexpr ImU32 problem_ink = rgb(0x6d1519);
inline constexpr ImU32 online = rgb(0x4cc38a);
inline constexpr ImU32 connecting = rgb(0xf0b429);
inline constexpr ImU32 offline = rgb(0xf26d6d);

// The benches left to right, as the room sits: voor, twijfel in the middle, tegen.
inline constexpr std::array<core::Side, 3> bench_order{core::Side::voor, core::Side::twijfel, core::Side::tegen};

// Text, fills under white text and bars on the light surfaces.
ImU32 side_colour(core::Side side);
// A light tint behind side_colour text.
ImU32 side_soft(core::Side side);
// Fills and marks on the dark surfaces (ink, the projector's panels), under ink text.
ImU32 side_on_dark(core::Side side);

// Colours of one button, for ui::button.
struct ButtonColours {
    ImU32 fill = white;
    ImU32 hovered = white;
    ImU32 active = white;
    ImU32 text = accent;
    ImU32 border = accent;
};
// Filled blue: the main action of a card.
ButtonColours primary();
// White with a blue border: a secondary action.
ButtonColours secondary();
// A bench or ballot: outlined in the side's colour, filled when chosen.
ButtonColours side_button(core::Side side, bool chosen);
// Quiet text on the dark top bar.
ButtonColours top_bar(bool chosen);

// Applies the theme to the style, sizes multiplied by `scale` (the content scale).
void apply(ImGuiStyle& style, float scale);

// Sizes at scale 1, in pixels.
inline constexpr float card_padding = 18;
inline constexpr float card_gap = 16;
inline constexpr float rounding = 12;
inline constexpr float touch = 48;  // the smallest button height

}  // namespace lagerhuis::app::theme
