#pragma once
// What every windowed program loads before its window opens: the texts (messages.ini
// from the assets folder) in the language asked for, else the remembered one, else Dutch;
// and the settings file. Problems are said on stderr, prefixed with the program's name.
#include <filesystem>
#include <optional>
#include <string_view>

#include "app/window/app_settings.hpp"
#include "app/ui/texts.hpp"

namespace lagerhuis::app {

struct AppStartup {
    Texts texts;
    AppSettings settings;
    std::filesystem::path settings_file;
};

// nullopt when the texts cannot be read (said on stderr): the program cannot speak.
std::optional<AppStartup> load_app_startup(std::string_view program, const std::filesystem::path& assets,
                                           const std::filesystem::path& settings_file,
                                           std::optional<core::Language> language);

}  // namespace lagerhuis::app
