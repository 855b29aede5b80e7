#include "cli/assets_location.hpp"

#include <system_error>

#include "platform/executable_path.hpp"

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
    // The running binary, links resolved (/usr/bin/lagerhuis, not a link to it elsewhere);
    // where the system does not say, the fallback serves.
    return choose_assets_dir(platform::executable_path(), LAGERHUIS_INSTALLED_ASSETS_FROM_BIN,
                             LAGERHUIS_FALLBACK_ASSETS_DIR);
}

}  // namespace lagerhuis::cli
