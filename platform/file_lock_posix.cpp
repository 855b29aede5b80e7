#include "platform/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lagerhuis::platform {

namespace {

std::string read_text(int fd) {
    std::string text(1024, '\0');
    const ssize_t size = ::pread(fd, text.data(), text.size(), 0);
    text.resize(size > 0 ? static_cast<std::size_t>(size) : 0);
    return text;
}

std::string system_problem(std::string_view what, const std::filesystem::path& path) {
    return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

FileLockAttempt FileLock::acquire(const std::filesystem::path& path, std::string_view text) {
    FileLockAttempt attempt;
    // The previous holder unlinks the file as it releases it; whoever opened that old
    // file meanwhile holds a lock nobody else sees, so it checks and tries again.
    for (int round = 0; round < 100; ++round) {
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            attempt.problem = system_problem("cannot create the lock file", path);
            return attempt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno == EWOULDBLOCK) {
                attempt.held_by_other = true;
                attempt.holder_text = read_text(fd);
            } else {
                attempt.problem = system_problem("cannot lock", path);
            }
            ::close(fd);
            return attempt;
        }
        struct stat opened {}, named {};
        if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0 || opened.st_ino != named.st_ino ||
            opened.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
            attempt.problem = system_problem("cannot write the lock file", path);
            ::unlink(path.c_str());
            ::close(fd);
            return attempt;
        }
        attempt.lock = FileLock(fd, path);
        return attempt;
    }
    attempt.problem = "cannot take the lock file " + path.string() + ": it keeps being replaced";
    return attempt;
}

std::optional<std::string> FileLock::holder_text(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;  // no lock file: nobody holds it
    std::optional<std::string> holder;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) holder = read_text(fd);
    } else {
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return holder;
}

void FileLock::release() {
    if (handle_ == -1) return;
    ::unlink(path_.c_str());
    ::close(static_cast<int>(handle_));
    handle_ = -1;
}

}  // namespace lagerhuis::platform
