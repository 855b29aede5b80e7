// `lagerhuis delete FILE [--yes]`: removes a session for good, with what SQLite keeps
// beside it (-wal, -shm, -journal) and the exports named after it (FILE's name with .html
// or .jsonl, a folder <name>-csv of CSV files). Lists them and asks first; refuses a file
// that is no session or that a host has open, and then removes nothing.

#include <iostream>

#include "cli/cli_support.hpp"
#include "cli/privacy_refusals.hpp"
#include "cli/subcommands.hpp"
#include "platform/terminal.hpp"
#include "platform/utf8_path.hpp"
#include "store/host_lock.hpp"

namespace lagerhuis::cli {
namespace {

namespace fs = std::filesystem;

struct DeleteOptions {
    std::string file;
    bool yes = false;
    std::string language;
    std::string assets;
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

bool confirmed(const CliTexts& say) {
    if (!platform::input_is_terminal()) return false;
    std::cout << say("cli.delete.ask") << ' ' << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "yes" || answer == "ja";
}

void remove_session(const DeleteOptions& options) {
    const auto assets = load_assets_or_fail("delete", options.assets);
    const CliTexts say(assets.messages, language_or(options.language, core::Language::nl));
    const Refusing refusing{"delete", say, "cli.nothing_deleted"};
    const fs::path path = platform::path_from_utf8(options.file);
    refuse_unless_session(refusing, options.file);
    // Held while deleting, so no host opens the session meanwhile.
    auto lock = store::HostLock::acquire(path, "lagerhuis delete");
    if (!lock) refusing.fail_with("cli.file_in_use", {{"file", options.file}, {"holder", lock.error().problem}});
    const auto paths = belongings(path);
    std::cout << say("cli.delete.list") << '\n';
    for (const auto& each : paths) std::cout << "  " << platform::utf8_of(each) << '\n';
    if (!options.yes && !confirmed(say)) refusing.fail_with("cli.delete.not_confirmed", {});
    std::error_code error;
    if (!fs::remove(path, error)) refusing.fail_with("cli.delete.cannot", {{"file", platform::utf8_of(path)}, {"detail", error.message()}});
    for (std::size_t i = 1; i < paths.size(); ++i) {
        fs::remove_all(paths[i], error);
        if (error) std::cerr << "lagerhuis delete: " << say("cli.delete.left", {{"file", platform::utf8_of(paths[i])}, {"detail", error.message()}}) << '\n';
    }
    std::cout << say("cli.delete.done", {{"file", platform::utf8_of(path)}}) << '\n';
}

}  // namespace

void register_delete(CLI::App& app) {
    auto options = std::make_shared<DeleteOptions>();
    auto* command = app.add_subcommand("delete", "Delete a session file with its -wal, -shm and the exports named after it");
    command->add_option("FILE", options->file, "The session file (.lagerhuis)")->required()->check(existing_file());
    command->add_flag("--yes", options->yes, "Do not ask (for scripts)");
    add_language_option(*command, options->language);
    add_assets_option(*command, options->assets);
    command->callback([options] { remove_session(*options); });
}

}  // namespace lagerhuis::cli
