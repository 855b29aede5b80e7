#pragma once
// What the room sees on the projector: the statement, who speaks for which side, the
// clock, how the benches stand, and while people still join, the QR code and the code.
// Only what everybody may see: no flags with names, no ballots, no secret.
#include "app/console/console_frame.hpp"
#include "app/ui/fonts.hpp"

namespace lagerhuis::app {

// The projector's type sizes at content scale 1, for a 1920×1080 image: the back row
// reads the statement, the speaker and the benches (tests/app/console/console_screen_test).
inline constexpr FontSizes projector_font_sizes{34, 26, 40, 56, 84, 150};

void draw_projector_screen(const ConsoleFrame& frame);

// The scale the projector draws at: `wanted` (the screen's times the text size), but no
// larger than the window holds. Its layout needs 1280×720 pixels per unit of scale (the
// statement in two lines, the speaker and the clock, the benches), so a larger text size
// takes a larger image: 150 % fits 1920×1080, 200 % needs 2560×1440.
float projector_fitted_scale(float wanted, float window_width, float window_height);

}  // namespace lagerhuis::app
