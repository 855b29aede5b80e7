// The scoreboard: the statement's argumentative verdict, the numbers per side and per
// participant, and the argument graph. Every number explains itself on hover with the
// terms that made it, so the review can start from any of them.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/console/console_argument_graph.hpp"
#include "app/console/console_judgement_support.hpp"
#include "app/console/console_panels.hpp"
#include "proto/projection.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

using core::Side;

constexpr std::array<Side, 3> scoreboard_side_order{Side::voor, Side::tegen, Side::twijfel};
constexpr float people_table_height = 320;
constexpr float graph_height = 340;

// One table cell: `text`, explained on hover by `sections` under "Spreektijd · Anna: 0:40"
// (the column's full name, from "<measure>_long").
// The cell's text; returns whether the mouse is on it.
bool cell_text(const std::string& text) {
    ImGui::TableNextColumn();
    ui::text(text, {ui::context().fonts.small});
    return ImGui::IsItemHovered();
}

void explain_cell(const ConsoleFrame& frame, const std::string& text, const char* measure, const std::string& who,
                  const std::vector<TermSection>& sections, TermUnit unit) {
    const Texts& t = frame.texts;
    const std::string name = t(std::string(measure) + "_long");
    explain_on_hover(frame, t("console.scores.explain", {{"measure", name}, {"who", who}, {"value", text}}), sections, unit);
}

void number_cell(const ConsoleFrame& frame, const std::string& text, const char* measure, const std::string& who,
                 const std::vector<TermSection>& sections, TermUnit unit) {
    if (cell_text(text)) explain_cell(frame, text, measure, who, sections, unit);
}

std::vector<core::ScoreTerm> with_rule(const std::vector<core::ScoreTerm>& terms, std::string_view rule) {
    std::vector<core::ScoreTerm> found;
    std::copy_if(terms.begin(), terms.end(), std::back_inserter(found), [&](const auto& term) { return term.rule == rule; });
    return found;
}

// Speaking time, arguments and their mean strength: what a side and a person share.
void measure_cells(const ConsoleFrame& frame, const core::Measures& m, const std::string& who, bool with_turns) {
    const auto count = [](const core::Explained& number) { return std::to_string(static_cast<long long>(number.value)); };
    number_cell(frame, format_duration(static_cast<core::Millis>(m.speaking_ms.value)), "console.scores.col_time", who,
                {{{}, &m.speaking_ms.terms}}, TermUnit::duration);
    if (with_turns)
        number_cell(frame, count(m.turns), "console.scores.col_turns", who, {{{}, &m.turns.terms}}, TermUnit::count);
    number_cell(frame, count(m.arguments), "console.scores.col_arguments", who, {{{}, &m.arguments.terms}}, TermUnit::count);
    const std::string mean = m.arguments.value > 0 ? decimal(m.mean_strength, 2, frame.texts.language()) : "\u2013";
    number_cell(frame, mean, "console.scores.col_strength", who,
                {{frame.texts("console.scores.mean_of"), &m.arguments.terms}}, TermUnit::listed);
}

// A column: its heading's key, and the widest value it shows ("0:00", "0,00").
struct Column {
    const char* key;
    std::string widest;
};

// Fixed widths from the headings and the widest values, so the table stands still from
// its first frame (ImGui's auto-fit settles a frame later). The first column (names)
// takes the rest of `table_width`, at least `first_min` (0: it stretches instead, for a
// table that never scrolls sideways). Then the short headings, full names on hover.
void columns_and_headings(const Texts& t, const std::vector<Column>& columns, float table_width, float first_min) {
    const auto& fonts = ui::context().fonts;
    const float padding = 2 * ImGui::GetStyle().CellPadding.x;
    std::vector<float> widths;
    float others = ImGui::GetStyle().ScrollbarSize;
    for (const auto& column : columns) {
        widths.push_back(std::max(ui::text_size(t(column.key), fonts.small).x, ui::text_size(column.widest, fonts.small).x) +
                         ui::px(4));
        others += widths.size() > 1 ? widths.back() + padding : padding;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            ImGui::TableSetupColumn(columns[i].key, ImGuiTableColumnFlags_WidthFixed, widths[i]);
        else if (first_min == 0)
            ImGui::TableSetupColumn(columns[i].key, ImGuiTableColumnFlags_WidthStretch);
        else
            ImGui::TableSetupColumn(columns[i].key, ImGuiTableColumnFlags_WidthFixed,
                                    std::clamp(table_width - others, first_min, 2 * first_min));
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const auto& column : columns) {
        ImGui::TableNextColumn();
        ui::text(t(column.key), {fonts.small, theme::palette().muted});
        tooltip_on_hover(t(std::string(column.key) + "_long"));
    }
}

void draw_verdict(const ConsoleFrame& frame, const core::Statement& statement) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::StatementReport& report = frame.scoreboard.statements[statement.id.value - 1];
    ui::text_wrapped(t("console.scores.statement", {{"number", std::to_string(statement.id.value)}, {"text", statement.text}}),
                     {fonts.small, theme::palette().muted});
    const std::string strength = decimal(report.strength.value, 2, t.language());
    ui::text(strength, {fonts.count, theme::side_colour(report.verdict)});
    const std::string heading = t("console.scores.explain", {{"measure", t("console.scores.verdict")},
                                                             {"who", t("console.scores.the_statement")},
                                                             {"value", strength}});
    explain_on_hover(frame, heading, report.strength.terms, TermUnit::score);
    ImGui::SameLine(0, ui::px(14));
    ImGui::BeginGroup();
    ui::text(t("console.scores.verdict"), {fonts.bold});
    const std::string reading = report.verdict == Side::twijfel
                                    ? t("console.scores.tie")
                                    : t("console.scores.better", {{"side", std::string(core::to_string(report.verdict))}});
    ui::text(reading, {fonts.small, theme::side_colour(report.verdict)});
    ImGui::EndGroup();
}

void draw_sides(const ConsoleFrame& frame, float width) {
    const Texts& t = frame.texts;
    ui::text_wrapped(t("console.scores.sides"), {ui::context().fonts.bold});
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("score_sides", 5, flags, ImVec2(width, 0))) return;
    columns_and_headings(t, {{"console.scores.col_side", ""}, {"console.scores.col_time", "00:00"},
                             {"console.scores.col_arguments", "000"}, {"console.scores.col_strength", "0,00"},
                             {"console.scores.col_in_out", "00/00"}},
                         width, 0);
    for (const auto& report : frame.scoreboard.sides) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string who = t.side(report.side);
        ui::text(who, {ui::context().fonts.bold, theme::side_colour(report.side)});
        measure_cells(frame, report.measures, who, false);
        // A long session has thousands of crossings: counted every frame, listed on hover only.
        const auto& terms = report.measures.crossings.terms;
        const auto count = [&](std::string_view rule) {
            return std::count_if(terms.begin(), terms.end(), [&](const auto& term) { return term.rule == rule; });
        };
        const std::string text = std::to_string(count("crossing_in")) + "/" + std::to_string(count("crossing_out"));
        if (cell_text(text)) {
            const auto in = with_rule(terms, "crossing_in");
            const auto out = with_rule(terms, "crossing_out");
            explain_cell(frame, text, "console.scores.col_in_out", who,
                         {{t("console.scores.in"), &in}, {t("console.scores.out"), &out}}, TermUnit::count);
        }
    }
    ImGui::EndTable();
}

void person_row(const ConsoleFrame& frame, ConsoleUiState& ui, const core::PersonReport& person) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Participant* who = frame.state.participant(person.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool selected = ui.scores.person == person.id;
    const std::string name = ui::fit_text(person.name, fonts.small, ImGui::GetContentRegionAvail().x);
    const ImVec2 at = ImGui::GetCursorScreenPos();  // a selectable's rectangle reaches into the spacing above
    if (ui::selectable("##person_" + std::to_string(person.id.value), selected, ImVec2(0, fonts.small->FontSize), person.name))
        ui.scores.person = selected ? core::ParticipantId{} : person.id;
    ui::text_at(at, name, {fonts.small, person.removed ? theme::palette().muted : theme::palette().ink});
    tooltip_on_hover(t("console.scores.select_person"));
    ImGui::TableNextColumn();
    if (who && who->seat) ui::text(t.side(*who->seat), {fonts.small, theme::side_colour(*who->seat)});
    const core::Measures& m = person.measures;
    measure_cells(frame, m, person.name, true);
    const auto count = [](const core::Explained& number) { return std::to_string(static_cast<long long>(number.value)); };
    number_cell(frame, count(m.flags_confirmed) + "/" + count(m.flags_dismissed), "console.scores.col_flags", person.name,
                {{t("outcome.confirmed"), &m.flags_confirmed.terms}, {t("outcome.dismissed"), &m.flags_dismissed.terms}},
                TermUnit::count);
    number_cell(frame, count(m.crossings), "console.scores.col_crossings", person.name, {{{}, &m.crossings.terms}},
                TermUnit::count);
}

void draw_people(const ConsoleFrame& frame, ConsoleUiState& ui, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::text_wrapped(t("console.scores.people"), {fonts.bold});
    std::vector<const core::PersonReport*> people;
    for (const auto& person : frame.scoreboard.participants)
        if (person.role == core::Role::participant) people.push_back(&person);
    if (people.empty()) {
        ui::text(t("console.scores.nobody"), {fonts.small, theme::palette().muted});
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = fonts.small->FontSize + 2 * style.CellPadding.y;
    const float height = std::min(ui::px(people_table_height),
                                  row * static_cast<float>(people.size() + 1) + style.ScrollbarSize + ui::px(4));
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("score_people", 8, flags, ImVec2(width, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    std::string widest_side;
    for (Side side : scoreboard_side_order)
        if (ui::text_size(t.side(side), fonts.small).x > ui::text_size(widest_side, fonts.small).x)
            widest_side = t.side(side);
    columns_and_headings(t, {{"console.scores.col_name", ""}, {"console.scores.col_side", widest_side},
                             {"console.scores.col_time", "00:00"}, {"console.scores.col_turns", "00"},
                             {"console.scores.col_arguments", "000"}, {"console.scores.col_strength", "0,00"},
                             {"console.scores.col_flags", "00/00"}, {"console.scores.col_crossings", "00"}},
                         width, ui::px(110));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(people.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            person_row(frame, ui, *people[static_cast<std::size_t>(i)]);
    ImGui::EndTable();
}

}  // namespace

void draw_console_scoreboard(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions&, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::Card card("scores", width);
    ui::text(t("console.scores.heading"), {fonts.heading});
    ui::text_wrapped(t("console.scores.hint"), {fonts.small, theme::palette().muted});
    const core::Statement* statement = proto::shown_statement(frame.state);
    if (statement) draw_verdict(frame, *statement);
    ui::rule();
    draw_sides(frame, card.inner_width());
    ui::space(6);
    draw_people(frame, ui, card.inner_width());
    ui::rule();
    ui::text(t("console.scores.graph"), {fonts.bold});
    draw_argument_graph(frame, ui, card.inner_width(), ui::px(graph_height));
}

}  // namespace lagerhuis::app
