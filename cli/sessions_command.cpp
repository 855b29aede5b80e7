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
};

// One line per file: its name, its date, and whether it is due.
std::string listing_line(const fs::path& path, const std::string& today, int& overdue) {
    auto file = store::SessionFile::open_read_only(path);
    if (!file) return platform::utf8_of(path.filename()) + "  (cannot be read: " + file.error().message() + ")";
    auto keep_until = file->keep_until();
    if (!keep_until) return platform::utf8_of(path.filename()) + "  (cannot be read: " + keep_until.error().message() + ")";
    if (!*keep_until) return platform::utf8_of(path.filename()) + "  no retention date (an older file): decide how long to keep it";
    const std::string& date = **keep_until;
    if (date < today) {
        ++overdue;
        return platform::utf8_of(path.filename()) + "  keep until " + date + "  OVERDUE: lagerhuis delete " + platform::utf8_of(path);
    }
    return platform::utf8_of(path.filename()) + "  keep until " + date;
}

void sessions(const SessionsOptions& options) {
    const fs::path dir = options.dir.empty() ? app::sessions_dir() : platform::path_from_utf8(options.dir);
    std::error_code error;
    if (!fs::is_directory(dir, error)) fail("sessions", platform::utf8_of(dir) + ": no such folder");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, error))
        if (entry.is_regular_file() && entry.path().extension() == store::session_file_extension) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    const std::string today = store::today_utc();
    int overdue = 0;
    for (const auto& path : files) std::cout << listing_line(path, today, overdue) << '\n';
    std::cout << counted(files.size(), "session file", "session files") << " in " << platform::utf8_of(dir) << "; " << overdue
              << " past " << (overdue == 1 ? "its" : "their") << " retention date\n";
}

}  // namespace

void register_sessions(CLI::App& app) {
    auto options = std::make_shared<SessionsOptions>();
    auto* command = app.add_subcommand("sessions", "List the session files in a folder and those past their retention date");
    command->add_option("DIR", options->dir, "The folder (default: where the console keeps its sessions)");
    command->callback([options] { sessions(*options); });
}

}  // namespace lagerhuis::cli
