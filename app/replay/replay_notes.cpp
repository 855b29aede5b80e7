// The trainer's notes: pinned to the moment on the timeline or to an argument, kept in
// the session file beside the log (never in it), shown as marks on the timeline and in
// the HTML report. While a host still writes the file, notes wait: the viewer says who
// holds it. A JSONL log has no place for notes; the viewer says so.
#include <algorithm>
#include <string>

#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

std::string argument_label(const ReplayView& view, const core::ArgumentReport& argument) {
    return "#" + std::to_string(argument.id.value) + " " + view.whole.name_of(argument.speaker) + ": " + argument.text;
}

void draw_form(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    NoteForm& form = ui.note;
    ui::input_text("##note_text", &form.text, t("replay.notes.hint"), width);
    const std::string moment = t("replay.notes.on_moment", {{"time", session_clock(view, view.session.at_ms())}});
    bool on_moment = !form.on_argument;
    if (ui::toggle("note_pin", on_moment, moment, t("replay.notes.on_argument"))) form.on_argument = !on_moment;
    if (form.on_argument) {
        const core::ArgumentReport* chosen = view.whole.argument(form.argument);
        if (ui::begin_combo("##note_argument", chosen ? argument_label(view, *chosen) : t("replay.notes.choose_argument"), width)) {
            for (const auto& argument : view.session.final_board().arguments) {
                const std::string label = argument_label(view, argument);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                if (ui::selectable("##note_argument_" + std::to_string(argument.id.value), argument.id == form.argument,
                                   ImVec2(width, fonts.small->FontSize + ui::px(6)), label))
                    form.argument = argument.id;
                ui::text_at(ImVec2(at.x + ui::px(4), at.y + ui::px(3)), ui::fit_text(label, fonts.small, width - ui::px(8)),
                            {fonts.small, theme::palette().ink});
            }
            ui::end_combo();
        }
    }
    const bool ready = !ui::trimmed(form.text).empty() && (!form.on_argument || !form.argument.is_none());
    ImGui::BeginDisabled(!ready);
    if (ui::button(t("replay.notes.add") + "##add_note", ImVec2(0, 0), theme::primary())) {
        store::Annotation note;
        note.text = ui::trimmed(form.text);
        if (form.on_argument)
            note.argument = form.argument;
        else
            note.at_ms = view.session.at_ms();
        out.push_back(AddNote{std::move(note)});
        form.text.clear();
    }
    ImGui::EndDisabled();
    if (!view.note_problem.empty()) ui::text_wrapped(view.note_problem, {fonts.small, theme::palette().over});
}

}  // namespace

void draw_replay_notes(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    ui::Card card("replay_notes", width);
    ui::text(t("replay.notes.heading"), {fonts.heading});
    ui::text_wrapped(t("replay.notes.explain"), {fonts.small, theme::palette().muted});
    if (!view.session.keeps_notes()) {
        ui::text_wrapped(t("replay.notes.no_file"), {nullptr, theme::palette().warn});
    } else if (view.host_holder) {
        ui::text_wrapped(t("replay.notes.host_holds", {{"holder", *view.host_holder}}), {nullptr, theme::palette().warn});
    } else {
        draw_form(view, ui, out, card.inner_width());
    }
    ui::rule();
    const auto& notes = view.session.notes();
    if (notes.empty()) {
        ui::text_wrapped(t("replay.notes.none"), {nullptr, theme::palette().muted});
        return;
    }
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const store::Annotation& note = notes[i];
        const core::Argument* argument = view.session.final_state().argument(note.argument);
        const core::Millis at = note.at_ms ? *note.at_ms
                                : argument ? view.session.time_of(argument->seq)
                                           : view.session.start_ms();
        moment_button(view, out, at, "note", i);
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.inner_width() - ui::px(200));
        ui::text(note.text);
        ImGui::PopTextWrapPos();
        std::string meta = note.author.empty() ? note.created_at : note.author + " · " + note.created_at;
        if (const auto* report = view.whole.argument(note.argument)) meta = argument_label(view, *report) + " · " + meta;
        ui::text(ui::fit_text(meta, fonts.small, card.inner_width() - ui::px(200)), {fonts.small, theme::palette().muted});
        ImGui::EndGroup();
        if (view.session.keeps_notes() && !view.host_holder) {
            ImGui::SameLine();
            if (ui::button(t("replay.notes.remove") + "##remove_note" + std::to_string(note.id), ImVec2(0, ui::px(36)),
                           theme::secondary(), fonts.small))
                out.push_back(RemoveNote{note.id});
        }
        ui::space(4);
    }
}

}  // namespace lagerhuis::app
