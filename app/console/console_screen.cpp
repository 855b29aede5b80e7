// The console window: the top bar, the global notice, then three columns. Left, the
// floor as it runs (statement, timer, queue); middle, the room and the tagging of the
// running turn; right, tabs for what comes in and what it adds up to (flags, polls,
// scores, people, joining). Each column scrolls on its own, so a long queue never
// pushes the timer out of sight.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_layout.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr float margin = 12;
constexpr float console_column_gap = 12;

constexpr std::array<ConsolePanel, 3> floor_panels{draw_console_statement, draw_console_timer, draw_console_queue};
constexpr std::array<ConsolePanel, 2> console_room_panels{draw_console_room, draw_console_tagging};
// On a short screen the running turn leads the left column and the queue the middle one,
// so both stay in view; the statement (also on the projector) comes after the turn.
constexpr std::array<ConsolePanel, 2> tight_floor_panels{draw_console_timer, draw_console_statement};
constexpr std::array<ConsolePanel, 3> tight_room_panels{draw_console_queue, draw_console_room, draw_console_tagging};

// Window heights in the UI's own units (pixels at 100 %) below which the console folds.
constexpr float roomy_height = 1100;
constexpr float short_height = 800;

ConsoleFit fit_for(float window_height) {
    const float units = window_height / ui::context().scale;
    if (units >= roomy_height) return ConsoleFit::roomy;
    return units >= short_height ? ConsoleFit::short_screen : ConsoleFit::tight;
}

struct Tab {
    ConsoleTab tab;
    const char* key;
    ConsolePanel panel;
};
constexpr std::array<Tab, 5> tabs{{
    {ConsoleTab::flags, "console.tab.flags", draw_console_flags},
    {ConsoleTab::polls, "console.tab.polls", draw_console_polls},
    {ConsoleTab::scores, "console.tab.scores", draw_console_scoreboard},
    {ConsoleTab::people, "console.tab.people", draw_console_people},
    {ConsoleTab::join, "console.tab.join", draw_console_join},
}};

int pending_flags(const core::State& state) {
    return static_cast<int>(std::count_if(state.flags.begin(), state.flags.end(),
                                          [](const core::Flag& flag) { return flag.outcome == core::FlagOutcome::pending; }));
}

std::string tab_label(const ConsoleFrame& frame, const Tab& tab) {
    std::string label = frame.texts(tab.key);
    const int count = tab.tab == ConsoleTab::flags    ? pending_flags(frame.state)
                      : tab.tab == ConsoleTab::people ? frame.room_count().in_session
                                                      : 0;
    if (count > 0) label += " (" + std::to_string(count) + ")";
    return label;
}

void draw_tab_row(const ConsoleFrame& frame, ConsoleUiState& ui, float width) {
    std::vector<std::string> labels;
    std::size_t open = 0;
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        labels.push_back(tab_label(frame, tabs[i]));
        if (tabs[i].tab == ui.tab) open = i;
    }
    if (const auto clicked = ui::tab_row("console_tab", labels, open, width)) ui.tab = tabs[*clicked].tab;
}

void draw_starting(const ConsoleFrame& frame, float width) {
    ui::space(80);
    ui::text_centred(frame.texts("console.starting"), width, {ui::context().fonts.heading, theme::palette().muted});
}

}  // namespace

std::optional<core::Millis> console_redraw_in(const ConsoleFrame& frame) {
    const core::Turn* turn = frame.state.turn(frame.state.current_turn);
    if (!turn || !turn->running_since) return std::nullopt;
    // The clock shows whole seconds (format_time_left): the next change is when the time
    // left crosses the next whole second; one frame then, none in between.
    const core::Millis left = turn->limit_ms - turn->spoken_ms(frame.now_ms);
    const core::Millis into_second = ((left % 1000) + 1000) % 1000;
    return (into_second == 0 ? 1000 : into_second) + 1;
}

void draw_console_screen(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out) {
    const float full_width = ui::begin_screen_window("Lagerhuis console");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    draw_console_top_bar(frame, ui, out, full_width);
    const float left = ui::px(margin);
    const float content_width = full_width - 2 * left;
    ui::space(8);
    ImGui::SetCursorPosX(left);
    const float before_notice = ImGui::GetCursorPosY();
    draw_console_notice(frame, out, ConsoleArea::global, content_width);
    ImGui::SetCursorPosX(left);
    draw_console_seat_requests(frame, out, content_width);
    if (ImGui::GetCursorPosY() > before_notice) ui::space(4);

    if (!frame.state.created) {
        draw_starting(frame, full_width);
    } else {
        const float top = ImGui::GetCursorPosY();
        const float height = viewport->WorkSize.y - top - ui::px(4);
        const float gap = ui::px(console_column_gap);
        const float floor_width = std::floor((content_width - 2 * gap) * 0.30f);
        const float room_width = std::floor((content_width - 2 * gap) * 0.37f);
        const float side_width = content_width - 2 * gap - floor_width - room_width;
        ui.fit = fit_for(viewport->WorkSize.y);
        const bool tight = ui.fit == ConsoleFit::tight;
        constexpr float panel_gap = theme::card_gap - 6;
        ImGui::SetCursorPos(ImVec2(left, top));
        ui::column("floor", floor_width, height, [&] {
            if (tight)
                ui::panel_list(tight_floor_panels, panel_gap, frame, ui, out);
            else
                ui::panel_list(floor_panels, panel_gap, frame, ui, out);
        });
        ImGui::SetCursorPos(ImVec2(left + floor_width + gap, top));
        ui::column("room", room_width, height, [&] {
            if (tight)
                ui::panel_list(tight_room_panels, panel_gap, frame, ui, out);
            else
                ui::panel_list(console_room_panels, panel_gap, frame, ui, out);
        });
        ImGui::SetCursorPos(ImVec2(left + floor_width + room_width + 2 * gap, top));
        ui::column("side", side_width, height, [&] {
            draw_tab_row(frame, ui, ImGui::GetContentRegionAvail().x);
            for (const auto& tab : tabs)
                if (tab.tab == ui.tab) tab.panel(frame, ui, out, ImGui::GetContentRegionAvail().x);
        });
    }
    ImGui::End();
    if (ui.shortcuts_open) draw_console_shortcuts(frame, ui, out);
    if (ui.display_open) draw_console_display(frame, ui, out);
}

}  // namespace lagerhuis::app
