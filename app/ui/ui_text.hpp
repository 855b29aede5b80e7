#pragma once
// The few widgets every screen draws, as thin wrappers over ImGui that also record what
// they showed (ui_record.hpp): draw text and buttons through these, never through ImGui
// directly, so tests and --dump-ui see everything a person sees.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/ui/theme.hpp"

namespace lagerhuis::app::ui {

struct TextStyle {
    ImFont* font = nullptr;  // nullptr: the current font
    ImU32 colour = 0;        // 0: the theme's ink
};

// The lines of `text` at most `width` pixels wide, broken at spaces only (ImGui's own
// wrapping also breaks after '.' and ',', which splits "€ 450.000"); a word wider than a
// line is cut where it must be. Line breaks in the text are kept.
std::vector<std::string_view> wrap_lines(std::string_view text, const ImFont* font, float width);

// "Voor##bench" → "Voor": what ImGui shows of a label.
std::string_view visible_label(std::string_view label);

// As written; wrapped only inside ImGui::PushTextWrapPos.
void text(std::string_view text, TextStyle style = {});
// Wrapped at the right edge of the window or card.
void text_wrapped(std::string_view text, TextStyle style = {});
// Centred in `width` pixels from the cursor.
void text_centred(std::string_view text, float width, TextStyle style = {});
// At a screen position, through the window's draw list (for tiles drawn by hand);
// wrapped at `wrap_width` pixels when it is above 0.
void text_at(ImVec2 position, std::string_view text, TextStyle style, float wrap_width = 0.0f);
ImVec2 text_size(std::string_view text, ImFont* font, float wrap_width = -1.0f);
// `text` as it fits in `width` pixels: cut at a character and ended with "…" if too long.
std::string fit_text(std::string_view text, ImFont* font, float width);
// `text` in at most one line per entry of `widths`, each line at most that wide: broken
// between words only, and where a word or the rest does not fit, cut and ended with "…"
// (show the whole text on hover then). A name in a narrow seat reads "Hanneke" / "Bos" or
// "Hannek…", never "Hanne" / "ke Bos".
std::vector<std::string> fit_lines(std::string_view text, ImFont* font, std::span<const float> widths);

// A button with the theme's look; size 0 = fit the label (at least the touch height).
bool button(std::string_view label, ImVec2 size = {}, const theme::ButtonColours& colours = theme::secondary(),
            ImFont* font = nullptr);
// A clickable area the caller draws itself (bench tiles); `text` is what it is recorded as.
bool area_button(std::string_view id, ImVec2 size, std::string_view text);
// A one-line text field with a hint shown while it is empty.
bool input_text(std::string_view id, std::string* value, std::string_view hint = {}, float width = 0.0f);

// The field just drawn was left with the Enter key (submit the form).
bool entered();

// What a person typed, without the spaces and tabs around it.
std::string trimmed(std::string_view typed);

// Vertical space in pixels at scale 1.
void space(float pixels);

// The item just drawn is disabled (inside ImGui::BeginDisabled).
bool drawing_disabled();

}  // namespace lagerhuis::app::ui
