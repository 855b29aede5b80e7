#pragma once
// `lagerhuis replay FILE`: the trainer's replay viewer. Opens a session file read-only
// (also while a host runs it, following it live), shows any moment with the console's
// panels, the timeline, charts, drogredenen, crossings, arguments, feedback cards and
// notes, and exports the HTML report or CSV tables with a progress bar.
#include <filesystem>
#include <optional>

#include "app/window/app_window.hpp"
#include "app/replay/replay_ui_state.hpp"
#include "core/enums.hpp"
#include "core/ids.hpp"

namespace lagerhuis::app {

struct ReplayAppOptions {
    std::filesystem::path session;
    std::optional<core::Millis> at_ms;  // since the session's start; empty: its end
    std::optional<ReplayTab> tab;
    std::optional<core::Language> language;
    std::filesystem::path assets;
    std::filesystem::path settings_file;
    WindowOptions window;
    bool play = false;  // start playing (at options.speed)
    int speed = 1;
};

// Runs the viewer until its window closes; returns the exit code. A file that cannot be
// opened is said on stderr (and the code is 2).
int run_replay_app(const ReplayAppOptions& options);

// "overview" names: moment, charts, fallacies, crossings, arguments, feedback, notes.
std::optional<ReplayTab> replay_tab_named(std::string_view name);

}  // namespace lagerhuis::app
