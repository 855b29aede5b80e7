#include "platform/arguments.hpp"

#include <windows.h>
#include <shellapi.h>

#include "platform/wide_text_windows.hpp"

namespace lagerhuis::platform {

std::vector<std::string> utf8_arguments(int, char**) {
    std::vector<std::string> arguments;
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide) return arguments;
    for (int i = 1; i < count; ++i) arguments.push_back(to_utf8(wide[i]));
    LocalFree(wide);
    return arguments;
}

}  // namespace lagerhuis::platform
