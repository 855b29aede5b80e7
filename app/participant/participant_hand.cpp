// Raising a hand to ask for the floor, with one's place in the queue.
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_hand(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width) {
    if (!frame.snapshot.view) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& me = frame.snapshot.me;
    const auto& turn = frame.snapshot.view->turn;
    const int place = me ? me->hand : 0;
    const bool speaking = me && turn && !turn->ended && turn->speaker == me->participant;
    const bool busy = frame.snapshot.is_busy(NoticeArea::hand);

    ui::Card card("hand", width);
    std::string status = t("web.hand.none");
    if (place > 0)
        status = t("web.hand.place", {{"place", std::to_string(place)}});
    else if (speaking)
        status = t("web.hand.speaking");
    ui::text_wrapped(status, {fonts.bold, place > 0 ? theme::palette().accent : theme::palette().ink});
    ImGui::BeginDisabled(busy);
    const std::string label = t(place > 0 ? "web.hand.lower" : "web.hand.raise") + "##hand";
    if (ui::button(label, ImVec2(card.inner_width(), 0), theme::secondary())) {
        if (place > 0)
            send_command(ui, out, NoticeArea::hand, core::LowerHand{});
        else
            send_command(ui, out, NoticeArea::hand, core::RaiseHand{});
    }
    ImGui::EndDisabled();
    draw_notice(frame, ui, out, NoticeArea::hand);
}

}  // namespace lagerhuis::app
