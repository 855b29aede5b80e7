// The replay viewer's window: the top bar, a row of tabs, the open tab scrolling on its
// own, and the timeline across the bottom, always in sight, so every tab is one click
// from the top and every moment one click from the timeline.
#include <array>
#include <string>
#include <vector>

#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_layout.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"
#include "report/number_format.hpp"

namespace lagerhuis::app {

namespace {

constexpr float replay_margin = 12;

struct ReplayTabEntry {
    ReplayTab tab;
    const char* key;
    ReplayPanel panel;
};
constexpr std::array<ReplayTabEntry, 7> replay_tabs{{
    {ReplayTab::moment, "replay.tab.moment", draw_replay_moment},
    {ReplayTab::charts, "replay.tab.charts", draw_replay_charts},
    {ReplayTab::fallacies, "replay.tab.fallacies", draw_replay_fallacies},
    {ReplayTab::crossings, "replay.tab.crossings", draw_replay_crossings},
    {ReplayTab::arguments, "replay.tab.arguments", draw_replay_arguments},
    {ReplayTab::people, "replay.tab.people", draw_replay_people},
    {ReplayTab::notes, "replay.tab.notes", draw_replay_notes},
}};

std::string replay_tab_label(const ReplayView& view, const ReplayTabEntry& entry) {
    std::string label = view.texts(entry.key);
    const auto& board = view.session.final_board();
    const std::size_t count = entry.tab == ReplayTab::fallacies   ? board.fallacies.size()
                              : entry.tab == ReplayTab::crossings ? board.crossings.size()
                              : entry.tab == ReplayTab::notes     ? view.session.notes().size()
                                                                  : 0;
    if (count > 0) label += " (" + std::to_string(count) + ")";
    return label;
}

}  // namespace

std::string session_clock(const ReplayView& view, core::Millis at_ms) {
    return report::session_clock(at_ms - view.session.start_ms());
}

void moment_button(const ReplayView& view, ReplayActions& out, core::Millis at_ms, const char* id_tag, std::size_t id) {
    const std::string label = session_clock(view, at_ms) + "##" + id_tag + std::to_string(id);
    if (ui::button(label, ImVec2(0, ui::px(36)), theme::secondary(), ui::context().fonts.small)) out.push_back(SeekTo{at_ms});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", view.texts("replay.go_to_moment").c_str());
}

void draw_replay_screen(const ReplayView& view, ReplayUiState& ui, ReplayActions& out) {
    const float full_width = ui::begin_screen_window("Lagerhuis replay");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    draw_replay_top_bar(view, ui, out, full_width);
    const float left = ui::px(replay_margin);
    const float content_width = full_width - 2 * left;
    ui::space(8);
    ImGui::SetCursorPosX(left);
    std::vector<std::string> labels;
    std::size_t open = 0;
    for (std::size_t i = 0; i < replay_tabs.size(); ++i) {
        labels.push_back(replay_tab_label(view, replay_tabs[i]));
        if (replay_tabs[i].tab == ui.tab) open = i;
    }
    if (const auto clicked = ui::tab_row("replay_tab", labels, open, content_width)) ui.tab = replay_tabs[*clicked].tab;

    const float timeline_height = replay_timeline_height();
    const float top = ImGui::GetCursorPosY();
    const float height = viewport->WorkSize.y - top - timeline_height - ui::px(8);
    ImGui::SetCursorPos(ImVec2(left, top));
    ui::column("replay_tab_content", content_width, height, [&] {
        replay_tabs[open].panel(view, ui, out, ImGui::GetContentRegionAvail().x);
    });
    ImGui::SetCursorPos(ImVec2(0, viewport->WorkSize.y - timeline_height));
    draw_replay_timeline(view, ui, out, full_width);
    ImGui::End();
}

}  // namespace lagerhuis::app
