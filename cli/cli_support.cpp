#include "cli/cli_support.hpp"

#include <filesystem>
#include <iostream>

#include "cli/assets_location.hpp"
#include "core/plural_form.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::cli {

void fail(std::string_view command, const std::string& problem) {
    std::cerr << "lagerhuis " << command << ": " << problem << '\n';
    throw CLI::RuntimeError(2);
}

namespace {

// Empty when `text` names a folder (`folder`) or a file (not `folder`); else the problem
// in CLI11's own words.
std::string existence_problem(const std::string& text, bool folder) {
    namespace fs = std::filesystem;
    std::error_code error;
    const auto type = fs::status(platform::path_from_utf8(text), error).type();
    if (type == fs::file_type::not_found || type == fs::file_type::none)
        return (folder ? "Directory does not exist: " : "File does not exist: ") + text;
    if ((type == fs::file_type::directory) != folder)
        return (folder ? "Directory is actually a file: " : "File is actually a directory: ") + text;
    return {};
}

}  // namespace

CLI::Validator existing_file() {
    return CLI::Validator([](std::string& text) { return existence_problem(text, false); }, "FILE", "EXISTING_FILE");
}
CLI::Validator existing_folder() {
    return CLI::Validator([](std::string& text) { return existence_problem(text, true); }, "DIR", "EXISTING_DIR");
}

void add_assets_option(CLI::App& command, std::string& dir) {
    dir = platform::utf8_of(default_assets_dir());
    command.add_option("--assets", dir, "Folder with fallacies.ini, scoring.ini and messages.ini")
        ->capture_default_str()
        ->check(existing_folder());
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
