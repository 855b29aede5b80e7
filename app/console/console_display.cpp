// The Weergave panel (F6): how large the texts are on the console and, separately, on the
// projector, and the high-contrast palette for both. Each change is carried out at once
// (the next frame is drawn in it) and remembered for the next session.
#include <string>

#include "app/console/console_overlay.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr int text_step = text_size_steps[1] - text_size_steps[0];

// "Tekst op dit scherm" with − 125 % + under it.
bool text_size_row(const ConsoleFrame& frame, const char* id, const char* label, int& percent) {
    const auto& fonts = ui::context().fonts;
    ui::text(frame.texts(label), {fonts.bold});
    return ui::stepper(id, percent, text_size_steps.front(), text_size_steps.back(), text_step,
                       frame.texts("console.display.percent", {{"percent", std::to_string(percent)}}));
}

}  // namespace

void draw_console_display(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out) {
    begin_console_overlay("Weergave", 560);
    const auto& fonts = ui::context().fonts;
    ui::text(frame.texts("console.display.heading"), {fonts.heading});
    ui::text_wrapped(frame.texts("console.display.intro"), {fonts.small, theme::palette().muted});
    ui::space(8);
    DisplaySettings display = ui.display;
    text_size_row(frame, "console_text", "console.display.console_text", display.console_text);
    ui::space(6);
    text_size_row(frame, "projector_text", "console.display.projector_text", display.projector_text);
    if (!ui.projector_open)
        ui::text_wrapped(frame.texts("console.display.projector_closed"), {fonts.small, theme::palette().muted});
    ui::space(6);
    ui::text(frame.texts("console.display.contrast"), {fonts.bold});
    ui::toggle("contrast", display.high_contrast, frame.texts("console.display.contrast_high"),
               frame.texts("console.display.contrast_standard"));
    if (display != ui.display) out.push_back(ChangeDisplay{display});
    ui::space(10);
    if (ui::button(frame.texts("console.keys.close_button") + "##close_display")) ui.display_open = false;
    end_console_overlay();
}

}  // namespace lagerhuis::app
