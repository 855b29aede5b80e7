// Loading a long log: it is read and decoded chunk by chunk on a thread of its own and
// handed over while the rest is still being read, yet comes back event for event as it
// was stored, folds to the same state, and a bad row is reported by the first one in
// the log; the chunks before it may have come, none after it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "core/replay.hpp"
#include "store/session_file.hpp"
#include "tests/core/state_dump.hpp"
#include "store/sqlite_database.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

namespace {

// Enough rows for every decoding thread to get a share, and megabytes of text.
constexpr std::size_t long_log_events = 30'000;

std::vector<core::Event> long_log() {
    auto events = marked_batch(1, 1, long_log_events);
    // One line far longer than a text block, in the middle of the log.
    events[20'000].request_id = std::string(1'500'000, 'x');
    return events;
}

void store_log(const std::filesystem::path& path, const std::vector<core::Event>& events) {
    auto file = store::SessionFile::open(path);
    REQUIRE(file.ok());
    for (std::size_t at = 0; at < events.size(); at += 10'000) {
        const std::size_t count = std::min<std::size_t>(10'000, events.size() - at);
        REQUIRE(file->append(std::span(events).subspan(at, count)).ok());
    }
    REQUIRE_FALSE(file->close().has_value());
}

void tamper(const std::filesystem::path& path, const std::string& sql) {
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db.ok());
    const auto error = db->exec(sql);
    INFO(error.value_or(""));
    REQUIRE_FALSE(error.has_value());
}

std::string load_error(const std::filesystem::path& path) {
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto events = file->load_events();
    REQUIRE_FALSE(events.ok());
    return events.error().message();
}

}  // namespace

TEST_CASE("a long log loads back event for event, a line longer than a text block included", "[store]") {
    TempDir dir;
    const auto path = dir / "long.lagerhuis";
    const auto events = long_log();
    store_log(path, events);

    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto loaded = file->load_events();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->size() == events.size());
    CHECK(encoded(*loaded) == encoded(events));

    auto tail = file->load_events_since(12'345);
    REQUIRE(tail.ok());
    REQUIRE(tail->size() == events.size() - 12'345);
    CHECK(tail->front().seq == 12'346);
    CHECK(encoded(*tail) == encoded(std::vector<core::Event>(events.begin() + 12'345, events.end())));
}

TEST_CASE("a long log streams in chunks that together are the log, and folds as it comes to the same state", "[store]") {
    TempDir dir;
    const auto path = dir / "long-stream.lagerhuis";
    const auto events = long_log();
    store_log(path, events);

    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    std::vector<core::Event> joined;
    std::size_t chunks = 0;
    core::Replay replay;
    auto problem = file->stream_events_since(0, [&](std::vector<core::Event>&& chunk) {
        ++chunks;
        REQUIRE_FALSE(chunk.empty());
        CHECK(chunk.front().seq == joined.size() + 1);  // in order, nothing skipped or repeated
        joined.insert(joined.end(), chunk.begin(), chunk.end());
        replay.extend(std::move(chunk));
    });
    REQUIRE_FALSE(problem.has_value());
    CHECK(chunks > 10);  // really in pieces, so folding could start early
    CHECK(encoded(joined) == encoded(events));
    CHECK(file->last_seq() == events.size());

    core::Replay at_once(events);
    CHECK(dump_state(replay.final_state()) == dump_state(at_once.final_state()));
    for (const std::size_t moment : {std::size_t{0}, std::size_t{2'047}, std::size_t{2'048}, std::size_t{17'001}, events.size()})
        CHECK(dump_state(replay.seek(moment)) == dump_state(at_once.seek(moment)));
}

TEST_CASE("in a long log the first bad row is the one reported, whichever thread decoded it", "[store]") {
    TempDir dir;
    const auto path = dir / "long-bad.lagerhuis";
    store_log(path, long_log());

    SECTION("a line that is not JSON late in the log, a moved row later still") {
        tamper(path, "UPDATE events SET json = 'Stelling: zwembad dicht' WHERE seq = 25000");
        tamper(path, "UPDATE events SET at_ms = at_ms + 1 WHERE seq = 29000");
        CHECK_THAT(load_error(path), Catch::Contains("event seq 25000 does not decode"));
    }
    SECTION("a moved row early in the log, a line that is not JSON late") {
        tamper(path, "UPDATE events SET at_ms = at_ms + 1 WHERE seq = 3000");
        tamper(path, "UPDATE events SET json = 'Stelling: zwembad dicht' WHERE seq = 25000");
        CHECK_THAT(load_error(path), Catch::Contains("event seq 3000 disagrees with its row"));
    }
    SECTION("streaming stops at the bad row: the chunks before it came, none after") {
        tamper(path, "UPDATE events SET json = '{' WHERE seq = 9000");
        auto file = store::SessionFile::open_read_only(path);
        REQUIRE(file.ok());
        core::Seq last_handed = 0;
        auto problem = file->stream_events_since(0, [&](std::vector<core::Event>&& chunk) { last_handed = chunk.back().seq; });
        REQUIRE(problem.has_value());
        CHECK_THAT(problem->message(), Catch::Contains("event seq 9000 does not decode"));
        CHECK(last_handed < 9'000);
    }
    SECTION("two lines that are not JSON, far apart") {
        tamper(path, "UPDATE events SET json = '{' WHERE seq IN (9000, 28000)");
        CHECK_THAT(load_error(path), Catch::Contains("event seq 9000 does not decode"));
        // Decoding goes on normally after a line that broke off mid-way.
        auto file = store::SessionFile::open_read_only(path);
        REQUIRE(file.ok());
        auto after = file->load_events_since(28'000);
        REQUIRE(after.ok());
        CHECK(after->size() == long_log_events - 28'000);
    }
}

}  // namespace lagerhuis::tests
