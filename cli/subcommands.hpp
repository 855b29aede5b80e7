#pragma once
// Each subcommand of `lagerhuis` lives in its own file and registers itself here.
#include <CLI/CLI.hpp>

namespace lagerhuis::cli {

// `lagerhuis analyze strength GRAPH.json`
void register_analyze_strength(CLI::App& analyze);
// `lagerhuis analyze session LOG.jsonl [--table]`
void register_analyze_session(CLI::App& analyze);
// `lagerhuis demo -o LOG.jsonl`
void register_demo(CLI::App& app);
// `lagerhuis export FILE --format html|csv|jsonl|lagerhuis [--pseudonymize] -o OUT`
void register_export(CLI::App& app);
// `lagerhuis serve [--port P] [--session FILE] [--demo]`
void register_serve(CLI::App& app);
// `lagerhuis join HOST[:PORT] [--code CODE] [--name NAME]` (the native participant app)
void register_join(CLI::App& app);
void register_host(CLI::App& app);
// `lagerhuis privacy FILE [--language nl|en]`: what the file keeps about people
void register_privacy(CLI::App& app);
// `lagerhuis sessions [DIR]`: the session files there, with those past their date
void register_sessions(CLI::App& app);
// `lagerhuis delete FILE [--yes]`: a session with its -wal, -shm and exports beside it
void register_delete(CLI::App& app);
// `lagerhuis erase FILE --participant ID|NAME`: one person's name and free texts, replaced
void register_erase(CLI::App& app);
// `lagerhuis replay FILE [--at MM:SS] [--tab NAME]` (the replay viewer)
void register_replay(CLI::App& app);

}  // namespace lagerhuis::cli
