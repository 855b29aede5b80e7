#pragma once
// Paths to and from UTF-8 text, read alike on every system. Text given to
// std::filesystem::path as a narrow std::string is read in the system's narrow encoding:
// UTF-8 on Linux, but the ANSI code page with MinGW's libstdc++ on Windows ("Zoë" became
// "ZoÃ«" under Wine), and path::c_str() is wide there. Through char8_t it is UTF-8 on
// both, and on Linux the bytes stay exactly as they were.
#include <filesystem>
#include <string>
#include <string_view>

namespace lagerhuis::platform {

inline std::filesystem::path path_from_utf8(std::string_view utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

// For C libraries that take a path as UTF-8 text (OpenSSL's and SQLite's file names).
inline std::string utf8_of(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

}  // namespace lagerhuis::platform
