#pragma once
// The replay viewer, one part per file (replay_*.cpp): each a function of the view and
// the viewer's small UI state that appends what the trainer asks for. The moment tab
// reuses the console's panels in review mode; the other tabs read the whole session.
#include <optional>

#include "app/replay/replay_action.hpp"
#include "app/replay/replay_ui_state.hpp"
#include "app/replay/replay_view.hpp"

namespace lagerhuis::app {

using ReplayPanel = void (*)(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);

// [SECTION] The whole window (replay_screen.cpp): top bar, tabs, the open tab, timeline.
void draw_replay_screen(const ReplayView& view, ReplayUiState& ui, ReplayActions& out);
// Space, arrows, Page Up/Down, 1–7 (replay_keys.cpp), when no text field has the focus.
void handle_replay_keys(const ReplayView& view, ReplayUiState& ui, ReplayActions& out);

// [SECTION] Parts
void draw_replay_top_bar(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
// Across the bottom: play/pause, speed, previous/next moment, the time, and the bar of
// turns and marks to click or drag.
void draw_replay_timeline(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
float replay_timeline_height();

// [SECTION] Tabs
void draw_replay_moment(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
void draw_replay_charts(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
void draw_replay_fallacies(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
void draw_replay_crossings(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
void draw_replay_arguments(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
void draw_replay_people(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);
void draw_replay_notes(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width);

// [SECTION] Shared by the tabs
// A small "12:34" button that moves the timeline to that moment.
void moment_button(const ReplayView& view, ReplayActions& out, core::Millis at_ms, const char* id_tag, std::size_t id);
// "12:34" (or "1:02:34") since the session's first event.
std::string session_clock(const ReplayView& view, core::Millis at_ms);

}  // namespace lagerhuis::app
