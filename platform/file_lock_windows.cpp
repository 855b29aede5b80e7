#include "platform/file_lock.hpp"

#include <windows.h>

#include "platform/wide_text_windows.hpp"

namespace lagerhuis::platform {

namespace {

// Windows locks are mandatory: a locked range cannot be read by anyone else. So the lock
// is on one byte far past any text, and the text itself stays readable.
OVERLAPPED lock_range() {
    OVERLAPPED range{};
    range.OffsetHigh = 0x40000000;
    return range;
}

HANDLE open_shared(const std::filesystem::path& path, DWORD access, DWORD disposition) {
    // Every opener shares delete, so the holder can mark the file for deletion on release
    // while a prober still has it open.
    return CreateFileW(path.c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, disposition,
                       FILE_ATTRIBUTE_NORMAL, nullptr);
}

std::string read_text(HANDLE file) {
    std::string text(1024, '\0');
    OVERLAPPED from{};
    DWORD size = 0;
    if (!ReadFile(file, text.data(), static_cast<DWORD>(text.size()), &size, &from)) size = 0;
    text.resize(size);
    return text;
}

std::string system_problem(std::string_view what, const std::filesystem::path& path) {
    const DWORD code = GetLastError();
    wchar_t* message = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code,
                   0, reinterpret_cast<wchar_t*>(&message), 0, nullptr);
    std::string text = message ? to_utf8(message) : "error " + std::to_string(code);
    if (message) LocalFree(message);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == '.')) text.pop_back();
    return std::string(what) + " " + path.string() + ": " + text;
}

bool delete_pending(HANDLE file) {
    FILE_STANDARD_INFO info{};
    return GetFileInformationByHandleEx(file, FileStandardInfo, &info, sizeof info) && info.DeletePending;
}

}  // namespace

FileLockAttempt FileLock::acquire(const std::filesystem::path& path, std::string_view text) {
    FileLockAttempt attempt;
    // A releasing holder marks the file for deletion: for that instant it cannot be opened
    // (access denied), or the handle we got is to a file about to vanish; either way, again.
    for (int round = 0; round < 100; ++round) {
        HANDLE file = open_shared(path, GENERIC_READ | GENERIC_WRITE, OPEN_ALWAYS);
        if (file == INVALID_HANDLE_VALUE) {
            if (GetLastError() == ERROR_ACCESS_DENIED && round + 1 < 100) {
                Sleep(10);
                continue;
            }
            attempt.problem = system_problem("cannot create the lock file", path);
            return attempt;
        }
        OVERLAPPED range = lock_range();
        if (!LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &range)) {
            if (GetLastError() == ERROR_LOCK_VIOLATION || GetLastError() == ERROR_IO_PENDING) {
                attempt.held_by_other = true;
                attempt.holder_text = read_text(file);
            } else {
                attempt.problem = system_problem("cannot lock", path);
            }
            CloseHandle(file);
            return attempt;
        }
        if (delete_pending(file)) {
            CloseHandle(file);
            Sleep(10);
            continue;
        }
        OVERLAPPED from{};
        DWORD written = 0;
        const bool ok = SetFilePointer(file, 0, nullptr, FILE_BEGIN) != INVALID_SET_FILE_POINTER && SetEndOfFile(file) &&
                        WriteFile(file, text.data(), static_cast<DWORD>(text.size()), &written, &from) &&
                        written == text.size();
        if (!ok) {
            attempt.problem = system_problem("cannot write the lock file", path);
            CloseHandle(file);
            DeleteFileW(path.c_str());
            return attempt;
        }
        attempt.lock = FileLock(reinterpret_cast<std::intptr_t>(file), path);
        return attempt;
    }
    attempt.problem = "cannot take the lock file " + path.string() + ": it keeps being replaced";
    return attempt;
}

std::optional<std::string> FileLock::holder_text(const std::filesystem::path& path) {
    HANDLE file = open_shared(path, GENERIC_READ, OPEN_EXISTING);
    if (file == INVALID_HANDLE_VALUE) return std::nullopt;  // no lock file, or one on its way out
    std::optional<std::string> holder;
    OVERLAPPED range = lock_range();
    if (!LockFileEx(file, LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &range)) {
        if (GetLastError() == ERROR_LOCK_VIOLATION || GetLastError() == ERROR_IO_PENDING) holder = read_text(file);
    } else {
        range = lock_range();
        UnlockFileEx(file, 0, 1, 0, &range);
    }
    CloseHandle(file);
    return holder;
}

void FileLock::release() {
    if (handle_ == -1) return;
    HANDLE file = reinterpret_cast<HANDLE>(handle_);
    FILE_DISPOSITION_INFO remove{};
    remove.DeleteFile = TRUE;
    SetFileInformationByHandle(file, FileDispositionInfo, &remove, sizeof remove);
    OVERLAPPED range = lock_range();
    UnlockFileEx(file, 0, 1, 0, &range);
    CloseHandle(file);
    handle_ = -1;
}

}  // namespace lagerhuis::platform
