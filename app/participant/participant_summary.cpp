// The participant's own part in the debate: turns, speaking time, arguments, crossings,
// flags and appreciation. Folded away during the debate; it opens by itself when the
// statement closes.
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

void draw_summary(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions&, float width) {
    if (!frame.snapshot.view) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& statement = frame.snapshot.view->statement;
    const bool closed = statement && statement->status == core::StatementStatus::closed;
    if (closed && ui.summary_opened_for != statement->id) {
        ui.summary_opened_for = statement->id;
        ui.summary_open = true;
    }

    ui::Card card("summary", width);
    if (!ui::disclosure("##summary", t("web.summary.heading"), ui.summary_open) || !frame.snapshot.me) return;
    if (closed) ui::text_wrapped(t("web.summary.closed"), {fonts.small, theme::palette().muted});
    const auto& summary = frame.snapshot.me->summary;
    const std::pair<const char*, std::string> rows[] = {
        {"web.summary.turns", std::to_string(summary.turns)},
        {"web.summary.speaking", format_duration(summary.speaking_ms)},
        {"web.summary.arguments", std::to_string(summary.arguments)},
        {"web.summary.crossings", std::to_string(summary.crossings)},
        {"web.summary.flags_confirmed", std::to_string(summary.flags_confirmed)},
        {"web.summary.flags_dismissed", std::to_string(summary.flags_dismissed)},
        {"web.summary.appreciations_received", std::to_string(summary.appreciations_received)},
    };
    bool first = true;
    for (const auto& [key, value] : rows) {
        if (!first) ui::rule();
        first = false;
        const float y = ImGui::GetCursorPosY();
        ui::text(t(key));
        ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + card.inner_width() - ui::text_size(value, fonts.bold).x, y));
        ui::text(value, {fonts.bold});
    }
}

}  // namespace lagerhuis::app
