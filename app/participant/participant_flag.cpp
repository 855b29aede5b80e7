// Flagging a drogreden in the current turn: what about (the whole turn or one of its
// arguments), which fallacy (a list with a type-ahead filter, each with its one-sentence
// explanation and the rule it breaks), then send; the facilitator decides.
#include <algorithm>
#include <string>
#include <vector>

#include "app/ui/fallacy_filter.hpp"
#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr float list_height = 330;
constexpr float flag_row_padding = 10;
constexpr float radio_size = 20;

std::string rule_line(const Texts& t, const core::FallacyCatalog& catalog, const core::Fallacy& fallacy) {
    if (const auto* rule = catalog.find_rule(fallacy.rule))
        return t("web.flag.rule", {{"number", std::to_string(rule->number)}, {"rule", t.pick(rule->name)}});
    return t("web.flag.rule_number", {{"number", std::to_string(fallacy.rule)}});
}

void draw_flag_target(const ParticipantFrame& frame, ParticipantUiState& ui, float width) {
    const Texts& t = frame.texts;
    const auto& arguments = frame.snapshot.view->arguments;
    const auto is_target = [&](const proto::ArgumentItem& argument) {
        return argument.kind != core::ArgumentKind::question && argument.id == ui.flag_target;
    };
    // A target that left the view (a new turn) falls back to the whole turn.
    if (std::none_of(arguments.begin(), arguments.end(), is_target)) ui.flag_target = core::ArgumentId{};
    ImFont* font = ImGui::GetFont();
    const float text_room = width - ui::px(70);
    const auto option_text = [&](const proto::ArgumentItem& argument) {
        return ui::fit_text(t("web.flag.argument", {{"text", argument.text}}), font, text_room);
    };
    std::string preview = t("web.flag.whole_turn");
    for (const auto& argument : arguments)
        if (is_target(argument)) preview = option_text(argument);
    if (!ui::begin_combo("##flag_target", preview, width)) return;
    const float row = ImGui::GetFontSize() + ui::px(14);
    if (ui::selectable("##target_0", ui.flag_target.is_none(), ImVec2(0, row), t("web.flag.whole_turn"))) ui.flag_target = {};
    ImGui::SameLine(ui::px(10));
    ui::text(t("web.flag.whole_turn"));
    for (const auto& argument : arguments) {
        if (argument.kind == core::ArgumentKind::question) continue;
        const std::string text = option_text(argument);
        const std::string id = "##target_" + std::to_string(argument.id.value);
        if (ui::selectable(id, argument.id == ui.flag_target, ImVec2(0, row), text)) ui.flag_target = argument.id;
        ImGui::SameLine(ui::px(10));
        ui::text(text);
    }
    ui::end_combo();
}

// One fallacy as a row: a radio mark, the name, the explanation and the rule.
struct FallacyRow {
    const core::Fallacy* fallacy = nullptr;
    std::string rule;
    float name_height = 0;
    float explanation_height = 0;
    float rule_height = 0;
    float height = 0;
};

float text_left() { return ui::px(flag_row_padding) + ui::px(radio_size) + ui::px(10); }

FallacyRow lay_out(const ParticipantFrame& frame, const core::Fallacy& fallacy, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const float wrap = width - text_left() - ui::px(flag_row_padding);
    FallacyRow row;
    row.fallacy = &fallacy;
    row.rule = rule_line(t, frame.snapshot.catalog, fallacy);
    row.name_height = ui::text_size(t.pick(fallacy.name), fonts.bold, wrap).y;
    row.explanation_height = ui::text_size(t.pick(fallacy.explanation), fonts.body, wrap).y;
    row.rule_height = ui::text_size(row.rule, fonts.small, wrap).y;
    row.height = 2 * ui::px(flag_row_padding) + row.name_height + row.explanation_height + row.rule_height + 2 * ui::px(3);
    return row;
}

void draw_fallacy_row(const ParticipantFrame& frame, ParticipantUiState& ui, const FallacyRow& row, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Fallacy& fallacy = *row.fallacy;
    const float pad = ui::px(flag_row_padding);
    const float radio = ui::px(radio_size);
    const float wrap = width - text_left() - pad;
    const std::string& name = t.pick(fallacy.name);

    const bool chosen = ui.flag_choice == fallacy.id;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ui::selectable("##fallacy_" + fallacy.id, chosen, ImVec2(width, row.height), name)) {
        ui.flag_choice = fallacy.id;
        ui.clear(NoticeArea::flag);
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (chosen) draw->AddRectFilled(at, ImVec2(at.x + ui::px(4), at.y + row.height), theme::palette().accent);
    const ImVec2 centre(at.x + pad + radio / 2, at.y + pad + fonts.bold->FontSize / 2 + ui::px(1));
    draw->AddCircle(centre, radio / 2 - ui::px(1), chosen ? theme::palette().accent : theme::palette().field_border, 0, ui::px(2));
    if (chosen) draw->AddCircleFilled(centre, radio / 2 - ui::px(5), theme::palette().accent);
    float y = at.y + pad;
    ui::text_at(ImVec2(at.x + text_left(), y), name, {fonts.bold}, wrap);
    y += row.name_height + ui::px(3);
    ui::text_at(ImVec2(at.x + text_left(), y), t.pick(fallacy.explanation), {fonts.body}, wrap);
    y += row.explanation_height + ui::px(3);
    ui::text_at(ImVec2(at.x + text_left(), y), row.rule, {fonts.small, theme::palette().muted}, wrap);
}

// The list, as tall as its rows up to a limit, then scrolling.
void draw_fallacy_list(const ParticipantFrame& frame, ParticipantUiState& ui, float width) {
    const auto shown = filter_fallacies(frame.snapshot.catalog, ui.flag_query);
    if (shown.empty()) {
        ui::text_wrapped(frame.texts("web.flag.no_match", {{"query", ui.flag_query}}), {ui::context().fonts.small, theme::palette().muted});
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    // Room for a scrollbar is kept either way, so a row's height does not depend on it.
    const float row_width = width - 2 * style.ChildBorderSize - style.ScrollbarSize;
    std::vector<FallacyRow> rows;
    float total = 2 * style.ChildBorderSize;
    for (const core::Fallacy* fallacy : shown) {
        rows.push_back(lay_out(frame, *fallacy, row_width));
        total += rows.back().height + ui::px(1);
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::palette().white);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ui::px(10));
    ImGui::BeginChild("fallacies", ImVec2(width, std::min(total, ui::px(list_height))), true,
                      ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    // Rows touch; the card's spacing applies again after the list.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0) ui::rule();
        draw_fallacy_row(frame, ui, rows[i], row_width);
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

}  // namespace

std::optional<core::FlagFallacy> flag_command(const ParticipantUiState& ui) {
    if (ui.flag_choice.empty()) return std::nullopt;
    // Turn 0: the running (or last) turn, the one on screen.
    return core::FlagFallacy{core::ParticipantId{}, core::TurnId{}, ui.flag_target, ui.flag_choice};
}

void draw_flag(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width) {
    if (!frame.snapshot.view) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& turn = frame.snapshot.view->turn;
    const bool busy = frame.snapshot.is_busy(NoticeArea::flag);

    ui::Card card("flag", width);
    ui::text(t("web.flag.heading"), {fonts.heading});
    ui::text_wrapped(turn ? t("web.flag.intro", {{"name", turn->name}}) : t("web.flag.nobody"), {fonts.small, theme::palette().muted});
    ImGui::BeginDisabled(!turn);
    ui::text(t("web.flag.target"), {fonts.bold});
    draw_flag_target(frame, ui, card.inner_width());
    ui::text(t("web.flag.search"), {fonts.bold});
    ui::input_text("##flag_search", &ui.flag_query, t("web.flag.search_placeholder"), card.inner_width());
    draw_fallacy_list(frame, ui, card.inner_width());
    draw_notice(frame, ui, out, NoticeArea::flag);
    ImGui::BeginDisabled(busy);
    if (ui::button(t("web.flag.submit") + "##flag_submit", ImVec2(card.inner_width(), 0), theme::primary())) {
        if (const auto command = flag_command(ui)) {
            send_command(ui, out, NoticeArea::flag, *command);
            ui.flag_choice.clear();
        } else {
            show_local_notice(frame, ui, out, NoticeArea::flag, {"web.flag.choose", {}});
        }
    }
    ImGui::EndDisabled();
    ImGui::EndDisabled();
}

}  // namespace lagerhuis::app
