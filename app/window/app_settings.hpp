#pragma once
// What the apps remember between runs, in settings.ini in the user's settings folder
// (platform/user_folders.hpp): the language, the last host, code and name, and the token the
// host gave for each host and session code, so a restarted app resumes as the same
// participant instead of joining again under a new name; and the console's display (text
// sizes, high contrast).
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "app/ui/display_settings.hpp"
#include "core/enums.hpp"

namespace lagerhuis::app {

struct AppSettings {
    std::optional<core::Language> language;
    std::string host;  // "HOST:PORT"
    std::string code;
    std::string name;
    std::map<std::string, std::string> tokens;  // "HOST:PORT/CODE" → token
    DisplaySettings display;

    std::optional<std::string> token_for(const std::string& host, const std::string& code) const;
    void set_token(const std::string& host, const std::string& code, const std::string& token);
    void forget_token(const std::string& host, const std::string& code);

    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

// settings.ini in platform::settings_folder().
std::filesystem::path default_settings_file();

// A missing file gives the defaults; so does an unreadable one (a settings file must
// never stop the app), with `problem` saying why when given.
AppSettings load_settings(const std::filesystem::path& file, std::string* problem = nullptr);
// Writes a new file and renames it over the old one, readable by its owner only (it
// holds tokens). Returns the problem, or nullopt when saved.
std::optional<std::string> save_settings(const std::filesystem::path& file, const AppSettings& settings);

}  // namespace lagerhuis::app
