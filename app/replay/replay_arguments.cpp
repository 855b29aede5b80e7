// Per statement: did the better arguments win the room? The answer with the three
// readings behind it (verdict, seats, poll: report/verdict_text, as the HTML report says
// them), then the arguments in three groups: those that stood (strength σ above their
// base τ), those that fell, and those that held their base. The time goes to the moment
// an argument was tagged.
#include <array>
#include <string>

#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"
#include "report/verdict_text.hpp"

namespace lagerhuis::app {

namespace {

ImU32 answer_ink(report::RoomAnswer answer) {
    switch (answer) {
    case report::RoomAnswer::yes: return theme::palette().ok;
    case report::RoomAnswer::no: return theme::palette().over;
    case report::RoomAnswer::undecided: return theme::palette().muted;
    }
    return theme::palette().ink;
}

void draw_room_verdict(const ReplayView& view, const core::StatementReport& statement) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    const report::VerdictText verdict = report::verdict_text(view.whole, statement);
    ui::text(t("report.verdict.question"), {fonts.bold});
    ImGui::SameLine();
    ui::text(verdict.answer_text, {fonts.heading, answer_ink(verdict.answer)});
    ui::text(t("report.verdict.arguments"), {fonts.small, theme::palette().muted});
    ui::text_wrapped(verdict.arguments, {nullptr, theme::side_colour(statement.verdict)});
    ui::text(t("report.verdict.room"), {fonts.small, theme::palette().muted});
    ui::text_wrapped(verdict.room);
    for (const auto& line : verdict.room_figures) ui::text_wrapped(line, {fonts.small, theme::palette().muted});
    if (verdict.poll) {
        ui::text(t("table.poll"), {fonts.small, theme::palette().muted});
        ui::text_wrapped(*verdict.poll + " (" + *verdict.poll_figures + ")");
    }
}

void draw_argument(const ReplayView& view, ReplayActions& out, const core::ArgumentReport& argument, float width) {
    const auto& fonts = ui::context().fonts;
    const report::ReportContext& whole = view.whole;
    const core::Argument* recorded = view.session.final_state().argument(argument.id);
    moment_button(view, out, recorded ? view.session.time_of(recorded->seq) : view.session.start_ms(), "argument",
                  argument.id.value);
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::text(view.texts.side(argument.direction), {fonts.bold, theme::side_colour(argument.direction)});
    ImGui::SameLine();
    ui::text(whole.kind_name(argument.kind) + " · " + whole.name_of(argument.speaker) + " · τ " +
                 whole.decimal(argument.base.value, 2) + " → σ " + whole.decimal(argument.strength, 2),
             {fonts.small, theme::palette().muted});
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ui::px(90));
    ui::text("“" + argument.text + "”");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void draw_statement_review(const ReplayView& view, ReplayActions& out, const core::StatementReport& statement, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    ui::Card card("replay_statement_" + std::to_string(statement.id.value), width,
                  ui::CardLook().stripe_top(theme::side_colour(statement.verdict)));
    ui::text(t("console.floor.statement.number", {{"number", std::to_string(statement.id.value)},
                                                  {"count", std::to_string(view.session.final_board().statements.size())}}),
             {fonts.small, theme::palette().muted});
    ui::text_wrapped(statement.text, {fonts.title});
    draw_room_verdict(view, statement);
    ui::rule();
    constexpr std::array fates{report::ArgumentFate::stood, report::ArgumentFate::fell, report::ArgumentFate::held};
    bool any = false;
    for (const report::ArgumentFate fate : fates) {
        std::vector<const core::ArgumentReport*> listed;
        for (const auto& argument : view.session.final_board().arguments)
            if (argument.statement == statement.id && !argument.retracted && argument.kind != core::ArgumentKind::question &&
                report::fate_of(argument) == fate)
                listed.push_back(&argument);
        if (listed.empty()) continue;
        any = true;
        ui::text(t(std::string("replay.arguments.") + report::fate_key(fate), {{"count", std::to_string(listed.size())}}),
                 {fonts.bold, fate == report::ArgumentFate::stood  ? theme::palette().ok
                              : fate == report::ArgumentFate::fell ? theme::palette().over
                                                                   : theme::palette().muted});
        for (const auto* argument : listed) draw_argument(view, out, *argument, card.inner_width());
        ui::space(6);
    }
    if (!any) ui::text_wrapped(t("report.graph.none"), {nullptr, theme::palette().muted});
}

}  // namespace

void draw_replay_arguments(const ReplayView& view, ReplayUiState&, ReplayActions& out, float width) {
    const auto& fonts = ui::context().fonts;
    ui::text(view.texts("report.graph.heading"), {fonts.heading});
    ui::text_wrapped(view.texts("report.graph.explain"), {fonts.small, theme::palette().muted});
    ui::space(6);
    for (const auto& statement : view.session.final_board().statements) {
        if (statement.status == core::StatementStatus::pending) continue;
        draw_statement_review(view, out, statement, width);
        ui::space(theme::card_gap);
    }
}

}  // namespace lagerhuis::app
