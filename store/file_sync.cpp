#include "store/file_sync.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lagerhuis::store {

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

std::optional<std::string> rename_durably(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code error;
    std::filesystem::rename(from, to, error);
    if (error) return "cannot rename " + from.string() + " to " + to.string() + ": " + error.message();
    const auto parent = to.has_parent_path() ? to.parent_path() : std::filesystem::path(".");
    return sync_path(parent, O_RDONLY | O_DIRECTORY);
}

}  // namespace lagerhuis::store
