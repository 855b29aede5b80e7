// `lagerhuis delete FILE [--yes]`: removes a session for good, with what SQLite keeps
// beside it (-wal, -shm, -journal) and the exports named after it (FILE's name with .html
// or .jsonl, a folder <name>-csv of CSV files). Lists them and asks first; refuses a file
// that is no session or that a host has open, and then removes nothing.

#include <iostream>

#include "cli/cli_support.hpp"
#include "cli/privacy_refusals.hpp"
#include "cli/subcommands.hpp"
#include "platform/terminal.hpp"
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

// The session file first: if it cannot go, nothing else went either.
std::vector<fs::path> belongings(const fs::path& session) {
    std::vector<fs::path> paths{session};
    std::error_code error;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (fs::exists(session.string() + suffix, error)) paths.emplace_back(session.string() + suffix);
    const fs::path dir = session.parent_path();
    const std::string stem = session.stem().string();
    for (const char* extension : {".html", ".jsonl"})
        if (fs::is_regular_file(dir / (stem + extension), error)) paths.push_back(dir / (stem + extension));
    const fs::path csv = dir / (stem + "-csv");
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
    const fs::path path = options.file;
    refuse_unless_session(refusing, options.file);
    // Held while deleting, so no host opens the session meanwhile.
    auto lock = store::HostLock::acquire(path, "lagerhuis delete");
    if (!lock) refusing.fail_with("cli.file_in_use", {{"file", options.file}, {"holder", lock.error().problem}});
    const auto paths = belongings(path);
    std::cout << say("cli.delete.list") << '\n';
    for (const auto& each : paths) std::cout << "  " << each.string() << '\n';
    if (!options.yes && !confirmed(say)) refusing.fail_with("cli.delete.not_confirmed", {});
    std::error_code error;
    if (!fs::remove(path, error)) refusing.fail_with("cli.delete.cannot", {{"file", path.string()}, {"detail", error.message()}});
    for (std::size_t i = 1; i < paths.size(); ++i) {
        fs::remove_all(paths[i], error);
        if (error) std::cerr << "lagerhuis delete: " << say("cli.delete.left", {{"file", paths[i].string()}, {"detail", error.message()}}) << '\n';
    }
    std::cout << say("cli.delete.done", {{"file", path.string()}}) << '\n';
}

}  // namespace

void register_delete(CLI::App& app) {
    auto options = std::make_shared<DeleteOptions>();
    auto* command = app.add_subcommand("delete", "Delete a session file with its -wal, -shm and the exports named after it");
    command->add_option("FILE", options->file, "The session file (.lagerhuis)")->required()->check(CLI::ExistingFile);
    command->add_flag("--yes", options->yes, "Do not ask (for scripts)");
    add_language_option(*command, options->language);
    add_assets_option(*command, options->assets);
    command->callback([options] { remove_session(*options); });
}

}  // namespace lagerhuis::cli
