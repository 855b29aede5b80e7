#include "platform/process_identity.hpp"

#include <windows.h>

#include "platform/wide_text_windows.hpp"

namespace lagerhuis::platform {

long process_id() { return static_cast<long>(GetCurrentProcessId()); }

std::string host_name() {
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    if (!GetComputerNameW(name, &size)) return "unknown";
    return to_utf8(std::wstring_view(name, size));
}

}  // namespace lagerhuis::platform
