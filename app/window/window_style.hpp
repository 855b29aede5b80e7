#pragma once
// The fonts and the style of one window's ImGui context, made at a scale and in a
// palette: when the window opens, and again when the facilitator changes the text size
// or the contrast. Fonts are bitmaps made at one pixel size, so a new size means a new
// font atlas and a new texture, not a zoom factor. Between frames only: ImGui keeps the
// atlas locked from NewFrame to Render.
#include <string>
#include <vector>

#include "app/ui/fonts.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"

namespace lagerhuis::app {

struct WindowLook {
    float scale = 1.0f;  // the screen's content scale times the text size
    theme::Contrast contrast = theme::Contrast::standard;
    FontSizes fonts;  // at scale 1
};

// The scale a window draws at: the screen's own (`screen`, or --ui-scale) times the text
// size in percent, kept within what the fonts and layouts are made for.
float window_scale(float screen, int text_percent);

// Builds the current ImGui context's fonts and style for `look` into `ui`. Once the
// OpenGL backend is running, its font texture is made again from the new atlas.
// Returns the font files that could not be read (English), as load_fonts does.
std::vector<std::string> style_window(ui::UiContext& ui, const WindowLook& look);

}  // namespace lagerhuis::app
