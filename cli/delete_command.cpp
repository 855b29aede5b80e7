// `lagerhuis delete FILE [--yes]`: removes a session for good, with what SQLite keeps
// beside it (-wal, -shm, -journal) and the exports named after it (FILE's name with .html
// or .jsonl, a folder <name>-csv of CSV files). Lists them and asks first; refuses a file
// that is no session or that a host has open, and then removes nothing.

#include <iostream>

#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"
#include "platform/terminal.hpp"
#include "platform/utf8_path.hpp"
#include "store/host_lock.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

namespace fs = std::filesystem;

struct DeleteOptions {
    std::string file;
    bool yes = false;
};

bool only_csv_files(const fs::path& dir) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error))
        if (!entry.is_regular_file() || entry.path().extension() != ".csv") return false;
    return !error;
}

// The session file first: if it cannot go, nothing else went either. Names are made by
// appending to the path itself, never through path.string() (not UTF-8 on Windows).
std::vector<fs::path> belongings(const fs::path& session) {
    const auto suffixed = [](fs::path path, const char* suffix) { return path += suffix; };
    std::vector<fs::path> paths{session};
    std::error_code error;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (fs::exists(suffixed(session, suffix), error)) paths.push_back(suffixed(session, suffix));
    const fs::path beside = session.parent_path() / session.stem();
    for (const char* extension : {".html", ".jsonl"})
        if (fs::is_regular_file(suffixed(beside, extension), error)) paths.push_back(suffixed(beside, extension));
    const fs::path csv = suffixed(beside, "-csv");
    if (fs::is_directory(csv, error) && only_csv_files(csv)) paths.push_back(csv);
    return paths;
}

bool confirmed() {
    if (!platform::input_is_terminal()) return false;
    std::cout << "Delete these for good? Type yes (or ja): " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "yes" || answer == "ja";
}

void remove_session(const DeleteOptions& options) {
    const fs::path path = platform::path_from_utf8(options.file);
    {
        auto file = store::SessionFile::open_read_only(path);
        if (!file) fail("delete", file.error().message() + "; nothing was deleted");
    }
    // Held while deleting, so no host opens the session meanwhile.
    auto lock = store::HostLock::acquire(path, "lagerhuis delete");
    if (!lock) fail("delete", lock.error().message() + ": stop that host first; nothing was deleted");
    const auto paths = belongings(path);
    std::cout << "This removes:\n";
    for (const auto& each : paths) std::cout << "  " << platform::utf8_of(each) << '\n';
    if (!options.yes && !confirmed()) fail("delete", "not confirmed (type yes, or add --yes); nothing was deleted");
    std::error_code error;
    if (!fs::remove(path, error)) fail("delete", platform::utf8_of(path) + ": cannot delete it: " + error.message() + "; nothing was deleted");
    for (std::size_t i = 1; i < paths.size(); ++i) {
        fs::remove_all(paths[i], error);
        if (error) std::cerr << "lagerhuis delete: " << platform::utf8_of(paths[i]) << ": not deleted: " << error.message() << '\n';
    }
    std::cout << "Deleted " << platform::utf8_of(path) << '\n';
}

}  // namespace

void register_delete(CLI::App& app) {
    auto options = std::make_shared<DeleteOptions>();
    auto* command = app.add_subcommand("delete", "Delete a session file with its -wal, -shm and the exports named after it");
    command->add_option("FILE", options->file, "The session file (.lagerhuis)")->required()->check(existing_file());
    command->add_flag("--yes", options->yes, "Do not ask (for scripts)");
    command->callback([options] { remove_session(*options); });
}

}  // namespace lagerhuis::cli
