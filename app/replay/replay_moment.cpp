// The moment tab: the room at the moment on the timeline, drawn by the console's own
// panels in review mode (no buttons), fed by the replay engine's state and its
// scoreboard. Left the statement, the speaker's clock and the polls; in the middle the
// benches; right the scoreboard with the argument graph, and the flags as they stood.
#include <algorithm>
#include <array>
#include <cmath>

#include "app/console/console_panels.hpp"
#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_layout.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

constexpr float moment_column_gap = 12;

constexpr std::array<ConsolePanel, 3> moment_floor_panels{draw_console_statement, draw_console_timer, draw_console_polls};
constexpr std::array<ConsolePanel, 1> moment_room_panels{draw_console_room};
constexpr std::array<ConsolePanel, 2> moment_score_panels{draw_console_scoreboard, draw_console_flags};

}  // namespace

void draw_replay_moment(const ReplayView& view, ReplayUiState& ui, ReplayActions&, float width) {
    // The console panels append nothing in review mode; their list is kept for the signature.
    ConsoleActions ignored;
    const ConsoleFrame& frame = view.moment;
    const float gap = ui::px(moment_column_gap);
    const float floor_width = std::floor((width - 2 * gap) * 0.28f);
    const float room_width = std::floor((width - 2 * gap) * 0.36f);
    const float score_width = width - 2 * gap - floor_width - room_width;
    const float height = ImGui::GetContentRegionAvail().y;
    const ImVec2 top = ImGui::GetCursorPos();
    ui::column("moment_floor", floor_width, height,
               [&] { ui::panel_list(moment_floor_panels, theme::card_gap - 6, frame, ui.console, ignored); });
    ImGui::SetCursorPos(ImVec2(top.x + floor_width + gap, top.y));
    ui::column("moment_room", room_width, height,
               [&] { ui::panel_list(moment_room_panels, theme::card_gap - 6, frame, ui.console, ignored); });
    ImGui::SetCursorPos(ImVec2(top.x + floor_width + room_width + 2 * gap, top.y));
    ui::column("moment_scores", score_width, height,
               [&] { ui::panel_list(moment_score_panels, theme::card_gap - 6, frame, ui.console, ignored); });
    // A click on a person's tile opens their feedback card.
    if (!ui.console.people.selected.is_none()) {
        ui.person = ui.console.people.selected;
        ui.tab = ReplayTab::people;
        ui.console.people.selected = {};
    }
}

}  // namespace lagerhuis::app
