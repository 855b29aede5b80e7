// How participants get in: the session code large, the address(es) to open, and a QR code
// of the first one, so people join by pointing their phone at the screen. The
// co-facilitator secret is here too, hidden until asked (this is the gespreksleider's
// screen, but it may be mirrored to the projector).
#include <string>

#include "app/console/console_panels.hpp"
#include "app/ui/qr_code.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {
// Phones usually connect within a minute of the code going up; after this long with none,
// something on the network is in the way.
constexpr core::Millis nobody_reached_hint_ms = 3 * 60 * 1000;
}  // namespace

void draw_console_join(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const auto& fonts = ui::context().fonts;
    ui::Card card("join", width);
    ui::text(frame.texts("console.join.heading"), {fonts.heading});
    if (frame.join.remote) {
        ui::text_wrapped(frame.texts("console.join.remote", {{"url", frame.join.urls.empty() ? "" : frame.join.urls[0]}}),
                         {nullptr, theme::palette().muted});
        return;
    }
    ui::text(frame.texts("console.join.code"), {fonts.small, theme::palette().muted});
    ui::text(frame.join.code, {fonts.count, theme::palette().accent});
    if (!frame.join.urls.empty()) {
        const float side = std::min(card.inner_width(), ui::px(260));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (card.inner_width() - side) / 2);
        draw_qr_code(cached_qr_code(frame.join.urls.front()), side);
        ui::space(6);
        ui::text(frame.texts("console.join.open"), {fonts.small, theme::palette().muted});
        for (const auto& url : frame.join.urls) ui::text_wrapped(url, {fonts.bold});
    }
    ui::space(6);
    ui::text_wrapped(frame.texts("console.join.connected", {{"count", std::to_string(frame.join.connections)}}));
    if (!frame.state.room_locked && frame.join.unreached_ms >= nobody_reached_hint_ms) {
        ui::space(6);
        const auto& colours = theme::palette();
        ui::Card hint("unreached", card.inner_width(), ui::CardLook().fill(colours.warn_soft).outline(colours.warn_line));
        ui::text(frame.texts("console.join.unreached_heading"), {fonts.bold, colours.warn_ink});
        ui::text_wrapped(frame.texts("console.join.unreached"), {fonts.small, colours.ink});
    }
    ui::space(10);
    ui::rule();
    ui::space(6);
    // Hidden until asked: a laptop mirrored to the projector would show it to the room.
    ui::text(frame.texts("console.join.secret_heading"), {fonts.bold});
    if (ui.secret_shown) {
        ui::text_wrapped(frame.texts("console.join.secret", {{"secret", frame.join.secret}}), {fonts.small, theme::palette().muted});
        if (ui::button(frame.texts("console.join.secret_hide") + "##secret_toggle")) ui.secret_shown = false;
    } else {
        ui::text_wrapped(frame.texts("console.join.secret_hidden"), {fonts.small, theme::palette().muted});
        if (ui::button(frame.texts("console.join.secret_show") + "##secret_toggle")) ui.secret_shown = true;
    }
    ui::space(10);
    const bool locked = frame.state.room_locked;
    if (ui::button(frame.texts(locked ? "console.join.unlock" : "console.join.lock") + "##lock_room"))
        send(out, ConsoleArea::people, core::LockRoom{!locked});
}

}  // namespace lagerhuis::app
