// The participant's own flags, newest first, with the facilitator's decision on each.
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

struct OutcomeLook {
    ImU32 fill;
    ImU32 ink;
};

OutcomeLook outcome_look(core::FlagOutcome outcome) {
    switch (outcome) {
        case core::FlagOutcome::confirmed: return {theme::palette().ok, theme::palette().white};
        case core::FlagOutcome::dismissed: return {theme::palette().track, theme::palette().muted};
        case core::FlagOutcome::pending: break;
    }
    return {theme::palette().warn_soft, theme::palette().warn};
}

}  // namespace

void draw_my_flags(const ParticipantFrame& frame, ParticipantUiState&, ParticipantActions&, float width) {
    if (!frame.snapshot.view) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const std::vector<proto::OwnFlag> no_flags;
    const auto& flags = frame.snapshot.me ? frame.snapshot.me->flags : no_flags;

    ui::Card card("my_flags", width);
    ui::text(t("web.my_flags.heading"), {fonts.heading});
    if (flags.empty()) ui::text_wrapped(t("web.my_flags.none"), {fonts.small, theme::palette().muted});
    for (auto flag = flags.rbegin(); flag != flags.rend(); ++flag) {
        const core::Fallacy* fallacy = frame.snapshot.catalog.find(flag->fallacy);
        const std::string name = fallacy ? t.pick(fallacy->name) : flag->fallacy;
        const std::string where =
            flag->argument.is_none()
                ? t("web.my_flags.where_turn", {{"turn", std::to_string(flag->turn.value)}})
                : t("web.my_flags.where_argument", {{"turn", std::to_string(flag->turn.value)},
                                                    {"argument", std::to_string(flag->argument.value)}});
        const std::string outcome = t("outcome." + std::string(core::to_string(flag->outcome)));
        const OutcomeLook look = outcome_look(flag->outcome);

        const std::string id = "flag_" + std::to_string(flag->id.value);
        ui::Card row(id, card.inner_width(), ui::CardLook().inset(10));
        const float badge_width = ui::badge_size(outcome).x;
        const ImVec2 start = ImGui::GetCursorPos();
        ImGui::PushTextWrapPos(start.x + row.inner_width() - badge_width - ui::px(12));
        ui::text(name, {fonts.bold});
        ui::text(where, {fonts.small, theme::palette().muted});
        ImGui::PopTextWrapPos();
        const float bottom = ImGui::GetCursorPosY();
        const float text_height = bottom - start.y - ImGui::GetStyle().ItemSpacing.y;
        ImGui::SetCursorPos(ImVec2(start.x + row.inner_width() - badge_width,
                                   start.y + (text_height - ui::badge_size(outcome).y) / 2));
        ui::badge(outcome, look.fill, look.ink);
        ImGui::SetCursorPosY(bottom);
    }
}

}  // namespace lagerhuis::app
