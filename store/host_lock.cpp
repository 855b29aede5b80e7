#include "store/host_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <utility>

namespace lagerhuis::store {

namespace {

std::string this_host() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

std::string describe(const LockHolder& holder) {
    if (holder.pid == 0) return "in use by another program (its lock file does not say which yet)";
    return "in use by " + (holder.program.empty() ? std::string("another program") : holder.program) + ", pid " +
           std::to_string(holder.pid) + " on host " + (holder.host.empty() ? std::string("?") : holder.host);
}

// "pid=1234\nhost=zaal-3\nprogram=lagerhuis serve\n"
std::string holder_text(const LockHolder& holder) {
    return "pid=" + std::to_string(holder.pid) + "\nhost=" + holder.host + "\nprogram=" + holder.program + "\n";
}

LockHolder read_holder(int fd) {
    std::string text(1024, '\0');
    const ssize_t size = ::pread(fd, text.data(), text.size(), 0);
    text.resize(size > 0 ? static_cast<std::size_t>(size) : 0);
    LockHolder holder;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) continue;
        const std::string key = line.substr(0, equals), value = line.substr(equals + 1);
        if (key == "pid") holder.pid = std::atol(value.c_str());
        else if (key == "host") holder.host = value;
        else if (key == "program") holder.program = value;
    }
    return holder;
}

std::string system_error(std::string_view what, const std::filesystem::path& path) {
    return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

std::filesystem::path HostLock::lock_path(const std::filesystem::path& session_file) {
    return session_file.string() + ".lock";
}

core::Result<HostLock, StoreError> HostLock::acquire(const std::filesystem::path& session_file, std::string_view program) {
    const std::filesystem::path path = lock_path(session_file);
    const std::string file = session_file.string();
    // The previous holder unlinks the lock file as it releases it; whoever opened that
    // old file meanwhile holds a lock nobody else sees, so it checks and tries again.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) return core::Failure{StoreError{file, system_error("cannot create the lock file", path)}};
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const bool held = errno == EWOULDBLOCK;
            const std::string problem = held ? describe(read_holder(fd)) + " (lock file " + path.string() + ")"
                                             : system_error("cannot lock", path);
            ::close(fd);
            return core::Failure{StoreError{file, problem}};
        }
        struct stat opened {}, named {};
        if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0 || opened.st_ino != named.st_ino ||
            opened.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        const std::string text = holder_text(LockHolder{static_cast<long>(::getpid()), this_host(), std::string(program)});
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
            const std::string problem = system_error("cannot write the lock file", path);
            ::unlink(path.c_str());
            ::close(fd);
            return core::Failure{StoreError{file, problem}};
        }
        return HostLock(fd, path);
    }
    return core::Failure{StoreError{file, "cannot take the lock file " + path.string() + ": it keeps being replaced"}};
}

std::optional<std::string> HostLock::holder_of(const std::filesystem::path& session_file) {
    const std::filesystem::path path = lock_path(session_file);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;  // no lock file: nobody holds it
    std::optional<std::string> holder;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK) holder = describe(read_holder(fd));
    } else {
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return holder;
}

HostLock::HostLock(HostLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

HostLock& HostLock::operator=(HostLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = std::exchange(other.fd_, -1);
        path_ = std::move(other.path_);
    }
    return *this;
}

HostLock::~HostLock() { release(); }

void HostLock::release() {
    if (fd_ < 0) return;
    ::unlink(path_.c_str());
    ::close(fd_);
    fd_ = -1;
}

}  // namespace lagerhuis::store
