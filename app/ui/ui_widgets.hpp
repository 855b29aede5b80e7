#pragma once
// Composite widgets the screens share, built on the recorded wrappers (ui_text.hpp):
// a pill badge, a selectable row, a drop-down, a fold-out heading and a bar.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <imgui.h>

#include "app/ui/ui_text.hpp"

namespace lagerhuis::app::ui {

// A rounded label ("Voor", "bevestigd") at the cursor.
void badge(std::string_view text, ImU32 fill, ImU32 ink, ImFont* font = nullptr);
ImVec2 badge_size(std::string_view text, ImFont* font = nullptr);

// A clickable row of `size`, highlighted when `selected`; the caller draws its content
// over it. Recorded as an option named `text`.
bool selectable(std::string_view id, bool selected, ImVec2 size, std::string_view text);

// A drop-down showing `preview`; between begin and end, `selectable`s are its choices.
bool begin_combo(std::string_view id, std::string_view preview, float width);
void end_combo();

// A heading that folds its section open and shut; returns whether it is open.
bool disclosure(std::string_view id, std::string_view heading, bool& open, ImFont* font = nullptr);

// A horizontal bar `fraction` full (0..1), as wide as `width`.
void bar(float fraction, float width, float height, ImU32 fill, ImU32 track);

// A row of tab buttons, the open one filled, each as wide as its label needs plus an
// even share of what is left; a narrow column wraps them onto more rows. Returns the
// tab clicked.
std::optional<std::size_t> tab_row(std::string_view id, std::span<const std::string> labels, std::size_t open,
                                   float width);

// A line in the card's border colour, the full width of the content.
void rule();
// A number with − and + buttons beside it (touch-sized), kept within [min, max]:
// "−  60 s  +". Returns whether it changed.
bool stepper(std::string_view id, int& value, int min, int max, int step, std::string_view shown);
// A yes/no choice as two buttons, the chosen one filled. Returns whether it changed.
bool toggle(std::string_view id, bool& value, std::string_view yes, std::string_view no);

}  // namespace lagerhuis::app::ui
