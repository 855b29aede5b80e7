// Positions and polls of the active statement: open and close a secret poll, its live
// bars, the opening and closing positions side by side, and how the room moved over
// time as a small chart (seats and ballots beside each other, never added up).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/console/console_judgement_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

using core::Side;
using core::SideCounts;

constexpr std::array<Side, 3> side_order{Side::voor, Side::twijfel, Side::tegen};
constexpr float chart_height = 150;

int count_of(const SideCounts& counts, Side side) {
    switch (side) {
        case Side::voor: return counts.voor;
        case Side::tegen: return counts.tegen;
        case Side::twijfel: return counts.twijfel;
    }
    return 0;
}

int total_of(const SideCounts& counts) { return counts.voor + counts.tegen + counts.twijfel; }

SideCounts seats_now(const core::State& state) {
    SideCounts counts;
    for (const auto& who : state.participants)
        if (!who.removed && who.seat)
            ++(*who.seat == Side::voor ? counts.voor : *who.seat == Side::tegen ? counts.tegen : counts.twijfel);
    return counts;
}

// One bar per side: the name, the bar, the count.
void draw_bars(const Texts& t, const SideCounts& counts, float width) {
    const auto& fonts = ui::context().fonts;
    const int total = std::max(1, total_of(counts));
    const float name_width = ui::px(110);
    const float count_width = ui::px(44);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float bar_width = std::max(ui::px(40), width - name_width - count_width - 2 * gap);
    for (Side side : side_order) {
        const int votes = count_of(counts, side);
        const float x = ImGui::GetCursorPosX();
        const float y = ImGui::GetCursorPosY();
        ui::text(t.side(side), {fonts.bold, theme::side_colour(side)});
        ImGui::SetCursorPos(ImVec2(x + name_width + gap, y + (fonts.bold->FontSize - ui::px(16)) / 2 + ui::px(2)));
        ui::bar(static_cast<float>(votes) / static_cast<float>(total), bar_width, ui::px(16), theme::side_colour(side),
                theme::palette().track);
        const std::string number = std::to_string(votes);
        ImGui::SetCursorPos(ImVec2(x + width - ui::text_size(number, fonts.bold).x, y));
        ui::text(number, {fonts.bold});
    }
}

void draw_console_poll(const ConsoleFrame& frame, ConsoleActions& out, const core::Statement& statement, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Poll* open = frame.state.poll(frame.state.open_poll);
    const core::Poll* last = statement.polls.empty() ? nullptr : frame.state.poll(statement.polls.back());
    const core::Poll* shown = open ? open : last;
    ImGui::BeginDisabled(frame.is_busy(ConsoleArea::polls) || statement.status != core::StatementStatus::active);
    if (frame.review) {
    } else if (open) {
        if (ui::button(t("console.polls.close") + "##close_poll", ImVec2(width, 0), theme::primary()))
            send(out, ConsoleArea::polls, core::ClosePoll{});
    } else if (ui::button(t("console.polls.open") + "##open_poll", ImVec2(width, 0), theme::primary())) {
        send(out, ConsoleArea::polls, core::OpenPoll{});
    }
    ImGui::EndDisabled();
    draw_console_notice(frame, out, ConsoleArea::polls, width);
    if (!shown) {
        ui::text_wrapped(t("console.polls.none"), {fonts.small, theme::palette().muted});
        return;
    }
    const std::size_t number = static_cast<std::size_t>(
        std::find(statement.polls.begin(), statement.polls.end(), shown->id) - statement.polls.begin() + 1);
    ui::text(t(shown->open ? "console.polls.running" : "console.polls.result", {{"number", std::to_string(number)}}),
             {fonts.bold, shown->open ? theme::palette().accent : theme::palette().ink});
    draw_bars(t, SideCounts{shown->count(Side::voor), shown->count(Side::tegen), shown->count(Side::twijfel)}, width);
    ui::text(t("console.polls.ballots", {{"ballots", std::to_string(shown->ballot_count())},
                                         {"present", std::to_string(frame.room_count().present)}}),
             {fonts.small, theme::palette().muted});
}

// "Voor 4 · Twijfel 0 · Tegen 3" in the sides' colours, one per line.
void draw_position(const Texts& t, const char* heading, const std::optional<SideCounts>& counts) {
    const auto& fonts = ui::context().fonts;
    ui::text(t(heading), {fonts.bold});
    if (!counts) {
        ui::text(t("console.polls.not_fixed"), {fonts.small, theme::palette().muted});
        return;
    }
    for (Side side : side_order)
        ui::text(t.side(side) + " " + std::to_string(count_of(*counts, side)), {fonts.body, theme::side_colour(side)});
}

void draw_positions(const ConsoleFrame& frame, const core::StatementReport& report, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::text(t("console.polls.positions"), {fonts.heading});
    const float x = ImGui::GetCursorPosX();
    const float y = ImGui::GetCursorPosY();
    const float half = (width - ui::px(16)) / 2;
    ImGui::BeginGroup();
    draw_position(t, "console.polls.opening", report.opening);
    ImGui::EndGroup();
    const float left_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x + half + ui::px(16), y));
    ImGui::BeginGroup();
    draw_position(t, "console.polls.closing", report.closing);
    ImGui::EndGroup();
    ImGui::SetCursorPosY(std::max(left_bottom, ImGui::GetCursorPosY()));
    if (!report.shift) return;
    std::string shift;
    for (Side side : side_order) {
        const int moved = count_of(*report.shift, side);
        shift += (shift.empty() ? "" : " \u00b7 ") + t.side(side) + " " + (moved > 0 ? "+" : "") + std::to_string(moved);
    }
    ui::text_wrapped(t("console.polls.shift", {{"shift", shift}}), {fonts.small});
}

struct ChartPoint {
    std::string label;
    SideCounts counts;
};

std::vector<ChartPoint> chart_points(const ConsoleFrame& frame, const core::Statement& statement,
                                     const core::StatementReport& report) {
    const Texts& t = frame.texts;
    std::vector<ChartPoint> points;
    if (report.opening) points.push_back({t("console.polls.chart_opening"), *report.opening});
    for (std::size_t i = 0; i < report.polls.size(); ++i)
        points.push_back({t("console.polls.chart_poll", {{"number", std::to_string(i + 1)}}), report.polls[i].ballots});
    if (report.closing)
        points.push_back({t("console.polls.chart_closing"), *report.closing});
    else if (statement.status == core::StatementStatus::active && report.opening)
        points.push_back({t("console.polls.chart_now"), seats_now(frame.state)});
    return points;
}

// Stacked bars, one per moment (voor at the bottom, then twijfel, then tegen), with the
// voor share joined by a line and 50 % marked: which way the room moved, at a glance.
void draw_chart(const ConsoleFrame& frame, const std::vector<ChartPoint>& points, float width) {
    const auto& fonts = ui::context().fonts;
    ui::text(frame.texts("console.polls.chart"), {fonts.heading});
    if (points.empty()) {
        ui::text_wrapped(frame.texts("console.polls.chart_empty"), {fonts.small, theme::palette().muted});
        return;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float share_height = fonts.small->FontSize + ui::px(4);
    const float plot_top = at.y + share_height;
    const float plot_bottom = plot_top + ui::px(chart_height);
    const float slot = width / static_cast<float>(points.size());
    const float bar = std::min(slot * 0.6f, ui::px(56));
    draw->AddLine(ImVec2(at.x, plot_bottom), ImVec2(at.x + width, plot_bottom), theme::palette().line, ui::px(1));
    const float middle = (plot_top + plot_bottom) / 2;
    for (float x = at.x; x < at.x + width; x += ui::px(10))
        draw->AddLine(ImVec2(x, middle), ImVec2(std::min(x + ui::px(5), at.x + width), middle), theme::palette().field_border, ui::px(1));
    std::vector<ImVec2> voor_line;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const float centre = at.x + slot * (static_cast<float>(i) + 0.5f);
        const float left = centre - bar / 2;
        const int total = total_of(points[i].counts);
        float y = plot_bottom;
        if (total == 0) draw->AddRectFilled(ImVec2(left, plot_top), ImVec2(left + bar, plot_bottom), theme::palette().track);
        for (Side side : side_order) {
            if (total == 0) break;
            const float height = ui::px(chart_height) * static_cast<float>(count_of(points[i].counts, side)) /
                                 static_cast<float>(total);
            draw->AddRectFilled(ImVec2(left, y - height), ImVec2(left + bar, y), theme::side_colour(side));
            y -= height;
            if (side == Side::voor) voor_line.push_back(ImVec2(centre, y));
        }
        if (total > 0) {
            const int share = static_cast<int>(100.0 * points[i].counts.voor / total + 0.5);
            const std::string percent = std::to_string(share) + "%";
            ui::text_at(ImVec2(centre - ui::text_size(percent, fonts.small).x / 2, at.y), percent,
                        {fonts.small, theme::side_colour(Side::voor)});
        }
        const std::string label = ui::fit_text(points[i].label, fonts.small, slot - ui::px(4));
        ui::text_at(ImVec2(centre - ui::text_size(label, fonts.small).x / 2, plot_bottom + ui::px(4)), label,
                    {fonts.small, theme::palette().muted});
    }
    if (voor_line.size() > 1) draw->AddPolyline(voor_line.data(), static_cast<int>(voor_line.size()), theme::palette().ink, 0, ui::px(2));
    ImGui::Dummy(ImVec2(width, plot_bottom - at.y + ui::px(6) + fonts.small->FontSize));
    ui::text_wrapped(frame.texts("console.polls.legend"), {fonts.small, theme::palette().muted});
}

}  // namespace

void draw_room_movement_chart(const ConsoleFrame& frame, const core::Statement& statement, float width) {
    const core::StatementReport& report = frame.scoreboard.statements[statement.id.value - 1];
    draw_chart(frame, chart_points(frame, statement, report), width);
}

void draw_console_polls(const ConsoleFrame& frame, ConsoleUiState&, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::Card card("polls", width);
    ui::text(t("console.polls.heading"), {fonts.heading});
    const core::Statement* statement = frame.state.statement(frame.state.active_statement);
    if (!statement) {
        ui::text_wrapped(t("no_active_statement"), {nullptr, theme::palette().muted});
        draw_console_notice(frame, out, ConsoleArea::polls, card.inner_width());
        return;
    }
    const core::StatementReport& report = frame.scoreboard.statements[statement->id.value - 1];
    draw_console_poll(frame, out, *statement, card.inner_width());
    ui::rule();
    draw_positions(frame, report, card.inner_width());
    ui::rule();
    draw_room_movement_chart(frame, *statement, card.inner_width());
}

}  // namespace lagerhuis::app
