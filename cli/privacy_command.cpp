// `lagerhuis privacy FILE`: what a session file keeps about people, for the privacy
// officer, in the session's language (or --language). Reads only; allowed while a host runs.
#include <iostream>

#include "cli/cli_support.hpp"
#include "cli/privacy_summary.hpp"
#include "cli/subcommands.hpp"
#include "core/apply.hpp"
#include "platform/utf8_path.hpp"
#include "store/retention.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

struct PrivacyOptions {
    std::string file;
    std::string language;
    std::string assets;
};

void privacy(const PrivacyOptions& options) {
    auto file = store::SessionFile::open_read_only(platform::path_from_utf8(options.file));
    if (!file) fail("privacy", file.error().message());
    auto events = file->load_events();
    if (!events) fail("privacy", events.error().message());
    auto notes = file->annotations();
    if (!notes) fail("privacy", notes.error().message());
    auto keep_until = file->keep_until();
    if (!keep_until) fail("privacy", keep_until.error().message());
    auto erasures = file->erasures();
    if (!erasures) fail("privacy", erasures.error().message());
    const core::State state = core::fold(*events);
    const auto facts = privacy_facts(options.file, state, *events, static_cast<int>(notes->size()), *keep_until,
                                     store::today_utc(), std::move(erasures).value());
    const auto assets = load_assets_or_fail("privacy", options.assets);
    std::cout << privacy_summary(facts, assets.messages, language_or(options.language, state.config.language));
}

}  // namespace

void register_privacy(CLI::App& app) {
    auto options = std::make_shared<PrivacyOptions>();
    auto* command = app.add_subcommand("privacy", "Say in plain words what a session file keeps about people");
    command->footer(
        "For the privacy officer: the names, the free texts, the polls and whether a ballot can\n"
        "still be linked to its voter, and the date after which the file should be deleted\n"
        "(lagerhuis delete FILE). See docs/privacy.md for the full data map.");
    command->add_option("FILE", options->file, "The session file (.lagerhuis), also while a host runs it")
        ->required()
        ->check(existing_file());
    add_language_option(*command, options->language);
    add_assets_option(*command, options->assets);
    command->callback([options] { privacy(*options); });
}

}  // namespace lagerhuis::cli
