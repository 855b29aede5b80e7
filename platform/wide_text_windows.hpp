#pragma once
// Windows speaks UTF-16 in its W functions; the rest of the program speaks UTF-8. Used by
// the *_windows.cpp files only. (std::filesystem::path converts on its own: libstdc++
// takes narrow path text on Windows as UTF-8.)
#include <string>
#include <string_view>

namespace lagerhuis::platform {

std::string to_utf8(std::wstring_view wide);
std::wstring to_wide(std::string_view utf8);

}  // namespace lagerhuis::platform
