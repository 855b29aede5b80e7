#pragma once
// A window over the console's screen, centred near the top, as the F1 shortcuts list and
// the F6 Weergave panel show: a card with a border, sized to what it holds, never taller
// than the window (a short screen scrolls it).
namespace lagerhuis::app {

// Between ImGui::NewFrame and Render; end_console_overlay() after its content.
void begin_console_overlay(const char* id, float max_width);
void end_console_overlay();

}  // namespace lagerhuis::app
