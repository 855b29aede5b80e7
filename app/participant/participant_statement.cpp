// The statement under debate, large: it is what everyone in the room talks about.
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_statement(const ParticipantFrame& frame, ParticipantUiState&, ParticipantActions&, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& statement = frame.snapshot.view->statement;
    const bool closed = statement && statement->status == core::StatementStatus::closed;
    ui::Card card("statement", width, ui::CardLook().stripe_top(closed ? theme::palette().muted : theme::palette().accent));
    if (!statement) {
        ui::text_wrapped(t("web.statement.none"), {nullptr, theme::palette().muted});
        return;
    }
    std::string label = t("web.statement.label", {{"number", std::to_string(statement->number)},
                                                  {"count", std::to_string(statement->count)}});
    if (closed) label += " \u00b7 " + t("web.statement.closed");
    ui::text(label, {fonts.small, theme::palette().muted});
    ui::text_wrapped(statement->text, {fonts.title, closed ? theme::palette().muted : theme::palette().ink});
}

}  // namespace lagerhuis::app
