#pragma once
// Where session files live when nobody says otherwise (platform/user_folders.hpp: on
// Linux ~/.local/share/lagerhuis/sessions, on Windows Documents\Lagerhuis), named after
// the moment they were started.
// The console's start screen lists the recent ones.
#include <ctime>
#include <filesystem>
#include <string_view>
#include <vector>

namespace lagerhuis::app {

std::filesystem::path sessions_dir();
// sessions_dir()/<prefix>2026-11-29_143000.lagerhuis
std::filesystem::path default_session_path(std::string_view prefix = {});

struct RecentSession {
    std::filesystem::path path;
    std::time_t modified = 0;
};
// The newest `most` .lagerhuis files in sessions_dir(), newest first (none when it is missing).
std::vector<RecentSession> recent_sessions(std::size_t most);

}  // namespace lagerhuis::app
