#pragma once
// Laying screens out in columns of panels, shared by the participant screen and the
// console: a column is a transparent child window that scrolls on its own; a panel list
// draws its panels one under the other, leaving no gap for a panel that drew nothing.
#include <functional>

namespace lagerhuis::app::ui {

// The program's one window, filling the screen (work area) without padding, not moved
// or scrolled by the mouse; every screen draws into one. Returns its width. Close it
// with ImGui::End().
float begin_screen_window(const char* name);

// A column `width` × `height` from the cursor; `draw` fills it.
void column(const char* id, float width, float height, const std::function<void()>& draw);

// Draws each panel (a function of (args..., width)) at the full width left, with `gap`
// pixels (at scale 1) between those that drew something.
template <class Panels, class... Args>
void panel_list(const Panels& panels, float gap, Args&... args);

}  // namespace lagerhuis::app::ui

#include "app/ui/ui_layout_impl.hpp"
