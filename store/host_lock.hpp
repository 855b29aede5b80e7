#pragma once
// One host (writer) per session file. The lock (platform/file_lock.hpp: flock, LockFileEx)
// is on a file beside the session ("debat.lagerhuis.lock"), held for as long as the host
// has the file open. The OS releases it when the process dies, even by kill -9, so a
// restarted host gets in; the file also says who holds it, so a second host is told whom
// to look for.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "platform/file_lock.hpp"
#include "store/store_error.hpp"

namespace lagerhuis::store {

struct LockHolder {
    long pid = 0;
    std::string host;
    std::string program;
};

class HostLock {
public:
    // Fails at once (never waits) when another process holds the lock, with a problem
    // like "in use by lagerhuis serve, pid 1234 on host zaal-3".
    static core::Result<HostLock, StoreError> acquire(const std::filesystem::path& session_file, std::string_view program);
    static std::filesystem::path lock_path(const std::filesystem::path& session_file);
    // Who holds the file now ("in use by lagerhuis serve, pid 1234 on host zaal-3"), or
    // nullopt when no host has it. For readers such as the replay viewer, which may add
    // notes only while no host writes. Probes with a shared lock for an instant.
    static std::optional<std::string> holder_of(const std::filesystem::path& session_file);

    // Moving and destroying come with the lock: destroying removes the lock file, then
    // releases the lock.

private:
    explicit HostLock(platform::FileLock lock) : lock_(std::move(lock)) {}

    platform::FileLock lock_;
};

}  // namespace lagerhuis::store
