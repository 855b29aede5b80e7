// The arguments of the current turn, as the facilitator noted them, each with its
// speaker and kind; a participant marks the ones that convince them (and may take a
// mark back), where the rules allow it.
#include <algorithm>
#include <string>
#include <vector>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

bool among(const std::vector<core::ArgumentId>& ids, core::ArgumentId argument) {
    return std::find(ids.begin(), ids.end(), argument) != ids.end();
}

// A pill-shaped button, filled once pressed.
theme::ButtonColours pill(bool pressed) {
    return pressed ? theme::primary() : theme::secondary();
}

}  // namespace

void draw_arguments(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width) {
    if (!frame.snapshot.view) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& arguments = frame.snapshot.view->arguments;
    const bool busy = frame.snapshot.is_busy(NoticeArea::arguments);

    ui::Card card("arguments", width);
    ui::text(t("web.arguments.heading"), {fonts.heading});
    if (arguments.empty()) ui::text_wrapped(t("web.arguments.none"), {nullptr, theme::palette().muted});
    const auto& me = frame.snapshot.me;
    for (const auto& argument : arguments) {
        const bool mine = me && among(me->appreciated, argument.id);
        // The rules would refuse a mark here (one's own argument, a question): no button.
        const bool offered = mine || !me || !among(me->cannot_appreciate, argument.id);
        const std::string id = "argument_" + std::to_string(argument.id.value);
        ui::Card item(id, card.inner_width(), ui::CardLook().stripe_left(theme::side_colour(argument.direction)).inset(12));
        ui::text_wrapped(t("web.arguments.meta", {{"speaker", argument.speaker},
                                                   {"kind", std::string(core::to_string(argument.kind))}}),
                         {fonts.small, theme::palette().muted});
        ui::text_wrapped(argument.text);
        if (offered) {
            ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui::px(22));
            ImGui::BeginDisabled(busy);
            const std::string label = t(mine ? "web.arguments.marked" : "web.arguments.appreciate") + "##appreciate";
            // Pressed again, a mark is taken back (a mis-tap).
            if (ui::button(label, ImVec2(0, ui::px(44)), pill(mine))) {
                if (mine)
                    send_command(ui, out, NoticeArea::arguments, core::WithdrawAppreciation{core::ParticipantId{}, argument.id});
                else
                    send_command(ui, out, NoticeArea::arguments, core::Appreciate{core::ParticipantId{}, argument.id});
            }
            ImGui::EndDisabled();
            ImGui::PopStyleVar();
            ImGui::SameLine(0, ui::px(12));
            const float line_height = ui::px(44);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (line_height - ImGui::GetFontSize()) / 2);
        }
        ui::text(t("web.arguments.count", {{"count", std::to_string(argument.appreciations)}}),
                 {fonts.small, theme::palette().muted});
    }
    draw_notice(frame, ui, out, NoticeArea::arguments);
}

}  // namespace lagerhuis::app
