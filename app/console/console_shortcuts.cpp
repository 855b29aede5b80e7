// The F1 overlay: every shortcut with what it does, over the console until closed.
#include <string>

#include "app/console/console_keys.hpp"
#include "app/console/console_overlay.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_console_shortcuts(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions&) {
    begin_console_overlay("Sneltoetsen", 680);
    const auto& fonts = ui::context().fonts;
    ui::text(frame.texts("console.keys.heading"), {fonts.heading});
    ui::space(6);
    const float key_column = ui::px(110);
    for (const auto& shortcut : console_shortcuts()) {
        const float y = ImGui::GetCursorPosY();
        ui::text(shortcut.label, {fonts.bold, theme::palette().accent});
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x + key_column, y));
        ui::text_wrapped(frame.texts(shortcut.text));
    }
    ui::space(10);
    if (ui::button(frame.texts("console.keys.close_button") + "##close_shortcuts")) ui.shortcuts_open = false;
    end_console_overlay();
}

}  // namespace lagerhuis::app
