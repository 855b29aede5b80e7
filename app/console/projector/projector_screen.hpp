#pragma once
// What the room sees on the projector: the statement, who speaks for which side, the
// clock, how the benches stand, and while people still join, the QR code and the code.
// Only what everybody may see: no flags with names, no ballots, no secret.
#include "app/console/console_frame.hpp"

namespace lagerhuis::app {

void draw_projector_screen(const ConsoleFrame& frame);

}  // namespace lagerhuis::app
