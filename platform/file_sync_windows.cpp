#include "platform/file_sync.hpp"

#include <windows.h>

namespace lagerhuis::platform {

std::optional<std::string> sync_file(const std::filesystem::path& path) {
    // FlushFileBuffers needs write access; sharing everything leaves SQLite's own handles be.
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) return "cannot open " + path.string() + ": error " + std::to_string(GetLastError());
    const bool ok = FlushFileBuffers(file);
    const DWORD error = GetLastError();
    CloseHandle(file);
    if (!ok) return "cannot sync " + path.string() + ": error " + std::to_string(error);
    return std::nullopt;
}

std::optional<std::string> sync_folder(const std::filesystem::path&) { return std::nullopt; }

}  // namespace lagerhuis::platform
