// Tagging the running turn (or else the last one): what was argued, what it answers,
// with what evidence, and drogredenen from the catalog; corrections and undo afterwards.
// Fast with the mouse (big toggles) and with the keyboard (Tab through, Enter notes it).
#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <GLFW/glfw3.h>

#include "app/console/console_floor_support.hpp"
#include "app/console/console_judgement_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/fallacy_filter.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

using core::ArgumentKind;
using core::EvidenceKind;

constexpr std::array<ArgumentKind, 5> kinds{ArgumentKind::pro, ArgumentKind::contra, ArgumentKind::support,
                                            ArgumentKind::rebuttal, ArgumentKind::question};
constexpr std::array<EvidenceKind, 6> evidences{EvidenceKind::none,   EvidenceKind::fact,       EvidenceKind::example,
                                                EvidenceKind::expert, EvidenceKind::experience, EvidenceKind::value};

bool live(const core::Argument* argument) { return argument && !argument->retracted; }

// What the form still points at may have gone since (retracted, undone, another turn).
void forget_stale(const core::State& state, const core::Turn& turn, TaggingForm& form) {
    if (!form.editing.is_none() && !live(state.argument(form.editing))) form.editing = {};
    const core::Argument* target = state.argument(form.target);
    if (!form.target.is_none() && (!live(target) || !target->in_graph() || target->statement != turn.statement ||
                                   (!form.editing.is_none() && !(form.target < form.editing))))
        form.target = {};
    const core::Argument* about = state.argument(form.fallacy_argument);
    if (!form.fallacy_argument.is_none() && (!live(about) || about->turn != turn.id)) form.fallacy_argument = {};
    if (!form.fallacy_choice.empty() && !state.config.catalog.find(form.fallacy_choice)) form.fallacy_choice.clear();
}

// After noting or cancelling: ready for the next argument, of the same kind.
void clear_argument(TaggingForm& form) {
    form.editing = {};
    form.target = {};
    form.evidence = EvidenceKind::none;
    form.text.clear();
}

void send_tagging(TaggingForm& form, ConsoleActions& out, core::CommandBody body, bool from_fallacy_form) {
    form.answer_at_fallacy = from_fallacy_form;
    send(out, ConsoleArea::tagging, std::move(body));
}

// Who speaks for which side, how long so far, and Undo at the right: one click (or
// Ctrl+Z) takes back the last correction.
void draw_turn_line(const ConsoleFrame& frame, TaggingForm& form, ConsoleActions& out, const core::Turn& turn,
                    float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::text_wrapped(t("console.tagging.turn", {{"turn", std::to_string(turn.id.value)},
                                                 {"name", person_name(frame.state, turn.speaker)},
                                                 {"side", std::string(core::to_string(turn.side))}}),
                     {fonts.bold, theme::side_colour(turn.side)});
    const char* status = turn.ended() ? "console.tagging.ended" : turn.paused() ? "console.tagging.paused"
                                                                                : "console.tagging.running";
    const std::string undo = t("console.tagging.undo");
    const float undo_width = ui::text_size(undo, fonts.small).x + ui::px(28);
    const float x = ImGui::GetCursorPosX();
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (ui::px(36) - fonts.small->FontSize) / 2);
    ui::text(ui::fit_text(t(status, {{"time", format_duration(turn.spoken_ms(frame.now_ms))}}), fonts.small,
                          width - undo_width - ui::px(8)),
             {fonts.small, theme::palette().muted});
    ImGui::SetCursorPos(ImVec2(x + width - undo_width, y));
    ImGui::BeginDisabled(frame.state.undo_stack.empty() || frame.is_busy(ConsoleArea::tagging));
    if (small_button(undo + "##undo", undo_width)) send_tagging(form, out, core::Undo{}, false);
    ImGui::EndDisabled();
}

// One argument of the turn: what it is, what it answers, its strength, and corrections.
void draw_argument_row(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, const core::Argument& a) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const std::string id = std::to_string(a.id.value);
    StripedRow row(theme::side_colour(a.direction));
    std::string meta = t("console.tagging.meta", {{"id", id}, {"kind", std::string(core::to_string(a.kind))}});
    if (a.kind != ArgumentKind::question)
        meta += " \u2192 " + (a.target.is_none() ? t("console.tagging.to_statement") : "#" + std::to_string(a.target.value));
    if (a.evidence != EvidenceKind::none) meta += " \u00b7 " + t.evidence(a.evidence);
    if (a.irrelevant) meta += " \u00b7 " + t("console.tagging.irrelevant");
    ui::text_wrapped(meta, {fonts.small, theme::palette().muted});
    if (a.in_graph() && a.id.value <= frame.scoreboard.arguments.size()) {
        const auto& report = frame.scoreboard.arguments[a.id.value - 1];
        ui::text(t("console.scores.node_scores", {{"base", decimal(report.base.value, 2, t.language())},
                                                  {"strength", decimal(report.strength, 2, t.language())}}),
                 {fonts.small, theme::side_colour(a.direction)});
        explain_argument_on_hover(frame, report);
    }
    ui::text_wrapped(a.text);
    TaggingForm& form = ui.tagging;
    if (small_button(t("console.tagging.edit") + "##edit_" + id)) {
        form.editing = a.id;
        form.kind = a.kind;
        form.target = a.target;
        form.evidence = a.evidence;
        form.text = a.text;
        form.focus_note = true;
    }
    ImGui::SameLine();
    if (small_button(t("console.tagging.retract") + "##retract_" + id))
        send_tagging(form, out, core::RetractArgument{a.id}, false);
    if (a.kind != ArgumentKind::question) {
        ImGui::SameLine();
        const char* relevance = a.irrelevant ? "console.tagging.relevant" : "console.tagging.mark_irrelevant";
        if (small_button(t(relevance) + "##relevance_" + id)) send_tagging(form, out, core::SetRelevance{a.id, !a.irrelevant}, false);
    }
}

void draw_turn_record(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, const core::Turn& turn,
                      float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    BoundedList list("turn_record", width, ui::px(300));
    bool any = false;
    for (core::ArgumentId id : turn.arguments) {
        const core::Argument* argument = frame.state.argument(id);
        if (!live(argument)) continue;
        if (any) ui::rule();
        draw_argument_row(frame, ui, out, *argument);
        any = true;
    }
    if (!any) ui::text_wrapped(t("console.tagging.no_arguments"), {fonts.small, theme::palette().muted});
    for (core::FallacyTagId id : turn.fallacy_tags) {
        const core::FallacyTag* tag = frame.state.fallacy_tag(id);
        if (!tag || tag->retracted) continue;
        const std::string about = tag->argument.is_none() ? t("web.flag.whole_turn") : "#" + std::to_string(tag->argument.value);
        const std::string text = t("console.tagging.tag", {{"fallacy", fallacy_name(frame, tag->fallacy)}, {"about", about}});
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (ui::px(36) - ui::badge_size(text).y) / 2);
        ui::badge(text, theme::palette().over_soft, theme::palette().problem_ink);
        ImGui::SameLine();
        ImGui::SetCursorPosY(y);
        if (small_button(t("console.tagging.retract") + "##retract_tag_" + std::to_string(id.value)))
            send_tagging(ui.tagging, out, core::RetractFallacyTag{id}, false);
    }
}

// One row of toggles when all five fit; else what answers the statement (and a question)
// above what answers an argument: two rows at a console's usual width.
void draw_kind_toggles(const Texts& t, TaggingForm& form, float width) {
    using Row = std::vector<ArgumentKind>;
    const auto label = [&](ArgumentKind kind) { return t("console.tagging.kind_" + std::string(core::to_string(kind))); };
    // Each row's button widths, empty when a row does not fit side by side.
    const auto widths_of = [&](const Row& row) {
        std::vector<std::string> labels;
        for (ArgumentKind kind : row) labels.push_back(label(kind));
        return floor_ui::row_widths(std::vector<std::string_view>(labels.begin(), labels.end()), width);
    };
    using Kind = ArgumentKind;
    const std::vector<std::vector<Row>> layouts{
        {{kinds.begin(), kinds.end()}},
        {{Kind::pro, Kind::contra, Kind::question}, {Kind::support, Kind::rebuttal}},
        {{Kind::pro, Kind::contra}, {Kind::question, Kind::support}, {Kind::rebuttal}},
        {{Kind::pro}, {Kind::contra}, {Kind::question}, {Kind::support}, {Kind::rebuttal}},
    };
    std::vector<Row> rows = layouts.back();
    for (const auto& layout : layouts)
        if (std::all_of(layout.begin(), layout.end(), [&](const Row& row) { return !widths_of(row).empty(); })) {
            rows = layout;
            break;
        }
    for (const Row& row : rows) {
        auto widths = widths_of(row);
        if (widths.empty()) widths.assign(row.size(), width);
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) ImGui::SameLine();
            const std::string name(core::to_string(row[i]));
            if (ui::button(label(row[i]) + "##kind_" + name, ImVec2(widths[i], 0),
                           form.kind == row[i] ? theme::primary() : theme::secondary()))
                form.kind = row[i];
            const auto number = static_cast<int>(std::find(kinds.begin(), kinds.end(), row[i]) - kinds.begin()) + 1;
            tooltip_on_hover(t("console.tagging.kind_key", {{"kind", name}, {"number", std::to_string(number)}}));
        }
    }
    // Alt+1…5 while typing the note: the hands stay on the keyboard. (The console's own
    // letter keys ignore Alt, so these never collide with them.)
    const ImGuiIO& io = ImGui::GetIO();
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (io.KeyAlt && !io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_1 + static_cast<int>(i), false)) form.kind = kinds[i];
}

void draw_tagging_target(const ConsoleFrame& frame, TaggingForm& form, const core::Turn& turn, float width) {
    const Texts& t = frame.texts;
    ui::text(t("console.tagging.target"), {ui::context().fonts.bold});
    const core::Argument* target = frame.state.argument(form.target);
    const std::string preview = target ? argument_label(frame.state, *target) : t("console.tagging.the_statement");
    std::vector<const core::Argument*> choices;
    const auto count = [&] {
        for (const auto& argument : frame.state.arguments)
            if (argument.in_graph() && argument.statement == turn.statement &&
                (form.editing.is_none() || argument.id < form.editing))
                choices.push_back(&argument);
        return static_cast<int>(choices.size()) + 1;
    };
    combo_rows("##tag_target", preview, width, count, [&](int i) {
        if (i == 0) {
            if (combo_option("##target_0", form.target.is_none(), t("console.tagging.the_statement"))) form.target = {};
            return;
        }
        const core::Argument& argument = *choices[static_cast<std::size_t>(i - 1)];
        if (combo_option("##target_" + std::to_string(argument.id.value), argument.id == form.target,
                   argument_label(frame.state, argument)))
            form.target = argument.id;
    });
}

void draw_evidence(const Texts& t, TaggingForm& form, float width) {
    ui::text(t("console.tagging.evidence"), {ui::context().fonts.bold});
    const auto count = [] { return static_cast<int>(evidences.size()); };
    combo_rows("##tag_evidence", t.evidence(form.evidence), width, count, [&](int i) {
        const EvidenceKind evidence = evidences[static_cast<std::size_t>(i)];
        if (combo_option("##evidence_" + std::string(core::to_string(evidence)), evidence == form.evidence,
                   t.evidence(evidence)))
            form.evidence = evidence;
    });
}

void draw_argument_form(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, const core::Turn& turn,
                        float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    TaggingForm& form = ui.tagging;
    if (!form.editing.is_none())
        ui::text(t("console.tagging.editing", {{"id", std::to_string(form.editing.value)}}), {fonts.bold, theme::palette().accent});
    draw_kind_toggles(t, form, width);
    const float gap = ui::px(12);
    if (width >= ui::px(520)) {
        const float left = std::floor((width - gap) * 0.62f);
        const float x = ImGui::GetCursorPosX();
        const float y = ImGui::GetCursorPosY();
        ImGui::BeginGroup();
        draw_tagging_target(frame, form, turn, left);
        ImGui::EndGroup();
        ImGui::SetCursorPos(ImVec2(x + left + gap, y));
        ImGui::BeginGroup();
        draw_evidence(t, form, width - left - gap);
        ImGui::EndGroup();
    } else {
        draw_tagging_target(frame, form, turn, width);
        draw_evidence(t, form, width);
    }
    ui::text(t("console.tagging.note"), {fonts.bold});
    if (form.focus_note) {
        ImGui::SetKeyboardFocusHere();
        form.focus_note = false;
    }
    ui::input_text("##tag_note", &form.text, t("console.tagging.note_hint"), width);
    const bool ready = !form.text.empty() && !frame.is_busy(ConsoleArea::tagging);
    bool submit = ui::entered() && ready;
    const bool editing = !form.editing.is_none();
    const float cancel_width = editing ? ui::text_size(t("console.tagging.cancel"), fonts.bold).x + ui::px(40) : 0.0f;
    ImGui::BeginDisabled(!ready);
    const char* label = editing ? "console.tagging.save" : "console.tagging.submit";
    submit |= ui::button(t(label) + "##tag_submit", ImVec2(width - (editing ? cancel_width + gap : 0.0f), 0),
                         theme::primary());
    ImGui::EndDisabled();
    if (editing) {
        ImGui::SameLine(0, gap);
        if (ui::button(t("console.tagging.cancel") + "##tag_cancel", ImVec2(cancel_width, 0))) clear_argument(form);
    }
    if (form.text.empty()) ui::text(t("console.tagging.need_note"), {fonts.small, theme::palette().muted});
    if (submit) {
        if (editing)
            send_tagging(form, out, core::CorrectArgument{form.editing, form.kind, form.target, form.evidence, form.text}, false);
        else
            send_tagging(form, out, core::TagArgument{turn.id, form.kind, form.target, form.evidence, form.text}, false);
        clear_argument(form);
        form.focus_note = true;
    }
    if (!form.answer_at_fallacy) draw_console_notice(frame, out, ConsoleArea::tagging, width);
}

void draw_fallacy_form(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, const core::Turn& turn,
                       float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    TaggingForm& form = ui.tagging;
    ui::text(t("console.tagging.fallacy_heading"), {fonts.heading});
    if (form.focus_fallacy) {
        ImGui::SetKeyboardFocusHere();
        form.focus_fallacy = false;
    }
    ui::input_text("##fallacy_search", &form.fallacy_query, t("web.flag.search_placeholder"), width);
    const auto shown = filter_fallacies(frame.state.config.catalog, form.fallacy_query);
    // Enter in the search field takes the first match: type "stro", Enter, done.
    if (ui::entered() && !shown.empty()) form.fallacy_choice = shown.front()->id;
    {
        BoundedList list("tag_fallacies", width, ui::px(200));
        draw_fallacy_choices(frame, shown, form.fallacy_choice, width - ImGui::GetStyle().ScrollbarSize);
    }
    if (shown.empty())
        ui::text_wrapped(t("web.flag.no_match", {{"query", form.fallacy_query}}), {fonts.small, theme::palette().muted});

    ui::text(t("console.tagging.fallacy_about"), {fonts.bold});
    const core::Argument* about = frame.state.argument(form.fallacy_argument);
    std::vector<const core::Argument*> choices;
    const auto count = [&] {
        for (core::ArgumentId id : turn.arguments)
            if (live(frame.state.argument(id))) choices.push_back(frame.state.argument(id));
        return static_cast<int>(choices.size()) + 1;
    };
    combo_rows("##fallacy_about", about ? argument_label(frame.state, *about) : t("web.flag.whole_turn"), width, count,
               [&](int i) {
                   if (i == 0) {
                       if (combo_option("##about_0", form.fallacy_argument.is_none(), t("web.flag.whole_turn"))) form.fallacy_argument = {};
                       return;
                   }
                   const core::Argument& argument = *choices[static_cast<std::size_t>(i - 1)];
                   if (combo_option("##about_" + std::to_string(argument.id.value), argument.id == form.fallacy_argument,
                              argument_label(frame.state, argument)))
                       form.fallacy_argument = argument.id;
               });
    ui::input_text("##fallacy_note", &form.fallacy_note, t("console.tagging.fallacy_note_hint"), width);
    const bool ready = !form.fallacy_choice.empty() && !frame.is_busy(ConsoleArea::tagging);
    bool submit = ui::entered() && ready;
    ImGui::BeginDisabled(!ready);
    submit |= ui::button(t("console.tagging.fallacy_submit") + "##fallacy_submit", ImVec2(width, 0), theme::primary());
    ImGui::EndDisabled();
    if (form.fallacy_choice.empty()) ui::text(t("web.flag.choose"), {fonts.small, theme::palette().muted});
    if (submit) {
        send_tagging(form, out, core::TagFallacy{turn.id, form.fallacy_argument, form.fallacy_choice, form.fallacy_note}, true);
        form.fallacy_choice.clear();
        form.fallacy_query.clear();
        form.fallacy_note.clear();
        form.fallacy_argument = {};
    }
    if (form.answer_at_fallacy) draw_console_notice(frame, out, ConsoleArea::tagging, width);
}

}  // namespace

void draw_console_tagging(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    ui::Card card("tagging", width);
    ui::text(t("console.tagging.heading"), {ui::context().fonts.heading});
    const core::Turn* turn = frame.state.turn(frame.state.latest_turn());
    if (!turn) {
        ui::text_wrapped(t("console.tagging.no_turn"), {nullptr, theme::palette().muted});
        draw_console_notice(frame, out, ConsoleArea::tagging, card.inner_width());
        return;
    }
    forget_stale(frame.state, *turn, ui.tagging);
    draw_turn_line(frame, ui.tagging, out, *turn, card.inner_width());
    draw_turn_record(frame, ui, out, *turn, card.inner_width());
    ui::rule();
    draw_argument_form(frame, ui, out, *turn, card.inner_width());
    ui::rule();
    draw_fallacy_form(frame, ui, out, *turn, card.inner_width());
}

}  // namespace lagerhuis::app
