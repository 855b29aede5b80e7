#pragma once
// The tests draw screens in an ImGui context without a window: app::OffscreenUi.
#include "app/ui/offscreen_ui.hpp"

namespace lagerhuis::tests {

using HeadlessUi = app::OffscreenUi;

}  // namespace lagerhuis::tests
