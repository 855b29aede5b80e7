#include "platform/executable_path.hpp"

#include <system_error>

namespace lagerhuis::platform {

std::filesystem::path executable_path() {
    std::error_code unknown;
    auto executable = std::filesystem::read_symlink("/proc/self/exe", unknown);
    return unknown ? std::filesystem::path() : executable;
}

}  // namespace lagerhuis::platform
