// `lagerhuis export FILE --format html|csv|jsonl|lagerhuis -o OUT`: what a trainer takes
// home from a session: the HTML report, CSV tables, the event log, or a consolidated copy
// of the session file; names replaced with --pseudonymize.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/cli_support.hpp"
#include "app/replay/replay_session.hpp"
#include "platform/utf8_path.hpp"
#include "store/session_log.hpp"
#include "cli/subcommands.hpp"
#include "platform/secure_random.hpp"
#include "platform/terminal.hpp"
#include "proto/event_log_file.hpp"
#include "core/apply.hpp"
#include "core/participant_lookup.hpp"
#include "report/access_report.hpp"
#include "report/csv_export.hpp"
#include "report/html_report.hpp"
#include "report/number_format.hpp"
#include "report/pseudonyms.hpp"
#include "report/scored_session.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

namespace fs = std::filesystem;
constexpr std::string_view command = "export";

struct ExportOptions {
    std::string file;
    std::string format;
    std::string output;
    bool pseudonymize = false;
    std::string participant;  // an access request: only what is about them
    std::string language;
    bool decimal_comma = false;
    std::string assets;
};

// "events 40.000/100.000" on stderr, but only on a terminal (a script's log stays clean)
// and only once the work has taken long enough to make someone wonder.
class TerminalProgress {
public:
    explicit TerminalProgress(core::Language language) : language_(language), enabled_(platform::error_stream_is_terminal()) {}
    ~TerminalProgress() { finish(); }

    void note(const std::string& text) {
        if (enabled_) std::cerr << "lagerhuis export: " << text << '\n';
    }
    void operator()(std::size_t done, std::size_t total) {
        if (!enabled_) return;
        const auto now = Clock::now();
        if (done < total && (now - start_ < show_after || now - shown_at_ < refresh)) return;
        if (done == total && !showing_) return;  // quick: nothing was shown, nothing to close
        std::cerr << "\rlagerhuis export: events " << report::thousands(done, language_) << '/'
                  << report::thousands(total, language_) << std::flush;
        shown_at_ = now;
        showing_ = true;
        if (done == total) finish();
    }
    void finish() {
        if (showing_) std::cerr << '\n';
        showing_ = false;
    }

private:
    using Clock = std::chrono::steady_clock;
    static constexpr auto show_after = std::chrono::milliseconds(300);
    static constexpr auto refresh = std::chrono::milliseconds(100);
    core::Language language_;
    bool enabled_;
    bool showing_ = false;
    Clock::time_point start_ = Clock::now();
    Clock::time_point shown_at_{};
};

bool ends_with(const fs::path& path, std::string_view suffix) {
    const std::string name = path.filename().string();
    return name.size() > suffix.size() && name.ends_with(suffix);
}

// Everything that can be refused before any work: exit 2, naming the problem.
void check_arguments(const ExportOptions& options) {
    if (options.pseudonymize && options.format == "lagerhuis")
        fail(command, "--pseudonymize does not work with --format lagerhuis: a session file is the original record "
                      "(its log, trainer notes and their authors) and is copied as it is, never rewritten. For a "
                      "pseudonymized session use --format jsonl --pseudonymize; `lagerhuis analyze session` reads it.");
    if (options.decimal_comma && options.format != "csv")
        fail(command, "--decimal-comma only applies to --format csv (it writes ';' between fields and ',' in numbers)");
    std::error_code error;
    const fs::path output = platform::path_from_utf8(options.output);
    if (fs::exists(fs::symlink_status(output, error)))
        fail(command, options.output + ": already exists; choose another name or remove it first (an export never overwrites)");
    if (options.format == "lagerhuis" && !ends_with(options.output, ".lagerhuis"))
        fail(command, options.output + ": a session file must end in .lagerhuis (e.g. -o debat-kopie.lagerhuis)");
    if (options.format == "jsonl" && !ends_with(options.output, ".jsonl"))
        fail(command, options.output + ": an event log must end in .jsonl (e.g. -o debat.jsonl), so every tool reads it as one");
    const fs::path parent = fs::absolute(output).parent_path();
    if (!fs::is_directory(parent, error)) fail(command, platform::utf8_of(parent) + ": no such folder to write " + options.output + " in");
}

// Beside the target, then renamed: a crash or a full disk never leaves half a report
// under the name the trainer asked for.
void write_file(const fs::path& path, const std::string& text) {
    const fs::path temporary = fs::path(path) += ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            fail(command, platform::utf8_of(temporary) + ": cannot write (disk full, or no permission?)");
        }
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) fail(command, platform::utf8_of(path) + ": cannot create: " + error.message());
}

// A new folder beside `folder` that nobody else made (what mkdtemp does, on every system):
// create_directory says false when the name was taken already.
fs::path new_scratch_folder(const fs::path& folder) {
    platform::SecureRandomBits random;
    for (int attempt = 0; attempt < 16; ++attempt) {
        fs::path scratch = fs::absolute(folder);
        scratch += ".partial-" + std::to_string(random() % 1'000'000);
        std::error_code error;
        if (fs::create_directory(scratch, error)) return scratch;
        if (error) break;
    }
    fail(command, platform::utf8_of(folder) + ": cannot create a folder beside it");
}

void write_csv_folder(const fs::path& folder, const std::vector<report::CsvFile>& tables) {
    const fs::path scratch = new_scratch_folder(folder);
    const auto give_up = [&](const std::string& problem) {
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
        fail(command, problem);
    };
    for (const auto& table : tables) {
        std::ofstream out(fs::path(scratch) / table.name, std::ios::binary | std::ios::trunc);
        out << table.text;
        out.flush();
        if (!out) give_up(platform::utf8_of(folder) + "/" + table.name + ": cannot write (disk full, or no permission?)");
    }
    std::error_code error;
    fs::permissions(scratch, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                                 fs::perms::others_exec, error);
    fs::rename(scratch, folder, error);
    if (error) give_up(platform::utf8_of(folder) + ": cannot create: " + error.message());
}

void copy_session_file(const ExportOptions& options) {
    const fs::path input = platform::path_from_utf8(options.file);
    const fs::path output = platform::path_from_utf8(options.output);
    if (!store::is_session_file(input)) {
        // A JSONL log becomes a new session file holding the same events.
        auto events = store::read_session(input);
        if (!events) fail(command, events.error());
        if (auto error = store::write_session(output, *events)) fail(command, *error);
    } else {
        auto file = store::SessionFile::open_read_only(input);
        if (!file) fail(command, file.error().message());
        if (auto error = file->export_copy(output)) fail(command, error->message());
    }
    std::cout << "Wrote " << options.output << '\n';
}

// The trainer's notes kept in a session file (a JSONL log has none).
std::vector<report::ReportNote> trainer_notes(const fs::path& path) {
    if (!store::is_session_file(path)) return {};
    auto file = store::SessionFile::open_read_only(path);
    if (!file) fail(command, file.error().message());
    auto notes = file->annotations();
    if (!notes) fail(command, notes.error().message());
    return app::report_notes(*notes);
}

core::Language session_language(const std::vector<core::Event>& events) {
    return std::get<core::SessionCreated>(events.front().body).config.language;
}

bool has_secret_ballots(const std::vector<core::Event>& events) {
    bool anonymous = false;
    bool ballots = false;
    for (const auto& event : events) {
        if (const auto* created = std::get_if<core::SessionCreated>(&event.body)) anonymous |= created->config.rules.anonymous_ballots;
        if (const auto* changed = std::get_if<core::ConfigChanged>(&event.body)) anonymous |= changed->config.rules.anonymous_ballots;
        ballots |= std::holds_alternative<core::BallotCast>(event.body);
    }
    return anonymous && ballots;
}

// The right of access: what the file holds about one person, the others as pseudonyms.
void export_person(const ExportOptions& options, const std::vector<core::Event>& events, core::Language language) {
    const auto assets = load_assets_or_fail(command, options.assets);
    const CliTexts say(assets.messages, language);
    const core::ParticipantId who = core::find_participant(core::fold(events), events, options.participant);
    if (who.is_none())
        fail(command, say("cli.unknown_participant", {{"file", options.file}, {"participant", options.participant}}) + " " +
                          say("cli.nothing_written"));
    const auto access = report::access_export(events, trainer_notes(options.file), who, assets.messages, language);
    if (options.format == "jsonl") {
        if (auto failed = proto::write_event_log(options.output, access.events)) fail(command, failed->message());
    } else {
        write_file(options.output, access.html);
    }
    std::cout << say("cli.export.access_written", {{"output", options.output}, {"participant", std::to_string(who.value)},
                                                   {"count", std::to_string(access.events.size())}})
              << '\n';
}

// An access request's own refusals, in the user's language (Dutch unless asked otherwise).
void check_person_arguments(const ExportOptions& options) {
    const auto assets = load_assets_or_fail(command, options.assets);
    const CliTexts say(assets.messages, language_or(options.language, core::Language::nl));
    if (options.format == "csv" || options.format == "lagerhuis")
        fail(command, say("cli.export.participant_format") + " " + say("cli.nothing_written"));
    if (options.pseudonymize) fail(command, say("cli.export.participant_pseudonymize") + " " + say("cli.nothing_written"));
}

void export_session(const ExportOptions& options) {
    if (!options.participant.empty()) check_person_arguments(options);
    check_arguments(options);
    if (options.format == "lagerhuis") return copy_session_file(options);

    const fs::path input = platform::path_from_utf8(options.file);
    const fs::path output = platform::path_from_utf8(options.output);
    std::error_code error;
    const auto size = fs::file_size(input, error);
    TerminalProgress progress(language_or(options.language, core::Language::nl));
    if (!error && size > 4 * 1024 * 1024) progress.note("reading " + options.file + " …");
    auto events = store::read_session(input);
    if (!events) fail(command, events.error());
    if (!std::holds_alternative<core::SessionCreated>(events->front().body))
        fail(command, options.file + ":1: the first event must be session_created");
    const core::Language language = language_or(options.language, session_language(*events));

    if (!options.participant.empty()) return export_person(options, *events, language);

    const bool needs_assets = options.format != "jsonl" || options.pseudonymize;
    const auto assets = needs_assets ? load_assets_or_fail(command, options.assets) : proto::SessionAssets{};
    if (options.pseudonymize) *events = report::pseudonymize(*events, assets.messages, language);

    if (options.format == "jsonl") {
        if (!options.pseudonymize && has_secret_ballots(*events))
            std::cerr << "lagerhuis export: note: " << options.output
                      << " is the whole event log, so it records who cast which ballot in a secret poll that is still "
                         "open or was closed before sealing (lagerhuis privacy names them); --pseudonymize replaces the names\n";
        if (auto failed = proto::write_event_log(output, *events)) fail(command, failed->message());
        std::cout << "Wrote " << counted(events->size(), "event", "events") << " to " << options.output << '\n';
        return;
    }

    const auto session = report::score_session(*events, std::ref(progress));
    if (options.format == "html") {
        write_file(output, report::html_report(session.state, session.board, assets.messages,
                                               {language, options.pseudonymize, trainer_notes(input)}));
        std::cout << "Wrote the report to " << options.output << '\n';
        return;
    }
    const auto tables = report::csv_tables(session.state, session.board, assets.messages,
                                           {language, report::CsvDialect{options.decimal_comma}});
    write_csv_folder(output, tables);
    std::cout << "Wrote " << counted(tables.size(), "table", "tables") << " to " << options.output << "/\n";
}

}  // namespace

void register_export(CLI::App& app) {
    auto options = std::make_shared<ExportOptions>();
    auto* exporter = app.add_subcommand("export", "Export a recorded session: HTML report, CSV tables, event log or a session file copy");
    exporter->footer(
        "Formats:\n"
        "  html       one self-contained HTML file for the trainer (no script, no external resource; prints on A4):\n"
        "             per statement the verdict beside the polls, speaking time, a timeline, drogredenen, crossings,\n"
        "             the argument graph and a feedback card per participant. Figures equal `analyze session`.\n"
        "  csv        a folder OUT/ with statements, turns, arguments, fallacies, flags, crossings, polls, votes and\n"
        "             participants .csv (RFC 4180, UTF-8 with BOM). Anonymous ballots are listed without voters.\n"
        "             --decimal-comma: ';' between fields and ',' in numbers, for Dutch spreadsheets.\n"
        "  jsonl      the event log, one JSON event per line; `lagerhuis analyze session` reads it back.\n"
        "  lagerhuis  a consolidated copy of the session file (without its secrets), e.g. to take home.\n"
        "             A closed secret poll keeps only its tally, there as in every export (docs/privacy.md).\n\n"
        "--pseudonymize replaces every name before anything is written: participants and observers become\n"
        "P1, P2, ... in the order they joined, the gespreksleider 'Gespreksleider' ('Facilitator' in English),\n"
        "also inside statements, arguments and notes (full names and capitalised name parts, whole words).\n"
        "It cannot be combined with --format lagerhuis: a session file is copied as the original record.\n\n"
        "--participant ID|NAME (an access request, AVG art. 15) writes what the file holds about one person:\n"
        "their feedback card, the trainer's notes on them and every event about them (html), or those events\n"
        "(jsonl). Everybody else is P1, P2, ...; who marked or flagged them is left out; no other person's ballot.\n\n"
        "FILE may be in use by a running host: it is only read. OUT must not exist yet (exit code 2).\n\n"
        "Examples:\n"
        "  lagerhuis export debat.lagerhuis --format html -o verslag.html\n"
        "  lagerhuis export debat.lagerhuis --format csv --decimal-comma -o debat-tabellen\n"
        "  lagerhuis export debat.lagerhuis --format jsonl --pseudonymize -o debat-anoniem.jsonl\n"
        "  lagerhuis export debat.lagerhuis --participant 'Anna de Vries' --format html -o inzage-anna.html");
    exporter->add_option("FILE", options->file, "The session: a .lagerhuis file (also while a host runs it) or a .jsonl log")
        ->required()
        ->check(existing_file());
    exporter->add_option("--format", options->format, "html, csv, jsonl or lagerhuis")
        ->required()
        ->check(CLI::IsMember({"html", "csv", "jsonl", "lagerhuis"}));
    exporter->add_option("-o,--output", options->output, "Where to write: a file (html, jsonl, lagerhuis) or a new folder (csv)")
        ->required();
    exporter->add_flag("--pseudonymize", options->pseudonymize, "Replace every name with P1, P2, ... (not with --format lagerhuis)");
    exporter->add_option("--participant", options->participant,
                         "Only what the file holds about this person (number or name), the others as P1, P2, ...: "
                         "an access request (html or jsonl)");
    add_language_option(*exporter, options->language);
    exporter->add_flag("--decimal-comma", options->decimal_comma, "CSV for Dutch spreadsheets: ';' between fields, ',' in numbers");
    add_assets_option(*exporter, options->assets);
    exporter->callback([options] { export_session(*options); });
}

}  // namespace lagerhuis::cli
