#include "cli/assets_location.hpp"

#include <system_error>

namespace lagerhuis::cli {

std::filesystem::path choose_assets_dir(const std::filesystem::path& executable,
                                        const std::filesystem::path& relative,
                                        const std::filesystem::path& fallback) {
    const auto installed = (executable.parent_path() / relative).lexically_normal();
    std::error_code ignored;
    if (!executable.empty() && std::filesystem::is_regular_file(installed / "messages.ini", ignored)) return installed;
    if (!fallback.empty()) return fallback;
    return installed;
}

std::filesystem::path default_assets_dir() {
    // Linux names the running binary here, symlinks resolved (/usr/bin/lagerhuis, not a
    // link to it elsewhere); where it is missing, the fallback serves.
    std::error_code unknown;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", unknown);
    return choose_assets_dir(unknown ? std::filesystem::path() : executable, LAGERHUIS_INSTALLED_ASSETS_FROM_BIN,
                             LAGERHUIS_FALLBACK_ASSETS_DIR);
}

}  // namespace lagerhuis::cli
