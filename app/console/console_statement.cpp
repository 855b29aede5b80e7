// The statement under debate, large, with what the gespreksleider does with it: open the
// next one, fix the opening and closing positions (the seats at that moment, the basis
// of the persuasion result; the opening is fixed by itself when forgotten), close it, and
// add statements as the debate goes.
#include <string>

#include "core/position_rules.hpp"

#include "app/console/console_floor_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

// The active statement; between statements the next one to open; after the last, the
// last one closed.
const core::Statement* statement_in_hand(const core::State& state) {
    if (const auto* active = state.statement(state.active_statement)) return active;
    for (const auto& statement : state.statements)
        if (statement.status == core::StatementStatus::pending) return &statement;
    return state.statements.empty() ? nullptr : &state.statements.back();
}

const core::Statement* next_pending(const core::State& state, const core::Statement& after) {
    for (const auto& statement : state.statements)
        if (statement.status == core::StatementStatus::pending && statement.id != after.id) return &statement;
    return nullptr;
}

std::string status_key(core::StatementStatus status) {
    return "console.floor.statement.status_" + std::string(core::to_string(status));
}

ImU32 status_colour(core::StatementStatus status) {
    switch (status) {
        case core::StatementStatus::active: return theme::palette().ok;
        case core::StatementStatus::closed: return theme::palette().muted;
        case core::StatementStatus::pending: break;
    }
    return theme::palette().accent;
}

// "Beginpositie" with the counts once fixed, or the button that fixes it.
void position_line(const ConsoleFrame& frame, ConsoleActions& out, const core::Statement& statement,
                   core::PositionKind kind, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const bool opening = kind == core::PositionKind::opening;
    const auto& fixed = opening ? statement.opening : statement.closing;
    if (fixed) {
        // The label and the three counts on one line, wrapping on a narrow column.
        floor_ui::Flow flow(width);
        const std::string label =
            t(opening ? "console.floor.statement.opening_fixed" : "console.floor.statement.closing_fixed");
        flow.next(ui::text_size(label, fonts.bold).x);
        ui::text(label, {fonts.bold});
        for (const core::Side side : {core::Side::voor, core::Side::tegen, core::Side::twijfel}) {
            flow.next(ui::badge_size(floor_ui::side_count(t, side, fixed->count(side))).x);
            floor_ui::side_count_badge(t, side, fixed->count(side));
        }
        return;
    }
    if (statement.status != core::StatementStatus::active || frame.review) return;
    // A closing position only means something beside an opening one.
    if (!opening && !statement.opening) return;
    const std::string label =
        t(opening ? "console.floor.statement.fix_opening" : "console.floor.statement.fix_closing") + "##fix_" +
        std::string(core::to_string(kind));
    if (ui::button(label, ImVec2(width, 0))) send(out, ConsoleArea::statement, core::FixPosition{kind});
}

// How the opening position came about, or that the product will fix it by itself, so a
// forgotten button costs no crossings; and, while people may still be settling, fixing
// it again.
void opening_state(const ConsoleFrame& frame, ConsoleActions& out, const core::Statement& statement, float width) {
    const Texts& t = frame.texts;
    const ui::TextStyle note{ui::context().fonts.small, theme::palette().muted};
    const auto since_opening = [&](core::Millis at) { return format_duration(at - statement.opened_at); };
    if (!statement.opening) {
        if (statement.status != core::StatementStatus::active) return;
        const auto grace_end = core::opening_grace_end(frame.state, statement);
        ui::text_wrapped(grace_end ? t("console.floor.statement.opening_pending", {{"grace", since_opening(*grace_end)}})
                                   : t("console.floor.statement.opening_pending_turn"),
                         note);
        return;
    }
    const core::Position& opening = *statement.opening;
    const std::string time = since_opening(opening.at_ms);
    ui::text_wrapped(opening.automatic ? t("console.floor.statement.opening_automatic",
                                           {{"trigger", std::string(core::to_string(*opening.automatic))}, {"time", time}})
                                       : t("console.floor.statement.opening_by_hand", {{"time", time}}),
                     note);
    if (statement.status != core::StatementStatus::active || frame.review || core::may_fix_opening(frame.state, statement))
        return;
    if (ui::button(t("console.floor.statement.refix_opening") + "##refix_opening", ImVec2(width, 0)))
        send(out, ConsoleArea::statement, core::FixPosition{core::PositionKind::opening});
    ui::text_wrapped(t("console.floor.statement.refix_hint"), note);
}

void add_statement_form(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    ui::text_wrapped(t("console.floor.statement.add_heading"), {ui::context().fonts.bold});
    if (floor_ui::field_with_button("##new_statement", ui.statement.new_statement, t("console.floor.statement.add_hint"),
                                    t("console.floor.statement.add") + "##add_statement", width)) {
        send(out, ConsoleArea::statement, core::AddStatement{ui.statement.new_statement});
        ui.statement.new_statement.clear();
    }
}

}  // namespace

void draw_console_statement(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::State& state = frame.state;
    const core::Statement* statement = statement_in_hand(state);
    const bool active = statement && statement->status == core::StatementStatus::active;
    const bool busy = frame.is_busy(ConsoleArea::statement);

    ui::Card card("console_statement", width, ui::CardLook().stripe_top(active ? theme::palette().accent : theme::palette().muted));
    const float inner = card.inner_width();
    if (!statement) {
        ui::text_wrapped(t("console.floor.statement.none"), {nullptr, theme::palette().muted});
    } else {
        ui::text(t("console.floor.statement.number", {{"number", std::to_string(statement->id.value)},
                                                       {"count", std::to_string(state.statements.size())}}),
                 {fonts.small, theme::palette().muted});
        ImGui::SameLine();
        const core::StatementStatus status = statement->status;
        ui::badge(t(status_key(status)), status == core::StatementStatus::active ? theme::palette().ok_soft : theme::palette().track,
                  status_colour(status), fonts.small);
        // Smaller on a short screen while it runs: the turn and the queue need the room.
        ImFont* text_font = active && ui.fit != ConsoleFit::roomy ? fonts.heading : fonts.title;
        ui::text_wrapped(statement->text, {text_font, status == core::StatementStatus::closed ? theme::palette().muted : theme::palette().ink});

        ImGui::BeginDisabled(busy);
        position_line(frame, out, *statement, core::PositionKind::opening, inner);
        opening_state(frame, out, *statement, inner);
        // While it runs, what ends it waits behind "Stelling beheren".
        const bool managing = !active || frame.review ||
                              ui::disclosure("##manage_statement", t("console.floor.statement.manage"),
                                             ui.statement.manage_open, fonts.bold);
        if (managing) position_line(frame, out, *statement, core::PositionKind::closing, inner);
        if (frame.review) {
        } else if (active) {
            if (managing && ui::button(t("console.floor.statement.close") + "##close_statement", ImVec2(inner, 0)))
                send(out, ConsoleArea::statement, core::CloseStatement{});
        } else if (const core::Statement* next =
                       statement->status == core::StatementStatus::pending ? statement : next_pending(state, *statement)) {
            const std::string label =
                t("console.floor.statement.open", {{"number", std::to_string(next->id.value)}}) + "##open_statement";
            if (ui::button(label, ImVec2(inner, 0), theme::primary()))
                send(out, ConsoleArea::statement, core::OpenStatement{next->id});
        }
        ImGui::EndDisabled();
        // What comes next, so the gespreksleider can announce it.
        const core::Statement* next = active ? next_pending(state, *statement) : nullptr;
        if (next)
            ui::text_wrapped(t("console.floor.statement.next",
                               {{"number", std::to_string(next->id.value)}, {"text", next->text}}),
                             {fonts.small, theme::palette().muted});
    }
    draw_console_notice(frame, out, ConsoleArea::statement);
    if (frame.review || (active && !ui.statement.manage_open)) return;
    ui::rule();
    ImGui::BeginDisabled(busy);
    add_statement_form(frame, ui, out, inner);
    ImGui::EndDisabled();
}

}  // namespace lagerhuis::app
