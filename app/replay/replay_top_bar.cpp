// The replay viewer's top bar: what is being reviewed (the session's title and file),
// whether a host is still writing it (the viewer follows it live), the exports with
// their progress, and the language switch.
#include <algorithm>
#include <string>

#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/top_bar_widgets.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

void draw_replay_top_bar(const ReplayView& view, ReplayUiState&, ReplayActions& out, float width) {
    const Texts& t = view.texts;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float middle = ui::top_bar_background(width);
    const float inset = ui::px(16);
    float right = at.x + width - inset;

    if (const auto language = ui::language_switch(t.language(), right, middle, right))
        out.push_back(ReplayLanguage{*language});
    bool clicked = false;
    if (view.exporting.running) {
        const std::string progress =
            t("replay.export.running", {{"percent", std::to_string(static_cast<int>(view.exporting.fraction * 100))}});
        right = ui::status_pill(progress, theme::palette().connecting, right - ui::px(12), middle);
        const float bar_width = ui::px(120);
        ImGui::SetCursorScreenPos(ImVec2(right - bar_width - ui::px(8), middle - ui::px(5)));
        ui::bar(static_cast<float>(view.exporting.fraction), bar_width, ui::px(10), theme::palette().online, theme::palette().accent_hover);
        right -= bar_width + ui::px(8);
    } else {
        right = ui::bar_button(t("replay.export.csv") + "##export_csv", right - ui::px(8), middle, false, clicked);
        if (clicked) out.push_back(StartExport{ExportFormat::csv});
        right = ui::bar_button(t("replay.export.html") + "##export_html", right - ui::px(8), middle, false, clicked);
        if (clicked) out.push_back(StartExport{ExportFormat::html});
    }
    if (view.host_holder) right = ui::status_pill(t("replay.live"), theme::palette().online, right - ui::px(12), middle);

    const core::State& state = view.session.final_state();
    const std::string title = t("replay.title", {{"title", state.config.title.empty() ? std::string("Lagerhuis") : state.config.title}});
    ImFont* heading = ui::context().fonts.heading;
    ImFont* small = ui::context().fonts.small;
    const float room = std::max(0.0f, right - ui::px(16) - (at.x + inset));
    const std::string file = view.session.path().filename().string();
    const float title_y = file.empty() ? middle - heading->FontSize / 2 : middle - (heading->FontSize + small->FontSize) / 2;
    ui::text_at(ImVec2(at.x + inset, title_y), ui::fit_text(title, heading, room), {heading, theme::palette().white});
    if (!file.empty())
        ui::text_at(ImVec2(at.x + inset, title_y + heading->FontSize), ui::fit_text(file, small, room), {small, theme::palette().disabled});
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + ui::top_bar_height()));
    // Where the last export went, or why it failed, under the bar.
    if (!view.exporting.written.empty() || !view.exporting.problem.empty()) {
        ui::space(6);
        ImGui::SetCursorScreenPos(ImVec2(at.x + inset, ImGui::GetCursorScreenPos().y));
        if (!view.exporting.problem.empty())
            ui::text(view.exporting.problem, {small, theme::palette().over});
        else
            ui::text(t("replay.export.done", {{"path", view.exporting.written}}), {small, theme::palette().ok});
    }
}

}  // namespace lagerhuis::app
