#include "app/window/app_startup.hpp"

#include <cstdio>
#include <string>

namespace lagerhuis::app {

std::optional<AppStartup> load_app_startup(std::string_view program, const std::filesystem::path& assets,
                                           const std::filesystem::path& settings_file,
                                           std::optional<core::Language> language) {
    auto texts = Texts::load(assets, core::Language::nl);
    if (!texts) {
        std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(program.size()), program.data(), texts.error().c_str());
        return std::nullopt;
    }
    AppStartup startup{std::move(texts).value(), {}, settings_file.empty() ? default_settings_file() : settings_file};
    std::string problem;
    startup.settings = load_settings(startup.settings_file, &problem);
    if (!problem.empty())
        std::fprintf(stderr, "%.*s: settings ignored: %s\n", static_cast<int>(program.size()), program.data(),
                     problem.c_str());
    startup.texts.set_language(language.value_or(startup.settings.language.value_or(core::Language::nl)));
    if (language) startup.settings.language = language;
    return startup;
}

}  // namespace lagerhuis::app
