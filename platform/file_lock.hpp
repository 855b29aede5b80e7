#pragma once
// An exclusive, never-waiting lock on a small file that says who holds it. The system
// drops the lock when the holder dies, even by kill -9 or a crash, so a stale file keeps
// nobody out. POSIX: flock() on the whole file; Windows: LockFileEx on a byte far past
// the text, because Windows locks are mandatory and others must still read the text.
// store/host_lock.hpp puts the session's host lock on top of it.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lagerhuis::platform {

struct FileLockAttempt;

class FileLock {
public:
    // Creates `path` if missing, locks it and replaces its text with `text`.
    static FileLockAttempt acquire(const std::filesystem::path& path, std::string_view text);
    // The holder's text while someone holds the lock; nullopt when nobody does (or there
    // is no file). Probes for an instant without taking the lock from anyone.
    static std::optional<std::string> holder_text(const std::filesystem::path& path);

    FileLock(FileLock&& other) noexcept : handle_(std::exchange(other.handle_, -1)), path_(std::move(other.path_)) {}
    FileLock& operator=(FileLock&& other) noexcept {
        if (this != &other) {
            release();
            handle_ = std::exchange(other.handle_, -1);
            path_ = std::move(other.path_);
        }
        return *this;
    }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    // Removes the file, then releases the lock.
    ~FileLock() { release(); }

private:
    FileLock(std::intptr_t handle, std::filesystem::path path) : handle_(handle), path_(std::move(path)) {}
    void release();

    std::intptr_t handle_ = -1;  // a file descriptor or a HANDLE; -1 when moved from
    std::filesystem::path path_;
};

struct FileLockAttempt {
    std::optional<FileLock> lock;  // set when we hold it now
    bool held_by_other = false;    // another process holds it: holder_text says who
    std::string holder_text;
    std::string problem;  // neither: why the file could not be created, locked or written
};

}  // namespace lagerhuis::platform
