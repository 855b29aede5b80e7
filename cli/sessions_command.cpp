// `lagerhuis sessions [DIR]`: the session files in a folder (the default one if none is
// given) with the date each should be deleted after; those past it are marked, with
// what to run. Reads only.
#include <algorithm>
#include <iostream>

#include "app/window/session_paths.hpp"
#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"
#include "platform/utf8_path.hpp"
#include "store/retention.hpp"
#include "store/schema.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

namespace fs = std::filesystem;

struct SessionsOptions {
    std::string dir;
    std::string language;
    std::string assets;
};

// One line per file: its name, its date, and whether it is due.
std::string listing_line(const CliTexts& say, const fs::path& path, const std::string& today, int& overdue) {
    const std::string name = platform::utf8_of(path.filename());
    auto file = store::SessionFile::open_read_only(path);
    if (!file) return say("cli.sessions.unreadable", {{"name", name}, {"detail", file.error().problem}});
    auto keep_until = file->keep_until();
    if (!keep_until) return say("cli.sessions.unreadable", {{"name", name}, {"detail", keep_until.error().problem}});
    if (!*keep_until) return say("cli.sessions.no_date", {{"name", name}});
    const std::string& date = **keep_until;
    if (date >= today) return say("cli.sessions.keep", {{"name", name}, {"date", date}});
    ++overdue;
    return say("cli.sessions.overdue", {{"name", name}, {"date", date}, {"file", platform::utf8_of(path)}});
}

void sessions(const SessionsOptions& options) {
    const auto assets = load_assets_or_fail("sessions", options.assets);
    const CliTexts say(assets.messages, language_or(options.language, core::Language::nl));
    const fs::path dir = options.dir.empty() ? app::sessions_dir() : platform::path_from_utf8(options.dir);
    std::error_code error;
    if (!fs::is_directory(dir, error)) fail("sessions", say("cli.sessions.no_folder", {{"dir", platform::utf8_of(dir)}}));
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, error))
        if (entry.is_regular_file() && entry.path().extension() == store::session_file_extension) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    const std::string today = store::today_utc();
    int overdue = 0;
    for (const auto& path : files) std::cout << listing_line(say, path, today, overdue) << '\n';
    std::cout << say("cli.sessions.total", {{"n_files", std::to_string(files.size())}, {"dir", platform::utf8_of(dir)},
                                            {"n_overdue", std::to_string(overdue)}})
              << '\n';
}

}  // namespace

void register_sessions(CLI::App& app) {
    auto options = std::make_shared<SessionsOptions>();
    auto* command = app.add_subcommand("sessions", "List the session files in a folder and those past their retention date");
    command->add_option("DIR", options->dir, "The folder (default: where the console keeps its sessions)");
    add_language_option(*command, options->language);
    add_assets_option(*command, options->assets);
    command->callback([options] { sessions(*options); });
}

}  // namespace lagerhuis::cli
