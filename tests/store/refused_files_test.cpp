// Files a host must not take over: newer, foreign or damaged ones are refused with a
// message naming the file and the problem, and are left exactly as they were.
#include <catch2/catch.hpp>

#include <fstream>

#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

namespace {

void make_session(const std::filesystem::path& path, const std::vector<core::Event>& events) {
    auto file = store::SessionFile::open(path);
    REQUIRE(file.ok());
    REQUIRE(file->append(events).ok());
    REQUIRE_FALSE(file->close().has_value());
}

// Edits a file behind the store's back, as a damaged disk or another program would.
void tamper(const std::filesystem::path& path, const std::string& sql) {
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(db.ok());
    const auto error = db->exec(sql);
    INFO(error.value_or(""));
    REQUIRE_FALSE(error.has_value());
}

struct FileImage {
    std::string bytes;
    std::filesystem::file_time_type mtime;
    friend bool operator==(const FileImage&, const FileImage&) = default;
};

FileImage image_of(const std::filesystem::path& path) {
    return {file_bytes(path), std::filesystem::last_write_time(path)};
}

// Both ways in are refused with `words` in the message (a reader's with `reader_words`
// when given), and nothing changes on disk.
void check_refused(const std::filesystem::path& path, const std::string& words, std::string reader_words = {}) {
    if (reader_words.empty()) reader_words = words;
    const FileImage before = image_of(path);
    auto writer = store::SessionFile::open(path);
    REQUIRE_FALSE(writer.ok());
    CHECK(writer.error().file == path.string());
    CHECK_THAT(writer.error().message(), Catch::Contains(path.string()) && Catch::Contains(words));
    // A reader checks the pages (quick_check) while it reads the events: damage is then
    // reported by the load, before any event is handed out, and by every other use.
    auto reader = store::SessionFile::open_read_only(path);
    if (reader.ok()) {
        auto events = reader->load_events();
        REQUIRE_FALSE(events.ok());
        CHECK_THAT(events.error().message(), Catch::Contains(reader_words));
    } else {
        CHECK_THAT(reader.error().message(), Catch::Contains(reader_words));
    }
    CHECK(image_of(path) == before);
    CHECK_FALSE(std::filesystem::exists(path.string() + ".lock"));
    CHECK_FALSE(std::filesystem::exists(path.string() + "-journal"));
}

}  // namespace

TEST_CASE("a session file of a newer schema version is refused and left unchanged", "[store]") {
    TempDir dir;
    const auto path = dir / "future.lagerhuis";
    make_session(path, marked_batch(1, 1, 5));
    // As a newer program writes it: in the meta table and in the header.
    tamper(path, "UPDATE meta SET value = '9' WHERE key = 'schema_version'; PRAGMA user_version = 9");
    check_refused(path, "newer Lagerhuis (schema version 9");
    // Told from the header alone: not even the -wal and -shm a connection would add.
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path.string() + "-shm"));
}

TEST_CASE("a newer schema version in the meta table alone is refused too", "[store]") {
    TempDir dir;
    const auto path = dir / "future-meta.lagerhuis";
    make_session(path, marked_batch(1, 1, 5));
    tamper(path, "UPDATE meta SET value = '10' WHERE key = 'schema_version'");
    check_refused(path, "newer Lagerhuis (schema version 10");
}

TEST_CASE("a SQLite database of another program is refused as foreign", "[store]") {
    TempDir dir;
    const auto path = dir / "photos.db";
    tamper(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos(name) VALUES('zwembad.jpg')");
    check_refused(path, "not a Lagerhuis session file: a SQLite database of another program (application id 0x00000000");
}

TEST_CASE("a SQLite file with our application id but no meta table is refused as damaged", "[store]") {
    TempDir dir;
    const auto path = dir / "half.lagerhuis";
    tamper(path, "PRAGMA application_id = 1281837171; CREATE TABLE other(x)");
    check_refused(path, "damaged session file: it has the Lagerhuis header but no such table: meta");
}

TEST_CASE("a text file is refused as not a SQLite database", "[store]") {
    TempDir dir;
    const auto path = dir / "notes.lagerhuis";
    std::ofstream(path) << "Stelling: het zwembad moet dicht.\nVoor: 12, tegen: 9\n" << std::string(200, '.') << "\n";
    check_refused(path, "not a Lagerhuis session file: it is not a SQLite database at all");
}

TEST_CASE("a session file whose pages are damaged is refused", "[store]") {
    TempDir dir;
    const auto path = dir / "damaged.lagerhuis";
    make_session(path, shipped_demo_events());
    {
        // Scribble over a page near the end, where the events are; keep the header.
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekg(0, std::ios::end);
        const auto size = static_cast<std::streamoff>(file.tellg());
        REQUIRE(size > 8 * 4096);
        file.seekp(size - 3 * 4096);
        const std::string garbage(4096, '\x5a');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    check_refused(path, "damaged session file");
    // Every other use of a damaged file's reader says so too.
    auto reader = store::SessionFile::open_read_only(path);
    if (reader.ok()) {
        auto notes = reader->annotations();
        REQUIRE_FALSE(notes.ok());
        CHECK_THAT(notes.error().message(), Catch::Contains("damaged session file"));
    }
}

// Lines are checked as they are decoded, when the log is loaded (a host loads it before
// anything else): the file is never changed on the way.
void check_unloadable(const std::filesystem::path& path, const std::string& words) {
    const FileImage before = image_of(path);
    {
        auto host = store::SessionFile::open(path);
        REQUIRE(host.ok());
        auto events = host->load_events();
        REQUIRE_FALSE(events.ok());
        CHECK(events.error().file == path.string());
        CHECK_THAT(events.error().message(), Catch::Contains(words));
    }
    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE(reader.ok());
    auto events = reader->load_events();
    REQUIRE_FALSE(events.ok());
    CHECK_THAT(events.error().message(), Catch::Contains(path.string()) && Catch::Contains(words));
    CHECK(image_of(path).bytes == before.bytes);
}

TEST_CASE("a session file with a line that is not JSON is reported when loading, naming the seq", "[store]") {
    TempDir dir;
    const auto path = dir / "bad-line.lagerhuis";
    make_session(path, marked_batch(1, 1, 5));
    tamper(path, "UPDATE events SET json = 'Stelling: zwembad dicht' WHERE seq = 3");
    check_unloadable(path, "event seq 3 does not decode");
}

TEST_CASE("a session file whose line disagrees with its row is reported when loading", "[store]") {
    TempDir dir;
    const auto path = dir / "moved-line.lagerhuis";
    make_session(path, marked_batch(1, 1, 5));
    tamper(path, "UPDATE events SET at_ms = at_ms + 1 WHERE seq = 2");
    check_unloadable(path, "event seq 2 disagrees with its row");
}

TEST_CASE("a session file with a gap in its log is refused", "[store]") {
    TempDir dir;
    const auto path = dir / "gap.lagerhuis";
    make_session(path, marked_batch(1, 1, 8));
    tamper(path, "DELETE FROM events WHERE seq = 5");
    // A reader finds the gap where it reads past it (it does not count the rows first).
    check_refused(path, "the log is not contiguous: 7 events with seq 1 to 8, seq 5 is missing",
                  "seq 5 is missing (the next stored event is seq 6)");
}

TEST_CASE("an event whose JSON fits its row but not the event schema is reported when loading", "[store]") {
    TempDir dir;
    const auto path = dir / "bad-body.lagerhuis";
    make_session(path, marked_batch(1, 1, 5));
    tamper(path, "UPDATE events SET json = json_set(json, '$.body', json('{}')) WHERE seq = 4");
    check_unloadable(path, "event seq 4 does not decode: body.statement");
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    CHECK(file->load_events_since(4).ok());
}

TEST_CASE("a missing file is created by a host but not by a reader", "[store]") {
    TempDir dir;
    const auto path = dir / "new.lagerhuis";
    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE_FALSE(reader.ok());
    CHECK_THAT(reader.error().message(), Catch::Contains("no such session file"));
    auto strict = store::SessionFile::open(path, {.create = false});
    REQUIRE_FALSE(strict.ok());
    CHECK_FALSE(std::filesystem::exists(path));

    auto writer = store::SessionFile::open(path);
    REQUIRE(writer.ok());
    CHECK(writer->last_seq() == 0);
    CHECK_FALSE(std::filesystem::exists(path.string() + ".creating"));
}

TEST_CASE("an empty file becomes a session for a host and is refused to a reader", "[store]") {
    TempDir dir;
    const auto path = dir / "made-by-mktemp.lagerhuis";
    std::ofstream(path).close();
    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE_FALSE(reader.ok());
    CHECK_THAT(reader.error().message(), Catch::Contains("empty"));
    auto writer = store::SessionFile::open(path);
    REQUIRE(writer.ok());
    REQUIRE(writer->append(marked_batch(1, 1, 2)).ok());
}

}  // namespace lagerhuis::tests
