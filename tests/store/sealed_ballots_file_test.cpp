// A secret poll's ballots in the session file: readable only while the poll is open,
// sealed in the commit that closes it (old bytes zeroed, -wal folded away), read back as
// the sealed log. Files from before sealing keep their polls; new files carry a retention date.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/apply.hpp"
#include "core/ballot_seal.hpp"
#include "store/retention.hpp"
#include "store/schema.hpp"
#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/core/state_dump.hpp"
#include "tests/store/sql_change.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {
namespace {

bool holds(const std::filesystem::path& path, std::string_view text) {
    return std::filesystem::exists(path) && file_bytes(path).find(text) != std::string::npos;
}

// Where the demo's poll closes: the events before it leave the poll open.
std::size_t close_of_poll(const std::vector<core::Event>& events) {
    const auto closed = std::find_if(events.begin(), events.end(), [](const core::Event& e) {
        return std::holds_alternative<core::PollClosed>(e.body);
    });
    REQUIRE(closed != events.end());
    return static_cast<std::size_t>(closed - events.begin());
}

}  // namespace

TEST_CASE("closing a secret poll seals its ballots in the file and leaves no old bytes", "[store][privacy]") {
    TempDir dir;
    const auto path = dir / "stemming.lagerhuis";
    const auto wal = path.string() + "-wal";
    const auto events = shipped_demo_events();
    const std::size_t close = close_of_poll(events);
    REQUIRE(core::sealed_by(events[close]).has_value());
    auto file = store::SessionFile::open(path);
    REQUIRE(file.ok());
    REQUIRE(file->append(std::span(events).first(close)).ok());
    // Open: the ballots are there, so a crash loses none.
    CHECK((holds(path, "\"choice\"") || holds(wal, "\"choice\"")));
    REQUIRE(file->append(std::span(events).subspan(close)).ok());
    // Closed, with the writer still open: neither the file nor its -wal holds a ballot.
    for (const std::filesystem::path& each : {path, std::filesystem::path(wal)}) {
        INFO(each.string());
        CHECK_FALSE(holds(each, "ballot_cast"));
        CHECK_FALSE(holds(each, "\"choice\""));
    }
    auto loaded = file->load_events();
    REQUIRE(loaded.ok());
    auto sealed = events;  // both of the demo's polls
    for (const auto& event : events)
        if (auto poll = core::sealed_by(event)) CHECK(core::seal_ballots(sealed, *poll) > 0);
    CHECK(encoded(*loaded) == encoded(sealed));
    CHECK(state_difference(core::fold(events), core::fold(*loaded)).empty());
}

TEST_CASE("a new session file carries the date after which it should be deleted", "[store][privacy]") {
    TempDir dir;
    {
        auto file = store::SessionFile::open(dir / "standaard.lagerhuis");
        REQUIRE(file.ok());
        auto date = file->keep_until();
        REQUIRE(date.ok());
        CHECK(*date == store::date_in_days(90));
    }
    auto file = store::SessionFile::open(dir / "kort.lagerhuis", {.keep_days = 7});
    REQUIRE(file.ok());
    CHECK(*file->keep_until() == store::date_in_days(7));
    int days = 0;
    REQUIRE(store::days_between(store::today_utc(), **file->keep_until(), days));
    CHECK(days == 7);
    CHECK_FALSE(store::days_between("2026-02-30", "2026-03-01", days));
}

TEST_CASE("a file from before sealing keeps its polls, is read as it is and migrates unchanged", "[store][privacy]") {
    TempDir dir;
    const auto path = dir / "oud.lagerhuis";
    auto events = shipped_demo_events();
    for (auto& event : events)
        if (auto* closed = std::get_if<core::PollClosed>(&event.body)) closed->tally.reset();  // as version 1 wrote it
    {
        auto file = store::SessionFile::open(path);
        REQUIRE(file.ok());
        REQUIRE(file->append(events).ok());
    }
    change_by_sql(path, "DELETE FROM meta WHERE key = 'keep_until'; UPDATE meta SET value = '1' WHERE key = 'schema_version'; "
                 "PRAGMA user_version = 1");
    {
        auto reader = store::SessionFile::open_read_only(path);  // no migration needed to read it
        REQUIRE(reader.ok());
        CHECK(encoded(*reader->load_events()) == encoded(events));
        CHECK_FALSE(reader->keep_until()->has_value());
    }
    auto writer = store::SessionFile::open(path);
    REQUIRE(writer.ok());
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    CHECK(*store::read_schema_version(*db) == store::current_schema_version);
    CHECK(encoded(*writer->load_events()) == encoded(events));  // its ballots as they were
    CHECK(core::fold(events).polls.front().ballots.size() > 0);
}

}  // namespace lagerhuis::tests
