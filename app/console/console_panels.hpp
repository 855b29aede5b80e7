#pragma once
// The facilitator console, one panel per file (console_*.cpp), each a function of the
// frame (state, texts, clock) and the console's small UI state that appends what the
// gespreksleider asks for. Panels draw at the cursor, `width` pixels wide, through the
// recorded ui:: wrappers, so --dump-ui and the tests see what a person sees.
#include <optional>
#include <string>

#include "app/console/console_action.hpp"
#include "app/console/console_frame.hpp"
#include "app/console/console_ui_state.hpp"
#include "core/command.hpp"

namespace lagerhuis::app {

using ConsolePanel = void (*)(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);

// [SECTION] The whole window (console_screen.cpp): top bar, then three columns.
void draw_console_screen(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out);
// When the screen changes by itself next (a running clock's next second), in ms from
// frame.now_ms; nullopt while nothing moves, so the console sleeps until input arrives.
std::optional<core::Millis> console_redraw_in(const ConsoleFrame& frame);
// Keyboard shortcuts (console_keys.cpp), when no text field has the focus.
void handle_console_keys(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out);

// [SECTION] Panels
void draw_console_top_bar(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_statement(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_timer(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_queue(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_room(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_people(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_tagging(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_flags(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_polls(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_scoreboard(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
void draw_console_join(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width);
// A statement's opening position, polls and closing position as stacked bars, so the
// way the room moved shows at a glance (console_polls.cpp; the replay's charts too).
void draw_room_movement_chart(const ConsoleFrame& frame, const core::Statement& statement, float width);
// The F1 overlay: every shortcut (a modal window over the screen while ui.shortcuts_open).
void draw_console_shortcuts(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out);
// The Weergave panel (F6): the text size of the console and of the projector, and high
// contrast; a window over the screen while ui.display_open (console_display.cpp).
void draw_console_display(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out);
// Devices asking to take over someone's seat, each with allow and refuse
// (console_seat_requests.cpp); nothing when none asks.
void draw_console_seat_requests(const ConsoleFrame& frame, ConsoleActions& out, float width);
// The answer shown in `area` (a refusal in the facilitator's language), with a close
// button; nothing when there is none. `width` 0: the rest of the line.
void draw_console_notice(const ConsoleFrame& frame, ConsoleActions& out, ConsoleArea area, float width = 0.0f);

// [SECTION] Commands the keys and the panels share (one key does what one click does)
// Give the floor to the engine's suggestion (console_queue.cpp); nullopt: no hand raised.
std::optional<core::CommandBody> give_floor_to_suggestion(const core::State& state);
// Pause a running turn or resume a paused one (console_timer.cpp); nullopt: no turn.
std::optional<core::CommandBody> pause_or_resume(const core::State& state);
// Decide the oldest undecided flag group of the feed, every flag in it (console_flags.cpp).
std::vector<core::CommandBody> decide_oldest_flags(const core::State& state, core::FlagOutcome outcome);

}  // namespace lagerhuis::app
