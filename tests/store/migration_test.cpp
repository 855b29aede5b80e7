// Older session files are brought up to date on open, all steps in one transaction.
#include <catch2/catch.hpp>

#include <array>

#include "store/migration.hpp"
#include "store/schema.hpp"
#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

namespace {

store::Database fresh_database(const std::filesystem::path& path) {
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(db.ok());
    REQUIRE_FALSE(store::create_schema(*db).has_value());
    // As a file of version 1 was: the steps below start there.
    REQUIRE_FALSE(store::write_schema_version(*db, 1).has_value());
    return std::move(db).value();
}

// The meta table's version, checked to agree with the header's copy.
int version_of(store::Database& db) {
    auto version = store::read_schema_version(db);
    REQUIRE(version.ok());
    auto header = db.query_int("PRAGMA user_version");
    REQUIRE(header.ok());
    CHECK(*header == *version);
    return *version;
}

bool has_table(store::Database& db, const std::string& name) {
    auto count = db.query_int("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'");
    REQUIRE(count.ok());
    return *count == 1;
}

std::optional<std::string> add_speakers_table(store::Database& db) {
    return db.exec("CREATE TABLE speakers(id INTEGER PRIMARY KEY, name TEXT)");
}
std::optional<std::string> add_speaker_column(store::Database& db) {
    return db.exec("ALTER TABLE speakers ADD COLUMN side TEXT");
}
std::optional<std::string> failing_step(store::Database& db) {
    if (auto error = db.exec("CREATE TABLE half_done(x)")) return error;
    return "disk full (simulated)";
}

}  // namespace

TEST_CASE("migration runs every step from the file's version to the target and records it", "[store]") {
    TempDir dir;
    auto db = fresh_database(dir / "old.lagerhuis");
    const std::array steps{store::MigrationStep{1, "speakers table", add_speakers_table},
                           store::MigrationStep{2, "speaker side", add_speaker_column}};
    REQUIRE_FALSE(store::migrate(db, 3, steps).has_value());
    CHECK(version_of(db) == 3);
    CHECK(has_table(db, "speakers"));
    CHECK_FALSE(db.exec("INSERT INTO speakers(name, side) VALUES('Anne', 'voor')").has_value());
    // At the target already: nothing to do.
    CHECK_FALSE(store::migrate(db, 3, steps).has_value());
}

TEST_CASE("a failing migration step undoes every step before it", "[store]") {
    TempDir dir;
    auto db = fresh_database(dir / "old.lagerhuis");
    const std::array steps{store::MigrationStep{1, "speakers table", add_speakers_table},
                           store::MigrationStep{2, "half done", failing_step}};
    auto error = store::migrate(db, 3, steps);
    REQUIRE(error.has_value());
    CHECK_THAT(*error, Catch::Contains("migration from schema version 2 (half done) failed: disk full (simulated)"));
    CHECK(version_of(db) == 1);
    CHECK_FALSE(has_table(db, "speakers"));
    CHECK_FALSE(has_table(db, "half_done"));
}

TEST_CASE("migration without a step for some version changes nothing", "[store]") {
    TempDir dir;
    auto db = fresh_database(dir / "old.lagerhuis");
    const std::array steps{store::MigrationStep{1, "speakers table", add_speakers_table}};
    auto error = store::migrate(db, 3, steps);
    REQUIRE(error.has_value());
    CHECK_THAT(*error, Catch::Contains("no migration from schema version 2 to 3"));
    CHECK(version_of(db) == 1);
    CHECK_FALSE(has_table(db, "speakers"));
}

TEST_CASE("migration refuses to go back from a newer version", "[store]") {
    TempDir dir;
    auto db = fresh_database(dir / "new.lagerhuis");
    REQUIRE_FALSE(store::write_schema_version(db, 4).has_value());
    auto error = store::migrate(db, 1, store::schema_migrations());
    REQUIRE(error.has_value());
    CHECK_THAT(*error, Catch::Contains("schema version 4 is newer"));
    CHECK(version_of(db) == 4);
}

TEST_CASE("a host opening a file of a version it cannot migrate leaves the file as it was", "[store]") {
    TempDir dir;
    const auto path = dir / "ancient.lagerhuis";
    {
        auto file = store::SessionFile::open(path);
        REQUIRE(file.ok());
        REQUIRE(file->append(marked_batch(1, 1, 3)).ok());
    }
    {
        auto db = store::Database::open(path.string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db.ok());
        REQUIRE_FALSE(store::write_schema_version(*db, 0).has_value());
    }
    const std::string before = file_bytes(path);
    auto writer = store::SessionFile::open(path);
    REQUIRE_FALSE(writer.ok());
    CHECK_THAT(writer.error().message(), Catch::Contains("no migration from schema version 0 to 1") &&
                                             Catch::Contains("left as it was"));
    CHECK(file_bytes(path) == before);
    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE_FALSE(reader.ok());
    CHECK_THAT(reader.error().message(), Catch::Contains("schema version 0 is older"));
}

}  // namespace lagerhuis::tests
