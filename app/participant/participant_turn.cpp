// Who speaks, for which side, and their time: the countdown runs locally from the turn's
// numbers and the host's clock, and changes colour near the end and in overtime.
#include <algorithm>
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

struct ClockLook {
    ImU32 box;
    ImU32 ink;
    ImU32 bar;
};

ClockLook clock_look(TurnPhase phase) {
    switch (phase) {
        case TurnPhase::warning: return {theme::palette().warn_soft, theme::palette().warn, theme::palette().warn_line};
        case TurnPhase::overtime: return {theme::palette().over, theme::palette().white, theme::palette().over};
        case TurnPhase::ended: return {theme::palette().quiet_fill, theme::palette().muted, theme::palette().disabled};
        case TurnPhase::normal: break;
    }
    return {theme::palette().quiet_fill, theme::palette().ink, theme::palette().accent};
}


}  // namespace

void draw_turn(const ParticipantFrame& frame, ParticipantUiState&, ParticipantActions&, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& turn = frame.snapshot.view->turn;
    const core::Millis left = turn ? time_left(*turn, frame.host_now_ms) : 0;
    const TurnPhase phase = turn ? turn_phase(*turn, left) : TurnPhase::normal;
    const ClockLook look = clock_look(phase);
    ui::Card card("turn", width, ui::CardLook().outline(phase == TurnPhase::overtime ? theme::palette().over : 0));
    ui::text(t(turn && turn->ended ? "web.turn.heading_ended" : "web.turn.heading"), {fonts.small, theme::palette().muted});
    if (!turn) {
        ui::text_wrapped(t("web.turn.nobody"), {nullptr, theme::palette().muted});
        return;
    }

    // The clock on the right, as wide as its widest reading so it does not jump.
    const std::string reading = format_time_left(left);
    const ImVec2 pad(ui::px(14), ui::px(6));
    const ImVec2 digits = ui::text_size(reading, fonts.clock);
    const float box_width = std::max(digits.x, ui::text_size("+00:00", fonts.clock).x) + 2 * pad.x;
    const float box_height = digits.y + 2 * pad.y;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const ImVec2 start = ImGui::GetCursorPos();

    // The speaker on the left.
    ImGui::PushTextWrapPos(start.x + card.inner_width() - box_width - gap);
    const bool mine = frame.snapshot.me && frame.snapshot.me->participant == turn->speaker;
    ui::text(mine ? t("web.turn.you", {{"name", turn->name}}) : turn->name, {fonts.heading});
    ImGui::PopTextWrapPos();
    ui::badge(t("side." + std::string(core::to_string(turn->side))), theme::side_colour(turn->side), theme::palette().white);
    const float left_bottom = ImGui::GetCursorPosY();

    ImGui::SetCursorPos(ImVec2(start.x + card.inner_width() - box_width, start.y));
    const ImVec2 box = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(box, ImVec2(box.x + box_width, box.y + box_height), look.box, ui::px(10));
    ui::text_at(ImVec2(box.x + box_width - pad.x - digits.x, box.y + pad.y), reading, {fonts.clock, look.ink});
    ImGui::Dummy(ImVec2(box_width, box_height));
    const std::string state = clock_state(t, *turn, phase);
    if (!state.empty()) {
        const float state_width = ui::text_size(state, fonts.bold).x;
        ImGui::SetCursorPosX(start.x + card.inner_width() - state_width);
        const ImU32 colour = phase == TurnPhase::warning ? theme::palette().warn : phase == TurnPhase::overtime ? theme::palette().over : theme::palette().muted;
        ui::text(state, {fonts.bold, colour});
    }
    ImGui::SetCursorPosY(std::max(left_bottom, ImGui::GetCursorPosY()));
    ui::bar(fraction_used(*turn, left), card.inner_width(), ui::px(8), look.bar, theme::palette().track);
}

}  // namespace lagerhuis::app
