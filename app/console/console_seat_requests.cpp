// A device asking to go on as someone in the session (their phone died, they moved to a
// laptop; host_take_over.cpp): a card under the top bar, on every tab, until the
// gespreksleider allows or refuses it. Someone stands waiting with a device in hand, so
// it does not hide in the people tab.
#include <string>

#include "app/console/console_floor_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_console_seat_requests(const ConsoleFrame& frame, ConsoleActions& out, float width) {
    if (!frame.presence || frame.review) return;
    const Texts& t = frame.texts;
    for (const auto& request : frame.presence->seat_requests) {
        const core::Participant* person = frame.state.participant(request.participant);
        if (!person) continue;
        const std::string id = "seat_request_" + std::to_string(request.request);
        ui::Card card(id, width, ui::CardLook().fill(theme::palette().warn_soft).outline(theme::palette().warn).inset(12));
        const bool online = frame.presence->is_connected(person->id);
        ui::text(t(online ? "console.take_over.asked_online" : "console.take_over.asked_offline", {{"name", person->name}}),
                 {nullptr, theme::palette().ink});
        ImGui::PushID(id.c_str());
        const auto pressed = floor_ui::button_row({t("console.take_over.allow"), t("console.take_over.refuse")},
                                                  card.inner_width(), {theme::primary(), theme::secondary()});
        ImGui::PopID();
        if (pressed) out.push_back(AnswerTakeOver{request.request, *pressed == 0});
        ui::space(4);
    }
}

}  // namespace lagerhuis::app
