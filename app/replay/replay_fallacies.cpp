// Every drogreden of the session, one row per drogreden in a turn: when, which one and
// under which discussion rule, who committed it, who flagged it, and what became of it
// (confirmed, dismissed, pending, or missed: confirmed while nobody in the room saw it).
// The time goes to that moment on the timeline.
#include <algorithm>
#include <string>

#include "app/replay/replay_panels.hpp"
#include "app/replay/replay_table.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

// The first sign of it: a tag or a flag; else the turn's start.
core::Millis first_seen(const ReplayView& view, const core::FallacyReport& fallacy) {
    core::Seq first = 0;
    for (const auto* seqs : {&fallacy.tags, &fallacy.flags})
        for (const core::Seq seq : *seqs) first = first == 0 ? seq : std::min(first, seq);
    if (first != 0) return view.session.time_of(first);
    const core::Turn* turn = view.session.final_state().turn(fallacy.turn);
    return turn ? turn->started_at : view.session.start_ms();
}

ImU32 status_ink(const core::FallacyReport& fallacy) {
    if (fallacy.missed) return theme::palette().over;
    switch (fallacy.status) {
    case core::FlagOutcome::confirmed: return theme::palette().ok;
    case core::FlagOutcome::dismissed: return theme::palette().muted;
    case core::FlagOutcome::pending: return theme::palette().warn;
    }
    return theme::palette().ink;
}

std::string names(const report::ReportContext& whole, const std::vector<core::ParticipantId>& people) {
    std::string text;
    for (const auto id : people) text += (text.empty() ? "" : ", ") + whole.name_of(id);
    return text;
}

void summary_line(const ReplayView& view) {
    int confirmed = 0, dismissed = 0, pending = 0, missed = 0;
    for (const auto& fallacy : view.session.final_board().fallacies) {
        confirmed += fallacy.status == core::FlagOutcome::confirmed;
        dismissed += fallacy.status == core::FlagOutcome::dismissed;
        pending += fallacy.status == core::FlagOutcome::pending;
        missed += fallacy.missed;
    }
    const auto& fonts = ui::context().fonts;
    ui::text_wrapped(view.texts("replay.fallacies.summary", {{"confirmed", std::to_string(confirmed)},
                                                             {"missed", std::to_string(missed)},
                                                             {"dismissed", std::to_string(dismissed)},
                                                             {"pending", std::to_string(pending)}}),
                     {fonts.bold, theme::palette().ink});
}

}  // namespace

void draw_replay_fallacies(const ReplayView& view, ReplayUiState&, ReplayActions& out, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    const report::ReportContext& whole = view.whole;
    ui::Card card("replay_fallacies", width);
    ui::text(t("replay.fallacies.heading"), {fonts.heading});
    ui::text_wrapped(t("replay.fallacies.explain"), {fonts.small, theme::palette().muted});
    const auto& fallacies = view.session.final_board().fallacies;
    if (fallacies.empty()) {
        ui::text_wrapped(t("replay.fallacies.none"), {nullptr, theme::palette().muted});
        return;
    }
    summary_line(view);
    ui::space(6);
    if (!replay_table::begin("fallacy_table", t,
                             {{"replay.col.time", 0.7f}, {"replay.col.fallacy", 2.2f}, {"replay.col.committed_by", 1.3f},
                              {"replay.col.flagged_by", 2.0f}, {"replay.col.status", 1.2f}},
                             card.inner_width()))
        return;
    for (std::size_t i = 0; i < fallacies.size(); ++i) {
        const core::FallacyReport& fallacy = fallacies[i];
        replay_table::row();
        replay_table::next_cell();
        moment_button(view, out, first_seen(view, fallacy), "fallacy", i);
        replay_table::next_cell();
        ui::text_wrapped(whole.fallacy_name(fallacy.fallacy), {fonts.bold});
        ui::text_wrapped(t("replay.fallacies.rule_turn", {{"number", std::to_string(fallacy.rule)},
                                                          {"rule", whole.rule_name(fallacy.rule)},
                                                          {"turn", std::to_string(fallacy.turn.value)}}),
                         {fonts.small, theme::palette().muted});
        replay_table::next_cell();
        ui::text_wrapped(whole.name_of(fallacy.committed_by));
        replay_table::next_cell();
        ui::text_wrapped(fallacy.flagged_by.empty() ? t("replay.fallacies.nobody") : names(whole, fallacy.flagged_by),
                         {nullptr, fallacy.flagged_by.empty() ? theme::palette().muted : theme::palette().ink});
        replay_table::next_cell();
        ui::text_wrapped(whole.status_name(fallacy.status, fallacy.missed), {fonts.bold, status_ink(fallacy)});
    }
    replay_table::end();
}

}  // namespace lagerhuis::app
