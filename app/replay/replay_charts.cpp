// The session in four charts: how the room moved per statement (positions and polls,
// the console's own chart), speaking time per side and per person (split by the bench
// spoken from), drogredenen per fallacy (confirmed, of which missed, dismissed,
// pending), and every argument's strength per statement (σ as a bar, τ as a tick).
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/console/console_panels.hpp"
#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "report/html_people.hpp"
#include "report/number_format.hpp"

namespace lagerhuis::app {

namespace {

using core::Side;

struct Segment {
    double value = 0;
    ImU32 colour = 0;
};

// One horizontal bar: a label, segments stacked left to right on a common scale, and
// the value spelled after it, and a tick at `tick` on the same scale. Hovering shows `detail`.
void stacked_bar(const std::string& label, const std::vector<Segment>& segments, double scale, const std::string& value,
                 const std::string& detail, float width, std::optional<double> tick = std::nullopt) {
    const auto& fonts = ui::context().fonts;
    const float label_width = std::min(ui::px(200), width * 0.3f);
    const float value_width = ui::px(120);
    const float bar_width = std::max(ui::px(40), width - label_width - value_width - ui::px(16));
    const float height = ui::px(18);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ui::text(ui::fit_text(label, fonts.small, label_width - ui::px(6)), {fonts.small});
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = at.x + label_width;
    const float y = at.y + (fonts.small->FontSize - height) / 2 + ui::px(2);
    draw->AddRectFilled(ImVec2(x, y), ImVec2(x + bar_width, y + height), theme::palette().track, ui::px(3));
    for (const auto& segment : segments) {
        const float w = scale > 0 ? static_cast<float>(segment.value / scale) * bar_width : 0.0f;
        if (w <= 0) continue;
        draw->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + height), segment.colour);
        x += w;
    }
    if (tick && scale > 0) {
        const float tick_x = at.x + label_width + static_cast<float>(*tick / scale) * bar_width;
        draw->AddLine(ImVec2(tick_x, y - ui::px(3)), ImVec2(tick_x, y + height + ui::px(3)), theme::palette().ink, ui::px(2));
    }
    ui::text_at(ImVec2(at.x + label_width + bar_width + ui::px(8), at.y), value, {fonts.small, theme::palette().muted});
    if (!detail.empty() && ImGui::IsMouseHoveringRect(at, ImVec2(at.x + width, at.y + fonts.small->FontSize + ui::px(4))))
        ImGui::SetTooltip("%s", detail.c_str());
}

void chart_heading(const std::string& heading, const std::string& explain) {
    const auto& fonts = ui::context().fonts;
    ui::text(heading, {fonts.heading});
    if (!explain.empty()) ui::text_wrapped(explain, {fonts.small, theme::palette().muted});
    ui::space(4);
}

void legend(const std::vector<std::pair<std::string, ImU32>>& entries) {
    const auto& fonts = ui::context().fonts;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) ImGui::SameLine(0, ui::px(14));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + ui::px(4)), ImVec2(at.x + ui::px(12), at.y + ui::px(16)),
                                                  entries[i].second, ui::px(2));
        ImGui::SetCursorScreenPos(ImVec2(at.x + ui::px(16), at.y));
        ui::text(entries[i].first, {fonts.small, theme::palette().muted});
    }
}

std::vector<std::pair<std::string, ImU32>> side_legend(const Texts& t) {
    std::vector<std::pair<std::string, ImU32>> entries;
    for (const Side side : theme::bench_order) entries.emplace_back(t.side(side), theme::side_colour(side));
    return entries;
}

void room_movement(const ReplayView& view, float width) {
    ui::Card card("chart_room", width);
    chart_heading(view.texts("replay.charts.room"), view.texts("report.positions.caption"));
    bool any = false;
    for (const core::Statement& statement : view.end.state.statements) {
        if (statement.status == core::StatementStatus::pending) continue;
        any = true;
        ui::text_wrapped(view.texts("console.scores.statement", {{"number", std::to_string(statement.id.value)},
                                                                 {"text", statement.text}}),
                         {ui::context().fonts.bold});
        draw_room_movement_chart(view.end, statement, card.inner_width());
        ui::space(6);
    }
    if (!any) ui::text_wrapped(view.texts("report.positions.none"), {nullptr, theme::palette().muted});
}

void speaking_time(const ReplayView& view, float width) {
    const Texts& t = view.texts;
    const core::State& state = view.session.final_state();
    const core::Scoreboard& board = view.session.final_board();
    ui::Card card("chart_speaking", width);
    chart_heading(t("report.speaking.heading"), t("report.speaking.explain"));
    ui::text(t("report.speaking.per_side"), {ui::context().fonts.bold});
    double longest_side = 1;
    for (const auto& side : board.sides) longest_side = std::max(longest_side, side.measures.speaking_ms.value);
    for (const Side side : theme::bench_order) {
        const auto& m = board.sides[static_cast<std::size_t>(side)].measures;
        stacked_bar(t.side(side), {{m.speaking_ms.value, theme::side_colour(side)}}, longest_side,
                    report::minutes_seconds(m.speaking_ms.value) + " · " + std::to_string(static_cast<int>(m.turns.value)),
                    {}, card.inner_width());
    }
    ui::space(8);
    ui::text(t("report.speaking.per_person"), {ui::context().fonts.bold});
    auto split = report::speaking_by_side(state);
    std::vector<const core::PersonReport*> speakers;
    for (const auto& person : board.participants)
        if (person.measures.turns.value > 0) speakers.push_back(&person);
    std::stable_sort(speakers.begin(), speakers.end(),
                     [](auto* a, auto* b) { return a->measures.speaking_ms.value > b->measures.speaking_ms.value; });
    const double longest = speakers.empty() ? 1 : std::max(1.0, speakers.front()->measures.speaking_ms.value);
    for (const auto* person : speakers) {
        const auto& by_side = split[person->id];
        std::vector<Segment> segments;
        std::string detail;
        for (const Side side : theme::bench_order) {
            segments.push_back({by_side[static_cast<std::size_t>(side)], theme::side_colour(side)});
            detail += (detail.empty() ? "" : "\n") + t.side(side) + ": " +
                      report::minutes_seconds(by_side[static_cast<std::size_t>(side)]);
        }
        stacked_bar(person->name, segments, longest,
                    report::minutes_seconds(person->measures.speaking_ms.value) + " · " +
                        std::to_string(static_cast<int>(person->measures.turns.value)),
                    detail, card.inner_width());
    }
    legend(side_legend(t));
}

void fallacies_per_type(const ReplayView& view, float width) {
    const Texts& t = view.texts;
    ui::Card card("chart_fallacies", width);
    chart_heading(t("replay.charts.fallacies"), t("replay.charts.fallacies_explain"));
    struct Counts {
        int confirmed = 0, missed = 0, dismissed = 0, pending = 0;
        int total() const { return confirmed + dismissed + pending; }
    };
    std::map<std::string, Counts> per_fallacy;
    for (const auto& fallacy : view.session.final_board().fallacies) {
        auto& counts = per_fallacy[fallacy.fallacy];
        const bool confirmed = fallacy.status == core::FlagOutcome::confirmed;
        counts.confirmed += confirmed && !fallacy.missed;
        counts.missed += confirmed && fallacy.missed;
        counts.dismissed += fallacy.status == core::FlagOutcome::dismissed;
        counts.pending += fallacy.status == core::FlagOutcome::pending;
    }
    if (per_fallacy.empty()) {
        ui::text_wrapped(t("replay.fallacies.none"), {nullptr, theme::palette().muted});
        return;
    }
    std::vector<std::pair<std::string, Counts>> rows(per_fallacy.begin(), per_fallacy.end());
    std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second.total() > b.second.total(); });
    const double most = std::max(1, rows.front().second.total());
    for (const auto& [id, counts] : rows) {
        const std::string detail = t("replay.charts.fallacy_counts",
                                     {{"confirmed", std::to_string(counts.confirmed + counts.missed)},
                                      {"missed", std::to_string(counts.missed)},
                                      {"dismissed", std::to_string(counts.dismissed)},
                                      {"pending", std::to_string(counts.pending)}});
        stacked_bar(view.whole.fallacy_name(id),
                    {{static_cast<double>(counts.confirmed), theme::palette().ok},
                     {static_cast<double>(counts.missed), theme::palette().over},
                     {static_cast<double>(counts.dismissed), theme::palette().disabled},
                     {static_cast<double>(counts.pending), theme::palette().connecting}},
                    most, std::to_string(counts.total()), detail, card.inner_width());
    }
    legend({{t("report.status.confirmed_flagged"), theme::palette().ok},
            {t("report.status.missed"), theme::palette().over},
            {t("report.status.dismissed"), theme::palette().disabled},
            {t("report.status.pending"), theme::palette().connecting}});
}

void argument_strengths(const ReplayView& view, float width) {
    const Texts& t = view.texts;
    const report::ReportContext& whole = view.whole;
    ui::Card card("chart_strengths", width);
    chart_heading(t("replay.charts.strengths"), t("report.graph.explain"));
    for (const auto& statement : view.session.final_board().statements) {
        std::vector<const core::ArgumentReport*> arguments;
        for (const auto& argument : view.session.final_board().arguments)
            if (argument.statement == statement.id && !argument.retracted && argument.kind != core::ArgumentKind::question)
                arguments.push_back(&argument);
        if (arguments.empty()) continue;
        ui::text_wrapped(t("console.scores.statement", {{"number", std::to_string(statement.id.value)}, {"text", statement.text}}),
                         {ui::context().fonts.bold});
        for (const auto* argument : arguments)
            stacked_bar("#" + std::to_string(argument->id.value) + " " + argument->text,
                        {{argument->strength, theme::side_colour(argument->direction)}}, 1.0,
                        "τ " + whole.decimal(argument->base.value, 2) + " → σ " + whole.decimal(argument->strength, 2) + " · " +
                            whole.fate_name(report::fate_of(*argument)),
                        whole.name_of(argument->speaker) + ": “" + argument->text + "”", card.inner_width(),
                        argument->base.value);
        ui::space(6);
    }
    legend(side_legend(t));
}

}  // namespace

void draw_replay_charts(const ReplayView& view, ReplayUiState&, ReplayActions&, float width) {
    const float gap = ui::px(theme::card_gap);
    const float half = std::floor((width - gap) / 2);
    const ImVec2 top = ImGui::GetCursorPos();
    ImGui::BeginGroup();
    room_movement(view, half);
    ui::space(theme::card_gap);
    fallacies_per_type(view, half);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(top.x + half + gap, top.y));
    ImGui::BeginGroup();
    speaking_time(view, width - half - gap);
    ui::space(theme::card_gap);
    argument_strengths(view, width - half - gap);
    ImGui::EndGroup();
}

}  // namespace lagerhuis::app
