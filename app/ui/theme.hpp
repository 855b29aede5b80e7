#pragma once
// The look of every window, in two palettes the facilitator chooses between:
//   standard       light, the colours of the participant page (assets/web/style.css), so
//                  the browser and the native app feel like one product; text ≥ 4.5:1
//   high contrast  white cards without the grey behind them, black text, darker sides,
//                  black field borders: text ≥ 7:1 and parts ≥ 4.5:1 (WCAG AAA), for a
//                  washed-out projector or a reader with low vision
// The sides and the neutrals of the standard palette come from the one product palette
// (report/palette.hpp): voor blue, tegen orange, twijfel grey, everywhere.
// Each window has its own palette (ui::UiContext::contrast), read through palette(), so
// a test with a window-less ImGui context and the projector's own context need no global.
#include <array>

#include <imgui.h>

#include "core/enums.hpp"
#include "report/palette.hpp"

namespace lagerhuis::app::theme {

inline constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

enum class Contrast : unsigned char { standard, high };

struct Palette {
    // Surfaces and text.
    ImU32 background, card, ink, muted, line, field_border, white, disabled, track;
    ImU32 hover;       // a hovered secondary button or row
    ImU32 quiet_fill;  // an idle clock, a scrollbar's track
    ImU32 graph_fill;  // behind the argument graph
    // The main action and its tints.
    ImU32 accent, accent_hover, accent_soft, poll_fill, poll_outline;
    // States: a warning (the clock's last seconds, a leaving participant), overtime or a
    // problem, and what went well; each with a tint, a border on that tint and an ink.
    ImU32 warn, warn_soft, warn_line, warn_ink;
    ImU32 over, over_soft, over_line, problem_ink;
    ImU32 ok, ok_soft, ok_line, ok_ink;
    // The connection dots on the dark top bar.
    ImU32 online, connecting, offline;
    // The projector: light text and dimmer labels on ink, its panels, the clock's states.
    ImU32 projector_text, projector_dim, projector_panel, projector_warning, projector_overtime;
    // The sides, as report::palette::SideTones (strong, soft, on_dark).
    report::palette::SideTones voor, tegen, twijfel;
};

const Palette& palette_for(Contrast contrast);
// The palette of the window being drawn (its UiContext); standard when none is attached.
const Palette& palette();

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
    ImU32 fill;
    ImU32 hovered;
    ImU32 active;
    ImU32 text;
    ImU32 border;
};
// Filled blue: the main action of a card.
ButtonColours primary();
// White with a blue border: a secondary action.
ButtonColours secondary();
// A bench or ballot: outlined in the side's colour, filled when chosen.
ButtonColours side_button(core::Side side, bool chosen);
// Quiet text on the dark top bar.
ButtonColours top_bar(bool chosen);

// Applies the palette to the style, sizes multiplied by `scale` (the content scale); high
// contrast also draws thicker borders.
void apply(ImGuiStyle& style, float scale, Contrast contrast = Contrast::standard);

// Sizes at scale 1, in pixels.
inline constexpr float card_padding = 18;
inline constexpr float card_gap = 16;
inline constexpr float rounding = 12;
inline constexpr float touch = 48;  // the smallest button height

}  // namespace lagerhuis::app::theme
