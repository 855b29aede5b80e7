#include "platform/file_sync.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lagerhuis::platform {

namespace {

std::optional<std::string> sync_path(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return "cannot open " + path.string() + ": " + std::strerror(errno);
    const bool ok = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok) return "cannot sync " + path.string() + ": " + std::strerror(error);
    return std::nullopt;
}

}  // namespace

std::optional<std::string> sync_file(const std::filesystem::path& path) { return sync_path(path, O_RDONLY); }

std::optional<std::string> sync_folder(const std::filesystem::path& folder) {
    return sync_path(folder, O_RDONLY | O_DIRECTORY);
}

}  // namespace lagerhuis::platform
