#pragma once
// A notice drawn as a small coloured card with a close button, beside the action it
// answers: the participant app's and the console's notices look and read the same.
#include <string>
#include <string_view>

#include "app/ui/notice.hpp"
#include "app/ui/texts.hpp"
#include "core/fallacy_catalog.hpp"

namespace lagerhuis::app {

// The notice in the reader's language (a refusal, a wire error, the screen's own text).
std::string notice_text(const Notice& notice, const Texts& texts, const core::FallacyCatalog& catalog);

// Draws `text` in the notice's colours, `width` pixels wide (0: the rest of the line).
// Returns true when its close button was clicked.
bool draw_notice_card(std::string_view id, const Notice& notice, const std::string& text, float width);

}  // namespace lagerhuis::app
