// Every floor crossing (oversteken), with what preceded it: the turn running or just
// ended, its speaker, and the arguments tagged in it, so a trainer can ask the person
// "what convinced you?" with the words in front of them. The time goes to that moment.
#include <string>

#include "app/replay/replay_panels.hpp"
#include "app/replay/replay_table.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_replay_crossings(const ReplayView& view, ReplayUiState&, ReplayActions& out, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    const report::ReportContext& whole = view.whole;
    ui::Card card("replay_crossings", width);
    ui::text(t("replay.crossings.heading"), {fonts.heading});
    ui::text_wrapped(t("replay.crossings.explain"), {fonts.small, theme::palette().muted});
    const auto& crossings = view.session.final_board().crossings;
    if (crossings.empty()) {
        ui::text_wrapped(t("replay.crossings.none"), {nullptr, theme::palette().muted});
        return;
    }
    if (!replay_table::begin("crossing_table", t,
                             {{"replay.col.time", 0.7f}, {"replay.col.who", 1.3f}, {"replay.col.move", 1.4f},
                              {"replay.col.after", 4.0f}},
                             card.inner_width()))
        return;
    for (std::size_t i = 0; i < crossings.size(); ++i) {
        const core::CrossingReport& crossing = crossings[i];
        replay_table::row();
        replay_table::next_cell();
        moment_button(view, out, crossing.at_ms, "crossing", i);
        replay_table::next_cell();
        ui::text_wrapped(whole.name_of(crossing.participant), {fonts.bold});
        replay_table::next_cell();
        ui::text(t.side(crossing.from), {fonts.bold, theme::side_colour(crossing.from)});
        ImGui::SameLine();
        ui::text("→", {fonts.bold, theme::palette().muted});
        ImGui::SameLine();
        ui::text(t.side(crossing.to), {fonts.bold, theme::side_colour(crossing.to)});
        replay_table::next_cell();
        if (crossing.after_turn.is_none()) {
            ui::text_wrapped(t("replay.crossings.no_turn"), {nullptr, theme::palette().muted});
            continue;
        }
        ui::text_wrapped(t("report.card.crossing_after", {{"turn", std::to_string(crossing.after_turn.value)},
                                                          {"name", whole.name_of(crossing.after_speaker)}}));
        for (const core::ArgumentId id : crossing.after_arguments)
            if (const core::ArgumentReport* argument = whole.argument(id))
                ui::text_wrapped(t("replay.crossings.argument", {{"kind", whole.kind_name(argument->kind)},
                                                                 {"text", argument->text}}),
                                 {fonts.small, theme::side_colour(argument->direction)});
    }
    replay_table::end();
}

}  // namespace lagerhuis::app
