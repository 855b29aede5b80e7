#include "app/window/session_paths.hpp"

#include <algorithm>
#include <chrono>
#include <string>

#include "platform/user_folders.hpp"

namespace lagerhuis::app {

std::filesystem::path sessions_dir() { return platform::sessions_folder(); }

std::filesystem::path default_session_path(std::string_view prefix) {
    const std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d_%H%M%S", std::localtime(&now));
    return sessions_dir() / (std::string(prefix) + stamp + ".lagerhuis");
}

std::vector<RecentSession> recent_sessions(std::size_t most) {
    std::vector<RecentSession> found;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(sessions_dir(), error)) {
        if (!entry.is_regular_file(error) || entry.path().extension() != ".lagerhuis") continue;
        const auto written = entry.last_write_time(error);
        if (error) continue;
        const auto system = std::chrono::file_clock::to_sys(written);
        found.push_back({entry.path(), std::chrono::system_clock::to_time_t(system)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.modified > b.modified; });
    if (found.size() > most) found.resize(most);
    return found;
}

}  // namespace lagerhuis::app
