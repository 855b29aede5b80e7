#pragma once
// How the facilitator wants the windows to look: the console's text size, the
// projector's (set apart: one is read at arm's length, the other from the back row), and
// the high-contrast palette (theme.hpp). Remembered in settings.ini; the console's
// Weergave panel and Ctrl+= / Ctrl+- change it while a debate runs.
#include <array>

#include "app/ui/theme.hpp"

namespace lagerhuis::app {

// The sizes offered, in percent of the screen's own size (--ui-scale, or the monitor's).
inline constexpr std::array<int, 5> text_size_steps{100, 125, 150, 175, 200};

struct DisplaySettings {
    int console_text = 100;    // percent, one of text_size_steps
    int projector_text = 100;  // percent, one of text_size_steps
    bool high_contrast = false;

    theme::Contrast contrast() const { return high_contrast ? theme::Contrast::high : theme::Contrast::standard; }
    friend bool operator==(const DisplaySettings&, const DisplaySettings&) = default;
};

// The next step up or down from `percent` (which need not be a step: an edited file);
// the largest and smallest stay where they are.
int larger_text(int percent);
int smaller_text(int percent);
// The step nearest to `percent` (a hand-edited settings file may hold any number).
int nearest_text_step(int percent);

}  // namespace lagerhuis::app
