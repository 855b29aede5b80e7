// The join form: the session code from the screen in the room, and a name.
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

void draw_join(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const bool busy = frame.snapshot.phase == ParticipantPhase::joining;
    ui::Card card("join", width, ui::CardLook().inset(24));
    ui::text_wrapped(t("web.join.heading"), {fonts.title});
    ui::text_wrapped(t("web.join.intro"), {nullptr, theme::palette().muted});
    if (!frame.snapshot.host.empty()) ui::text(t("app.join.host", {{"host", frame.snapshot.host}}), {fonts.small, theme::palette().muted});
    ui::space(6);

    ui::text(t("web.join.code"), {fonts.bold});
    ui::input_text("##code", &ui.join_code, {}, card.inner_width());
    bool submit = ui::entered();
    ui::space(4);
    ui::text(t("web.join.name"), {fonts.bold});
    ui::input_text("##name", &ui.join_name, {}, card.inner_width());
    submit = ui::entered() || submit;
    draw_notice(frame, ui, out, NoticeArea::join);
    ui::space(4);

    ImGui::BeginDisabled(busy);
    const std::string label = t(busy ? "web.join.busy" : "web.join.submit") + "##join";
    submit = ui::button(label, ImVec2(card.inner_width(), 0), theme::primary()) || submit;
    ImGui::EndDisabled();

    if (!submit || busy) return;
    const std::string code = ui::trimmed(ui.join_code);
    const std::string name = ui::trimmed(ui.join_name);
    if (code.empty()) return show_local_notice(frame, ui, out, NoticeArea::join, {"web.join.code_missing", {}});
    if (name.empty()) return show_local_notice(frame, ui, out, NoticeArea::join, {"name_empty", {}});
    ui.clear(NoticeArea::join);
    out.push_back(JoinAction{code, name});
}

}  // namespace lagerhuis::app
