#pragma once
// The product's colours, defined once: the three sides and the neutral surfaces they are
// drawn on. The report's stylesheet is written from this table, the native windows take
// it through app/theme, and a test compares the page's stylesheet (assets/web/style.css)
// with it and computes the WCAG 2.1 contrast of every pairing it is used in
// (tests/report/palette_test.cpp).
//
// Voor blue, tegen orange, twijfel grey. Blue and orange stay apart for readers with any
// kind of colour blindness (red and green, the old app colours, merge for one in twelve
// men); grey is the neutral middle bench. A side has three tones, each for one use:
//   strong   text on the light surfaces; fills under white text; bars and lines on paper
//   soft     a light tint behind strong text (a hovered bench)
//   on_dark  fills and marks on the dark surfaces (the projector), under ink text
// One colour cannot do both: a fill that white text can sit on is too dark to stand out
// from the projector's panels, so the dark surfaces get a lighter tone of the same hue.
#include <array>
#include <cstdint>
#include <string>

#include "core/enums.hpp"

namespace lagerhuis::report::palette {

using Rgb = std::uint32_t;  // 0xRRGGBB

struct SideTones {
    Rgb strong = 0;
    Rgb soft = 0;
    Rgb on_dark = 0;
};

inline constexpr SideTones voor{0x1a5fb4, 0xe8f0fb, 0x7ab3f0};
inline constexpr SideTones tegen{0xa84b00, 0xfcebdd, 0xf2a35e};
inline constexpr SideTones twijfel{0x636363, 0xededed, 0xb8b8b8};

constexpr const SideTones& tones(core::Side side) {
    switch (side) {
        case core::Side::voor: return voor;
        case core::Side::tegen: return tegen;
        case core::Side::twijfel: return twijfel;
    }
    return twijfel;
}

// Neutrals, shared by the windows, the page and the report.
inline constexpr Rgb paper = 0xffffff;       // cards, the report's page
inline constexpr Rgb background = 0xeef0f3;  // behind the cards
inline constexpr Rgb tint = 0xf5f7fa;        // table headers, argument rows in the report
inline constexpr Rgb ink = 0x1c2330;         // text; the dark top bar and the projector
inline constexpr Rgb muted = 0x5a6475;       // secondary text
inline constexpr Rgb line = 0xd5dae2;        // rules and borders
inline constexpr Rgb dark_panel = 0x2a3345;  // the projector's panels, on ink

inline constexpr std::array<Rgb, 3> light_surfaces{paper, background, tint};
inline constexpr std::array<Rgb, 2> dark_surfaces{ink, dark_panel};

// What became of a drogreden, as the report marks it (on paper, under white text).
inline constexpr Rgb confirmed = 0xc53030;
inline constexpr Rgb missed = 0x6b46c1;
inline constexpr Rgb dismissed = muted;
inline constexpr Rgb pending = 0x8a6d00;
inline constexpr std::array<Rgb, 4> marks{confirmed, missed, dismissed, pending};

// "#1a5fb4"
std::string css_hex(Rgb colour);

// WCAG 2.1: each sRGB channel as linear light, the relative luminance, and the contrast
// ratio of two colours (1 to 21; 4.5 is AA for text, 7 AAA, 3 for parts of the UI).
std::array<double, 3> linear_rgb(Rgb colour);
double relative_luminance(Rgb colour);
double contrast_ratio(Rgb a, Rgb b);

}  // namespace lagerhuis::report::palette
