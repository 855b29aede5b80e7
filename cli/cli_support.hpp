#pragma once
// What the subcommands share: failing with a clear message and exit code 2, finding the
// data files, and picking the output language.
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "core/enums.hpp"
#include "core/message_catalog.hpp"
#include "proto/asset_files.hpp"

namespace lagerhuis::cli {

// Prints "lagerhuis <command>: <problem>" to stderr and exits with code 2.
[[noreturn]] void fail(std::string_view command, const std::string& problem);

// CLI::ExistingFile and CLI::ExistingDirectory as UTF-8 text: CLI11's own read the name
// in the ANSI code page on Windows, and so refuse C:\Users\Zoë\debat.lagerhuis.
CLI::Validator existing_file();
CLI::Validator existing_folder();

// Adds --assets DIR to a subcommand, defaulting to default_assets_dir().
void add_assets_option(CLI::App& command, std::string& dir);
proto::SessionAssets load_assets_or_fail(std::string_view command, const std::string& dir);

// Adds --language nl|en (empty: the session's own language).
void add_language_option(CLI::App& command, std::string& language);
core::Language language_or(const std::string& chosen, core::Language fallback);

// The privacy officer's commands speak the user's language (--language, Dutch unless
// asked otherwise) from messages.ini's cli.* texts.
class CliTexts {
public:
    CliTexts(const core::MessageCatalog& messages, core::Language language) : messages_(messages), language_(language) {}
    std::string operator()(std::string_view key, const core::MessageCatalog::Params& params = {}) const {
        return messages_.render(key, params, language_);
    }
    core::Language language() const { return language_; }

private:
    const core::MessageCatalog& messages_;
    core::Language language_;
};

// "1 event", "2 events": the CLI's own lines are English, counted as the catalog counts.
std::string counted(std::size_t count, std::string_view one, std::string_view other);

}  // namespace lagerhuis::cli
