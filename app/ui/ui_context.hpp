#pragma once
// What the ui:: wrappers need beside ImGui's own context: the fonts, the content scale,
// the frame's record, and a way to ask for one more frame. It hangs on the ImGui context
// (io.UserData), so every window, and every test with a window-less ImGui context, has
// its own and there is no global state.
#include <imgui.h>

#include "app/ui/fonts.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_record.hpp"

namespace lagerhuis::app::ui {

struct UiContext {
    Fonts fonts;
    float scale = 1.0f;
    theme::Contrast contrast = theme::Contrast::standard;  // the palette theme::palette() gives
    UiRecord record;
    // Set when a layout changed size this frame (a card grew): draw the next frame at once.
    bool settle = false;
};

// Makes `context` the current ImGui context's; it must outlive that ImGui context's use.
void attach(UiContext& context);
// The attached context (asserts one is attached).
UiContext& context();
// Pixels at the current content scale.
float px(float pixels_at_scale_one);

}  // namespace lagerhuis::app::ui
