#pragma once
// The fonts of every window: DejaVu Sans in the few sizes the screens use, with the
// glyphs Dutch and English texts need (ë é ï ĳ € ‘ ’ … ✓ ×). Large on purpose: a
// participant reads the screen at arm's length, a projector at the back of the room.
#include <string>
#include <vector>

#include <imgui.h>

namespace lagerhuis::app {

// In platform::font_folder(): Debian's fonts-dejavu-core, or the zip's fonts\ on Windows.
inline constexpr const char* dejavu_sans_file = "DejaVuSans.ttf";
inline constexpr const char* dejavu_sans_bold_file = "DejaVuSans-Bold.ttf";

struct Fonts {
    ImFont* body = nullptr;     // most text
    ImFont* small = nullptr;    // hints, meta lines
    ImFont* bold = nullptr;     // labels, buttons, names
    ImFont* heading = nullptr;  // card headings
    ImFont* title = nullptr;    // the statement
    ImFont* count = nullptr;    // bench counts (digits)
    ImFont* clock = nullptr;    // the countdown (digits)
    // Font files that could not be read (English, for stderr); ImGui's own font stands in.
    std::vector<std::string> problems;
};

// Pixel sizes at content scale 1.
struct FontSizes {
    float body = 20;
    float small = 17;
    float heading = 23;
    float title = 32;
    float count = 40;
    float clock = 60;
};

// Adds the fonts to `atlas` (before it is built). `scale` is the monitor's content scale.
Fonts load_fonts(ImFontAtlas& atlas, float scale, const FontSizes& sizes = {});

// The code points the text fonts cover (a 0-terminated ImGui range list).
const ImWchar* text_glyph_ranges();

}  // namespace lagerhuis::app
