#include "platform/user_folders.hpp"

#include <cstdlib>

namespace lagerhuis::platform {

namespace {

std::filesystem::path xdg_folder(const char* variable, const char* under_home) {
    if (const char* set = std::getenv(variable); set && *set) return set;
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / under_home;
    return ".";
}

}  // namespace

std::filesystem::path settings_folder() { return xdg_folder("XDG_CONFIG_HOME", ".config") / "lagerhuis"; }

std::filesystem::path sessions_folder() {
    return xdg_folder("XDG_DATA_HOME", ".local/share") / "lagerhuis" / "sessions";
}

}  // namespace lagerhuis::platform
