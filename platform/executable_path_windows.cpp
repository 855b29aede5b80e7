#include "platform/executable_path.hpp"

#include <windows.h>

#include <string>

namespace lagerhuis::platform {

std::filesystem::path executable_path() {
    // The name may be longer than MAX_PATH (a deep folder on a USB stick): grow until it fits.
    std::wstring name(MAX_PATH, L'\0');
    for (int attempt = 0; attempt < 6; ++attempt) {
        const DWORD size = GetModuleFileNameW(nullptr, name.data(), static_cast<DWORD>(name.size()));
        if (size == 0) return {};
        if (size < name.size()) {
            name.resize(size);
            return name;
        }
        name.resize(name.size() * 4);
    }
    return {};
}

}  // namespace lagerhuis::platform
