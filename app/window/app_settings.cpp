#include "app/window/app_settings.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

#include "core/ini_document.hpp"
#include "platform/user_folders.hpp"

namespace lagerhuis::app {

namespace {

constexpr const char* app_section = "app";
constexpr const char* tokens_section = "tokens";
constexpr const char* display_section = "display";

// A text size as written ("150"), kept to the sizes offered; anything else: the default.
int text_size(const std::string& value, int otherwise) {
    int percent = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), percent);
    if (error != std::errc() || end != value.data() + value.size()) return otherwise;
    return nearest_text_step(percent);
}

std::string token_key(const std::string& host, const std::string& code) { return host + "/" + code; }

// One line per value: a name typed with a line break must not start a new entry.
std::string single_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

}  // namespace

std::optional<std::string> AppSettings::token_for(const std::string& host, const std::string& code) const {
    const auto found = tokens.find(token_key(host, code));
    if (found == tokens.end() || found->second.empty()) return std::nullopt;
    return found->second;
}

void AppSettings::set_token(const std::string& host, const std::string& code, const std::string& token) {
    tokens[token_key(host, code)] = token;
}

void AppSettings::forget_token(const std::string& host, const std::string& code) { tokens.erase(token_key(host, code)); }

std::filesystem::path default_settings_file() { return platform::settings_folder() / "settings.ini"; }

AppSettings load_settings(const std::filesystem::path& file, std::string* problem) {
    AppSettings settings;
    std::ifstream in(file, std::ios::binary);
    if (!in) return settings;
    std::stringstream text;
    text << in.rdbuf();
    auto document = core::parse_ini(text.str());
    if (!document) {
        if (problem) *problem = file.string() + " line " + std::to_string(document.error().line) + ": " + document.error().problem;
        return settings;
    }
    if (const auto* app = document->find(app_section)) {
        if (const auto* entry = app->find("language")) settings.language = core::parse_enum<core::Language>(entry->value);
        if (const auto* entry = app->find("host")) settings.host = entry->value;
        if (const auto* entry = app->find("code")) settings.code = entry->value;
        if (const auto* entry = app->find("name")) settings.name = entry->value;
    }
    if (const auto* tokens = document->find(tokens_section))
        for (const auto& entry : tokens->entries) settings.tokens[entry.key] = entry.value;
    if (const auto* display = document->find(display_section)) {
        DisplaySettings& shown = settings.display;
        if (const auto* entry = display->find("console_text")) shown.console_text = text_size(entry->value, shown.console_text);
        if (const auto* entry = display->find("projector_text"))
            shown.projector_text = text_size(entry->value, shown.projector_text);
        if (const auto* entry = display->find("high_contrast")) shown.high_contrast = entry->value == "yes";
    }
    return settings;
}

std::optional<std::string> save_settings(const std::filesystem::path& file, const AppSettings& settings) {
    std::error_code error;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
    if (error) return "cannot create " + file.parent_path().string() + ": " + error.message();

    std::ostringstream text;
    text << "# Lagerhuis remembers these between runs; delete the file to forget them.\n";
    text << "[" << app_section << "]\n";
    if (settings.language) text << "language = " << core::to_string(*settings.language) << "\n";
    if (!settings.host.empty()) text << "host = " << single_line(settings.host) << "\n";
    if (!settings.code.empty()) text << "code = " << single_line(settings.code) << "\n";
    if (!settings.name.empty()) text << "name = " << single_line(settings.name) << "\n";
    text << "\n[" << display_section << "]\n";
    text << "console_text = " << settings.display.console_text << "\n";
    text << "projector_text = " << settings.display.projector_text << "\n";
    text << "high_contrast = " << (settings.display.high_contrast ? "yes" : "no") << "\n";
    text << "\n[" << tokens_section << "]\n";
    for (const auto& [key, token] : settings.tokens) text << single_line(key) << " = " << single_line(token) << "\n";

    auto temporary = file;
    temporary += ".new";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot write " + temporary.string();
        std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, error);
        out << text.str();
        out.flush();
        if (!out) return "cannot write " + temporary.string();
    }
    std::filesystem::rename(temporary, file, error);
    if (error) return "cannot replace " + file.string() + ": " + error.message();
    return std::nullopt;
}

}  // namespace lagerhuis::app
