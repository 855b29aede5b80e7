// Feedback per participant: pick a name, read their card. The card holds what the
// HTML report's card holds (report/html_people): speaking time, turns, arguments and
// their strengths, drogredenen committed per rule, flags raised and how often they were
// right, floor crossings and the turn before each, with buttons to those moments, and the
// same one or two pointers to take home.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"
#include "report/feedback_pointers.hpp"
#include "report/html_people.hpp"
#include "report/number_format.hpp"

namespace lagerhuis::app {

namespace {

constexpr float list_share = 0.24f;

int whole(const core::Explained& number) { return static_cast<int>(number.value); }

std::vector<const core::PersonReport*> people_with_cards(const core::Scoreboard& board) {
    std::vector<const core::PersonReport*> people;
    for (const auto& person : board.participants)
        if (report::gets_feedback_card(person)) people.push_back(&person);
    return people;
}

void figure(const std::string& label, const std::string& value, float column) {
    const auto& fonts = ui::context().fonts;
    ImGui::BeginGroup();
    ui::text(value, {fonts.heading, theme::palette().ink});
    ui::text(ui::fit_text(label, fonts.small, column - ui::px(8)), {fonts.small, theme::palette().muted});
    ImGui::EndGroup();
}

void draw_figures(const ReplayView& view, const core::PersonReport& person, float width) {
    const report::ReportContext& context = view.whole;
    const core::Measures& m = person.measures;
    const std::pair<std::string, std::string> figures[] = {
        {context.text("table.col.speaking"), report::minutes_seconds(m.speaking_ms.value)},
        {context.text("table.col.turns"), std::to_string(whole(m.turns))},
        {context.text("table.col.arguments"), std::to_string(whole(m.arguments))},
        {context.text("table.col.strength"), m.arguments.value > 0 ? context.decimal(m.mean_strength, 2) : "–"},
        {context.text("report.card.questions"), std::to_string(person.questions)},
        {context.text("report.card.appreciated"), std::to_string(person.appreciations_received)},
        {context.text("table.col.crossings"), std::to_string(whole(m.crossings))},
        {context.text("table.col.precision"), m.flag_precision ? report::percentage(*m.flag_precision) : "–"},
    };
    const float column = width / 4;
    const float left = ImGui::GetCursorPosX();
    for (std::size_t i = 0; i < std::size(figures); ++i) {
        if (i % 4 != 0) ImGui::SameLine(left + column * static_cast<float>(i % 4));
        figure(figures[i].first, figures[i].second, column);
    }
}

void draw_arguments(const ReplayView& view, ReplayActions& out, core::ParticipantId id) {
    const report::ReportContext& context = view.whole;
    const auto& fonts = ui::context().fonts;
    ui::text(context.text("table.col.arguments"), {fonts.bold});
    bool any = false;
    for (const auto& argument : context.board().arguments) {
        if (argument.speaker != id || argument.retracted) continue;
        any = true;
        const core::Argument* recorded = view.session.final_state().argument(argument.id);
        moment_button(view, out, recorded ? view.session.time_of(recorded->seq) : view.session.start_ms(), "card_argument",
                      argument.id.value);
        ImGui::SameLine();
        ImGui::BeginGroup();
        std::string line = context.kind_name(argument.kind);
        if (argument.kind != core::ArgumentKind::question)
            line += " · " + context.side_name(argument.direction) + " · " + report::strength_words(context, argument) + " · " +
                    context.fate_name(report::fate_of(argument));
        ui::text(line, {fonts.small, theme::side_colour(argument.direction)});
        ui::text_wrapped("“" + argument.text + "”");
        ImGui::EndGroup();
    }
    if (!any) ui::text(context.text("report.card.no_arguments"), {fonts.small, theme::palette().muted});
}

void draw_fallacies(const ReplayView& view, const core::PersonReport& person) {
    const report::ReportContext& context = view.whole;
    const auto& fonts = ui::context().fonts;
    int committed = 0;
    for (const auto& rule : person.measures.fallacies_per_rule) committed += rule.count;
    ui::text(context.text("report.card.committed", {{"count", std::to_string(committed)}}), {fonts.bold});
    if (committed == 0) ui::text(context.text("report.card.no_fallacies"), {fonts.small, theme::palette().muted});
    for (const auto& rule : person.measures.fallacies_per_rule) {
        if (rule.count == 0) continue;
        ui::text_wrapped(context.text("report.card.rule_count", {{"number", std::to_string(rule.rule)},
                                                                 {"rule", context.rule_name(rule.rule)},
                                                                 {"count", std::to_string(rule.count)}}));
        for (const auto& fallacy : context.board().fallacies)
            if (fallacy.committed_by == person.id && fallacy.status == core::FlagOutcome::confirmed && fallacy.rule == rule.rule)
                ui::text_wrapped("   " + context.text("report.card.fallacy_in_turn",
                                                      {{"fallacy", context.fallacy_name(fallacy.fallacy)},
                                                       {"turn", std::to_string(fallacy.turn.value)}}) +
                                     (fallacy.missed ? " (" + context.text("report.status.missed") + ")" : ""),
                                 {fonts.small, fallacy.missed ? theme::palette().over : theme::palette().muted});
    }
}

void draw_flags(const ReplayView& view, ReplayActions& out, const core::PersonReport& person) {
    const report::ReportContext& context = view.whole;
    const auto& fonts = ui::context().fonts;
    const core::Measures& m = person.measures;
    ui::text(context.text("report.card.flagged"), {fonts.bold});
    ui::text_wrapped(context.text("report.card.flags", {{"confirmed", std::to_string(whole(m.flags_confirmed))},
                                                        {"dismissed", std::to_string(whole(m.flags_dismissed))},
                                                        {"pending", std::to_string(whole(m.flags_pending))},
                                                        {"precision", m.flag_precision ? report::percentage(*m.flag_precision) : "–"}}),
                     {fonts.small, theme::palette().muted});
    for (const auto& flag : context.state().flags) {
        if (flag.flagger != person.id) continue;
        moment_button(view, out, flag.at_ms, "card_flag", flag.id.value);
        ImGui::SameLine();
        ui::text(context.text("report.card.fallacy_in_turn", {{"fallacy", context.fallacy_name(flag.fallacy)},
                                                              {"turn", std::to_string(flag.turn.value)}}) +
                     " · " + context.status_name(flag.outcome),
                 {fonts.small, flag.outcome == core::FlagOutcome::confirmed ? theme::palette().ok : theme::palette().muted});
    }
}

void draw_crossings(const ReplayView& view, ReplayActions& out, core::ParticipantId id) {
    const report::ReportContext& context = view.whole;
    const auto& fonts = ui::context().fonts;
    ui::text(context.text("table.crossings"), {fonts.bold});
    bool any = false;
    const auto& crossings = context.board().crossings;
    for (std::size_t i = 0; i < crossings.size(); ++i) {
        const auto& crossing = crossings[i];
        if (crossing.participant != id) continue;
        any = true;
        moment_button(view, out, crossing.at_ms, "card_crossing", i);
        ImGui::SameLine();
        ImGui::BeginGroup();
        std::string line = context.side_name(crossing.from) + " → " + context.side_name(crossing.to);
        if (!crossing.after_turn.is_none())
            line += ", " + context.text("report.card.crossing_after", {{"turn", std::to_string(crossing.after_turn.value)},
                                                                       {"name", context.name_of(crossing.after_speaker)}});
        ui::text_wrapped(line, {nullptr, theme::side_colour(crossing.to)});
        for (const auto argument : crossing.after_arguments)
            if (const auto* report = context.argument(argument))
                ui::text_wrapped("“" + report->text + "”", {fonts.small, theme::palette().muted});
        ImGui::EndGroup();
    }
    if (!any) ui::text(context.text("report.card.no_crossings"), {fonts.small, theme::palette().muted});
}

// The card ends as the report's does: one or two things to take home.
void draw_pointers(const ReplayView& view, const core::PersonReport& person) {
    const report::ReportContext& context = view.whole;
    const auto& fonts = ui::context().fonts;
    const auto pointers = report::feedback_pointers(context, person);
    if (pointers.empty()) return;
    ui::rule();
    ui::text(context.text("report.pointers.heading"), {fonts.bold});
    for (const auto& pointer : pointers) {
        const bool strength = pointer.kind == report::PointerKind::strength;
        ui::text(report::pointer_label(context, pointer.kind), {fonts.bold, strength ? theme::palette().ok : theme::palette().warn});
        ImGui::SameLine();
        ui::text_wrapped(report::pointer_text(context, pointer));
    }
}

void draw_card(const ReplayView& view, ReplayActions& out, const core::PersonReport& person, float width) {
    const auto& fonts = ui::context().fonts;
    ui::Card card("replay_feedback_card", width);
    ui::text(person.name, {fonts.title});
    if (person.removed) {
        ImGui::SameLine();
        ui::badge(view.texts("report.card.removed"), theme::palette().track, theme::palette().muted, fonts.small);
    }
    ui::space(4);
    draw_figures(view, person, card.inner_width());
    ui::rule();
    draw_arguments(view, out, person.id);
    ui::rule();
    draw_fallacies(view, person);
    ui::rule();
    draw_flags(view, out, person);
    ui::rule();
    draw_crossings(view, out, person.id);
    draw_pointers(view, person);
}

}  // namespace

void draw_replay_people(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    const auto people = people_with_cards(view.session.final_board());
    if (people.empty()) {
        ui::text_wrapped(t("console.scores.nobody"), {nullptr, theme::palette().muted});
        return;
    }
    const auto chosen = std::find_if(people.begin(), people.end(), [&](auto* person) { return person->id == ui.person; });
    const core::PersonReport& shown = chosen == people.end() ? *people.front() : **chosen;

    const float gap = ui::px(12);
    const float list_width = std::floor(width * list_share);
    const ImVec2 top = ImGui::GetCursorPos();
    {
        ui::Card list("replay_people_list", list_width);
        ui::text(t("report.card.heading"), {fonts.bold});
        ui::text_wrapped(t("replay.people.pick"), {fonts.small, theme::palette().muted});
        for (const auto* person : people) {
            const bool selected = person->id == shown.id;
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (ui::selectable("##feedback_" + std::to_string(person->id.value), selected,
                               ImVec2(list.inner_width(), ui::px(36)), person->name))
                ui.person = person->id;
            ui::text_at(ImVec2(at.x + ui::px(8), at.y + ui::px(8)), ui::fit_text(person->name, fonts.body, list.inner_width() - ui::px(16)),
                        {selected ? fonts.bold : fonts.body, theme::palette().ink});
        }
    }
    ImGui::SetCursorPos(ImVec2(top.x + list_width + gap, top.y));
    draw_card(view, out, shown, width - list_width - gap);
}

}  // namespace lagerhuis::app
