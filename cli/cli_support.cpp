#include "cli/cli_support.hpp"

#include <iostream>

#include "cli/assets_location.hpp"
#include "core/plural_form.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::cli {

void fail(std::string_view command, const std::string& problem) {
    std::cerr << "lagerhuis " << command << ": " << problem << '\n';
    throw CLI::RuntimeError(2);
}

void add_assets_option(CLI::App& command, std::string& dir) {
    dir = platform::utf8_of(default_assets_dir());
    command.add_option("--assets", dir, "Folder with fallacies.ini, scoring.ini and messages.ini")
        ->capture_default_str()
        ->check(CLI::ExistingDirectory);
}

proto::SessionAssets load_assets_or_fail(std::string_view command, const std::string& dir) {
    auto assets = proto::load_session_assets(platform::path_from_utf8(dir));
    if (!assets) fail(command, assets.error().message());
    return std::move(assets).value();
}

void add_language_option(CLI::App& command, std::string& language) {
    command.add_option("--language", language, "Language of the output: nl (Nederlands) or en (English)")
        ->check(CLI::IsMember({"nl", "en"}));
}

core::Language language_or(const std::string& chosen, core::Language fallback) {
    return core::parse_enum<core::Language>(chosen).value_or(fallback);
}

std::string counted(std::size_t count, std::string_view one, std::string_view other) {
    const std::string number = std::to_string(count);
    return number + " " + std::string(core::plural_form(core::Language::en, number) == core::PluralForm::one ? one : other);
}

}  // namespace lagerhuis::cli
