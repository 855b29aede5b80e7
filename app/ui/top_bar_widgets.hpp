#pragma once
// Pieces of the dark top bar every window has (participant app, console, projector):
// the bar itself, a status pill, and the NL/EN switch. Positions are screen pixels;
// `middle` is the bar's vertical centre, `right` the right edge to draw up to.
#include <optional>
#include <string>
#include <string_view>

#include <imgui.h>

#include "core/enums.hpp"

namespace lagerhuis::app::ui {

// The bar's background from the cursor, `width` × bar_height; returns its vertical middle.
float top_bar_background(float width);
float top_bar_height();
// A rounded pill with a coloured dot and `text`, ending at `right`; returns its left edge.
float status_pill(std::string_view text, ImU32 dot, float right, float middle);
// A quiet button on the bar ending at `right`, filled when `chosen`; returns its left
// edge and sets `clicked`.
float bar_button(const std::string& label, float right, float middle, bool chosen, bool& clicked);
// NL and EN buttons ending at `right`; sets `left` to their left edge. Returns the
// language clicked when it is not the current one.
std::optional<core::Language> language_switch(core::Language current, float right, float middle, float& left);

}  // namespace lagerhuis::app::ui
