#pragma once
// `lagerhuis host`: the facilitator console. One window to run the whole debate from,
// with the host embedded (participants join this laptop), or as co-facilitator against
// a host on another laptop; a projector window for the room on F5.
#include <filesystem>
#include <optional>
#include <string>
#include <variant>

#include "app/window/app_window.hpp"
#include "app/console/console_local_link.hpp"
#include "app/console/console_remote_link.hpp"
#include "core/enums.hpp"

namespace lagerhuis::app {

struct ConsoleAppOptions {
    std::variant<LocalLinkOptions, RemoteLinkOptions> link;
    // Ask first (new session or a recent file) on the start screen; `link` is then the
    // LocalLinkOptions to start with, its session and setup filled in from the choice.
    bool start_screen = false;
    std::optional<core::Language> language;  // empty: the remembered one, else Dutch
    std::filesystem::path assets;            // the folder with messages.ini
    std::filesystem::path settings_file;     // empty: default_settings_file()
    WindowOptions window;
    bool projector = false;                  // open the projector window at the start
    std::optional<int> projector_monitor;    // fullscreen on this monitor (0-based)
    std::optional<int> projector_text_size;  // percent, over the remembered one (--projector-text-size)
    std::filesystem::path projector_screenshot;  // with --frames: the projector's last frame
    std::filesystem::path projector_dump_ui;
    bool profile = false;  // print frame statistics when the window closes
};

// Runs the console until its window closes; the embedded host stops with it (the
// session file is checkpointed). Returns the exit code; problems that stop it (port
// taken, file in use, no display) are said on stderr.
int run_console_app(const ConsoleAppOptions& options);

}  // namespace lagerhuis::app
