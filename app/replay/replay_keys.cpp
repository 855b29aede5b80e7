// The replay viewer from the keyboard: Space plays and pauses, the arrows step five
// seconds (thirty with Shift), Page Up and Page Down jump to the previous or next
// flagged moment or crossing, Home and End to the ends, Ctrl+1…7 open the tabs.
// Nothing acts while a text field (a note) has the focus.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/replay/replay_panels.hpp"

namespace lagerhuis::app {

namespace {

constexpr core::Millis small_step = 5'000;
constexpr core::Millis large_step = 30'000;
constexpr ReplayTab tab_keys[] = {ReplayTab::moment,    ReplayTab::charts, ReplayTab::fallacies, ReplayTab::crossings,
                                  ReplayTab::arguments, ReplayTab::people, ReplayTab::notes};

bool pressed(int key) { return ImGui::IsKeyPressed(key, true); }

}  // namespace

void handle_replay_keys(const ReplayView& view, ReplayUiState& ui, ReplayActions& out) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    const ReplaySession& session = view.session;
    const core::Millis now = session.at_ms();
    if (ImGui::IsKeyPressed(GLFW_KEY_SPACE, false)) {
        if (!ui.playing && now >= session.end_ms()) out.push_back(SeekTo{session.start_ms()});
        ui.playing = !ui.playing;
    }
    const core::Millis step = io.KeyShift ? large_step : small_step;
    if (pressed(GLFW_KEY_LEFT)) out.push_back(SeekTo{now - step});
    if (pressed(GLFW_KEY_RIGHT)) out.push_back(SeekTo{now + step});
    if (pressed(GLFW_KEY_PAGE_UP))
        if (const auto at = previous_moment(view.timeline, now)) out.push_back(SeekTo{*at});
    if (pressed(GLFW_KEY_PAGE_DOWN))
        if (const auto at = next_moment(view.timeline, now)) out.push_back(SeekTo{*at});
    if (pressed(GLFW_KEY_HOME)) out.push_back(SeekTo{session.start_ms()});
    if (pressed(GLFW_KEY_END)) out.push_back(SeekTo{session.end_ms()});
    if (io.KeyCtrl)
        for (int i = 0; i < 7; ++i)
            if (ImGui::IsKeyPressed(GLFW_KEY_1 + i, false)) ui.tab = tab_keys[i];
}

}  // namespace lagerhuis::app
