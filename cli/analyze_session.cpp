// `lagerhuis analyze session LOG.jsonl`: fold a recorded session and print its scores,
// every number with the rules and events that made it.
#include <iostream>

#include "cli/cli_support.hpp"
#include "platform/utf8_path.hpp"
#include "store/session_log.hpp"
#include "cli/session_table.hpp"
#include "cli/subcommands.hpp"
#include "core/apply.hpp"
#include "core/scoreboard.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"

namespace lagerhuis::cli {
namespace {

struct SessionOptions {
    std::string log;
    bool table = false;
    std::string language;
    std::string assets;
};

void analyze_session(const SessionOptions& options) {
    auto events = store::read_session(platform::path_from_utf8(options.log));
    if (!events) fail("analyze session", events.error());
    if (!std::holds_alternative<core::SessionCreated>(events->front().body))
        fail("analyze session", options.log + ":1: the first event must be session_created");
    const core::State state = core::fold(*events);
    const core::Scoreboard board = core::build_scoreboard(state);
    if (!options.table) {
        std::cout << proto::write_json_text(proto::to_json(board)) << '\n';
        return;
    }
    const auto assets = load_assets_or_fail("analyze session", options.assets);
    std::cout << session_table(state, board, assets.messages, language_or(options.language, state.config.language));
}

}  // namespace

void register_analyze_session(CLI::App& analyze) {
    auto options = std::make_shared<SessionOptions>();
    auto* session = analyze.add_subcommand("session", "Score a recorded session (.lagerhuis session file or .jsonl event log)");
    session->footer(
        "Folds the event log through the rules engine and prints the scoreboard as JSON:\n"
        "per statement the argumentative verdict (DF-QuAD strength of the statement; above 0.5\n"
        "voor argued better) beside the opening and closing positions and polls; per argument\n"
        "its base score with the rules that made it and its strength; per side and per\n"
        "participant speaking time, turns, arguments, drogredenen per rule, flags and their\n"
        "precision, missed drogredenen and crossings; every number lists its terms and the\n"
        "seq numbers of the events behind them.\n\n"
        "With --table: a readable summary in the session's language (or --language).\n"
        "A log with a gap in its seq numbers or an undecodable line is refused (exit code 2).");
    session->add_option("LOG", options->log, "The session: a .lagerhuis file (also while a host runs it) or a .jsonl log")->required()->check(existing_file());
    session->add_flag("--table", options->table, "Print a readable summary instead of JSON");
    add_language_option(*session, options->language);
    add_assets_option(*session, options->assets);
    session->callback([options] { analyze_session(*options); });
}

}  // namespace lagerhuis::cli
