// `lagerhuis privacy`, `lagerhuis sessions` and `lagerhuis delete`, run as a privacy
// officer or a trainer would, on real files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "store/host_lock.hpp"
#include "store/retention.hpp"
#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/cli/demo_file.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/store/sql_change.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {
namespace {

namespace fs = std::filesystem;

void touch(const fs::path& path, std::string_view text = "x") { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("lagerhuis privacy says what a session file keeps about people, in Dutch or English", "[cli][privacy]") {
    DemoFile demo;
    const auto dutch = run_command({LAGERHUIS_BINARY, "privacy", demo.file.string()});
    INFO(dutch.err);
    REQUIRE(dutch.exit_code == 0);
    CHECK_THAT(dutch.out, Catch::Contains("Privacyoverzicht van " + demo.file.string()));
    CHECK_THAT(dutch.out, Catch::Contains("Bewaren tot " + store::date_in_days(90) + ": nog 90 dagen."));
    CHECK_THAT(dutch.out, Catch::Contains("Geheime stemmingen, verzegeld: 2."));
    CHECK_THAT(dutch.out, Catch::Contains("Namen van personen: "));
    CHECK_THAT(dutch.out, !Catch::Contains("vóór het verzegelen"));
    const auto english = run_command({LAGERHUIS_BINARY, "privacy", demo.file.string(), "--language", "en"});
    REQUIRE(english.exit_code == 0);
    CHECK_THAT(english.out, Catch::Contains("Secret polls, sealed: 2. Only the result is kept"));
    CHECK_THAT(english.out, Catch::Contains("Keep until " + store::date_in_days(90) + ": 90 more days."));
}

TEST_CASE("a file past its date is named by sessions and by privacy, with what to run", "[cli][privacy]") {
    DemoFile demo;
    touch(demo.dir / "notes.txt");  // not a session: not listed
    {
        const auto fresh = run_command({LAGERHUIS_BINARY, "sessions", demo.dir.path().string()});
        REQUIRE(fresh.exit_code == 0);
        CHECK_THAT(fresh.out, Catch::Contains("demo.lagerhuis  bewaren tot " + store::date_in_days(90)));
        CHECK_THAT(fresh.out, Catch::Contains("1 sessiebestand in") && Catch::Contains("; over de bewaardatum: 0"));
        const auto english = run_command({LAGERHUIS_BINARY, "sessions", demo.dir.path().string(), "--language", "en"});
        CHECK_THAT(english.out, Catch::Contains("demo.lagerhuis  keep until " + store::date_in_days(90)));
        CHECK_THAT(english.out, Catch::Contains("1 session file in") && Catch::Contains("; past the retention date: 0"));
    }
    change_by_sql(demo.file, "UPDATE meta SET value = '2026-01-31' WHERE key = 'keep_until'");
    const auto listed = run_command({LAGERHUIS_BINARY, "sessions", demo.dir.path().string()});
    REQUIRE(listed.exit_code == 0);
    CHECK_THAT(listed.out, Catch::Contains("bewaren tot 2026-01-31  VERLOPEN: lagerhuis delete " + demo.file.string()));
    CHECK_THAT(listed.out, Catch::Contains("; over de bewaardatum: 1"));
    const auto summary = run_command({LAGERHUIS_BINARY, "privacy", demo.file.string()});
    CHECK_THAT(summary.out, Catch::Contains("Bewaren tot 2026-01-31: die datum is voorbij. Verwijder het bestand met: lagerhuis delete"));
    const auto missing = run_command({LAGERHUIS_BINARY, "sessions", (demo.dir / "nergens").string()});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("die map bestaat niet"));
}

TEST_CASE("privacy names the polls of an older file that still link ballots to voters", "[cli][privacy]") {
    DemoFile demo;
    // As schema version 1 left it: ballots kept after the close, no retention date.
    auto events = shipped_demo_events();
    for (auto& event : events)
        if (auto* closed = std::get_if<core::PollClosed>(&event.body)) closed->tally.reset();
    const fs::path old = demo.dir / "oud.lagerhuis";
    {
        auto file = store::SessionFile::open(old);
        REQUIRE(file.ok());
        REQUIRE(file->append(events).ok());
    }
    change_by_sql(old, "DELETE FROM meta WHERE key = 'keep_until'; UPDATE meta SET value = '1' WHERE key = "
                       "'schema_version'; PRAGMA user_version = 1");
    const auto summary = run_command({LAGERHUIS_BINARY, "privacy", old.string(), "--language", "en"});
    INFO(summary.err);
    REQUIRE(summary.exit_code == 0);
    CHECK_THAT(summary.out, Catch::Contains("Secret polls from before sealing: 2. They still hold who voted what"));
    CHECK_THAT(summary.out, Catch::Contains("No retention date"));
}

TEST_CASE("lagerhuis delete removes a session with what is kept beside it, and nothing else", "[cli][privacy]") {
    DemoFile demo;
    for (const char* name : {"demo.html", "demo.jsonl", "demo-2.lagerhuis", "ander.html"}) touch(demo.dir / name);
    fs::create_directory(demo.dir / "demo-csv");
    touch(demo.dir / "demo-csv" / "turns.csv");
    const auto deleted = run_command({LAGERHUIS_BINARY, "delete", demo.file.string(), "--yes"});
    INFO(deleted.err);
    REQUIRE(deleted.exit_code == 0);
    for (const char* gone : {"demo.lagerhuis", "demo.html", "demo.jsonl", "demo-csv", "demo.lagerhuis.lock"})
        CHECK_FALSE(fs::exists(demo.dir / gone));
    for (const char* kept : {"demo-2.lagerhuis", "ander.html"}) CHECK(fs::exists(demo.dir / kept));
}

TEST_CASE("lagerhuis delete refuses what it must not remove, and removes nothing", "[cli][privacy]") {
    DemoFile demo;
    const std::string before = file_bytes(demo.file);
    {  // Not confirmed: no terminal to ask and no --yes.
        const auto refused = run_command({LAGERHUIS_BINARY, "delete", demo.file.string()});
        CHECK(refused.exit_code == 2);
        CHECK_THAT(refused.err, Catch::Contains("Niet bevestigd") && Catch::Contains("Er is niets verwijderd."));
        const auto english = run_command({LAGERHUIS_BINARY, "delete", demo.file.string(), "--language", "en"});
        CHECK_THAT(english.err, Catch::Contains("Not confirmed") && Catch::Contains("Nothing was deleted."));
    }
    {  // In use by a host.
        auto lock = store::HostLock::acquire(demo.file, "lagerhuis serve");
        REQUIRE(lock.ok());
        const auto refused = run_command({LAGERHUIS_BINARY, "delete", demo.file.string(), "--yes"});
        CHECK(refused.exit_code == 2);
        CHECK_THAT(refused.err, Catch::Contains("is open in een host (in use by lagerhuis serve") &&
                                    Catch::Contains("Stop die host") && Catch::Contains("Er is niets verwijderd."));
    }
    {  // Not a session.
        touch(demo.dir / "boodschappen.lagerhuis", "melk, brood");
        const auto refused = run_command({LAGERHUIS_BINARY, "delete", (demo.dir / "boodschappen.lagerhuis").string(), "--yes"});
        CHECK(refused.exit_code == 2);
        CHECK_THAT(refused.err, Catch::Contains("is geen sessiebestand van Lagerhuis") && Catch::Contains("Er is niets verwijderd."));
        CHECK(fs::exists(demo.dir / "boodschappen.lagerhuis"));
    }
    CHECK(file_bytes(demo.file) == before);
}

}  // namespace lagerhuis::tests
