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

}  // namespace lagerhuis::app
