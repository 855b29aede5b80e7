// The consolidated copy a trainer takes home.
#include <catch2/catch.hpp>

#include <fstream>

#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/store/store_fixture.hpp"
#include "tests/store/stored_form.hpp"

namespace lagerhuis::tests {

namespace {

std::int64_t secret_rows(const std::filesystem::path& path) {
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    auto rows = db->query_int("SELECT count(*) FROM secrets");
    REQUIRE(rows.ok());
    return *rows;
}

}  // namespace

TEST_CASE("an export of a live session stands on its own, with the log and notes but no secrets", "[store]") {
    TempDir dir;
    const auto path = dir / "live.lagerhuis";
    const auto copy = dir / "for-the-trainer.lagerhuis";
    const auto demo = shipped_demo_events();
    auto host = store::SessionFile::open(path, {.program = "lagerhuis serve"});
    REQUIRE(host.ok());
    REQUIRE(host->append(demo).ok());
    REQUIRE_FALSE(host->store_secret(store::SecretKind::facilitator, 0, "voorzitter").has_value());
    REQUIRE_FALSE(host->store_secret(store::SecretKind::participant_token, 3, "token-3").has_value());
    auto opening = note("Sterke opening.");
    opening.seq = 5;
    REQUIRE(host->add_annotation(opening).ok());
    REQUIRE(secret_rows(path) == 2);

    const auto error = host->export_copy(copy);
    INFO((error ? error->message() : std::string()));
    REQUIRE_FALSE(error.has_value());
    CHECK_FALSE(std::filesystem::exists(copy.string() + "-wal"));
    CHECK_FALSE(std::filesystem::exists(copy.string() + ".exporting"));
    CHECK(secret_rows(copy) == 0);

    // The secrets' hashes do not linger in the copy's free pages either.
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    auto hash = db->query_text("SELECT hash FROM secrets WHERE kind = 'facilitator'");
    REQUIRE(hash.ok());
    CHECK(file_bytes(copy).find(*hash) == std::string::npos);

    // The copy is a session file of its own, taken elsewhere while the host goes on.
    REQUIRE(host->append(marked_batch(demo.size() + 1, 1, 2)).ok());
    auto reader = store::SessionFile::open_read_only(copy);
    REQUIRE(reader.ok());
    auto events = reader->load_events();
    REQUIRE(events.ok());
    CHECK(encoded(*events) == encoded(as_stored(demo)));
    CHECK(reader->annotations()->size() == 1);
    CHECK_FALSE(*reader->secret_matches(store::SecretKind::facilitator, 0, "voorzitter"));
    reader = store::SessionFile::open(copy);
    REQUIRE(reader.ok());
    CHECK(reader->last_seq() == demo.size());
}

TEST_CASE("an export of a closed session can be made by a reader", "[store]") {
    TempDir dir;
    const auto path = dir / "closed.lagerhuis";
    const auto copy = dir / "copy.lagerhuis";
    {
        auto host = store::SessionFile::open(path);
        REQUIRE(host.ok());
        REQUIRE(host->append(marked_batch(1, 1, 6)).ok());
        REQUIRE_FALSE(host->store_secret(store::SecretKind::facilitator, 0, "voorzitter").has_value());
    }
    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE(reader.ok());
    REQUIRE_FALSE(reader->export_copy(copy).has_value());
    CHECK(secret_rows(path) == 1);
    CHECK(secret_rows(copy) == 0);
    auto exported = store::SessionFile::open_read_only(copy);
    REQUIRE(exported.ok());
    CHECK(exported->last_seq() == 6);
}

TEST_CASE("an export never overwrites an existing file", "[store]") {
    TempDir dir;
    const auto path = dir / "session.lagerhuis";
    const auto copy = dir / "taken.lagerhuis";
    std::ofstream(copy) << "somebody's notes";
    auto host = store::SessionFile::open(path);
    REQUIRE(host.ok());
    auto error = host->export_copy(copy);
    REQUIRE(error.has_value());
    CHECK_THAT(error->message(), Catch::Contains("already exists"));
    CHECK(file_bytes(copy) == "somebody's notes");
    CHECK(host->export_copy(path).has_value());
}

}  // namespace lagerhuis::tests
