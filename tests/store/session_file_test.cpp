// Appending to and loading from a session file on the real disk.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/apply.hpp"
#include "core/scoring.hpp"
#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/store/store_fixture.hpp"
#include "tests/store/stored_form.hpp"

namespace lagerhuis::tests {

namespace {

store::SessionFile open_writer(const std::filesystem::path& path) {
    auto file = store::SessionFile::open(path, {.program = "lagerhuis test"});
    INFO((file ? std::string() : file.error().message()));
    REQUIRE(file.ok());
    return std::move(file).value();
}

std::vector<core::Event> load_all(const store::SessionFile& file) {
    auto events = file.load_events();
    INFO((events ? std::string() : events.error().message()));
    REQUIRE(events.ok());
    return std::move(events).value();
}

std::int64_t stored_rows(const std::filesystem::path& path) {
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    auto rows = db->query_int("SELECT count(*) FROM events");
    REQUIRE(rows.ok());
    return *rows;
}

}  // namespace

TEST_CASE("the demo debate stored and loaded again folds to the same state and scores", "[store]") {
    TempDir dir;
    const auto path = dir / "demo.lagerhuis";
    const auto original = shipped_demo_events();
    REQUIRE(original.size() > 100);
    {
        auto file = open_writer(path);
        auto last = file.append(original);
        REQUIRE(last.ok());
        CHECK(*last == original.size());
    }
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    const auto loaded = load_all(*file);
    REQUIRE(loaded.size() == original.size());
    CHECK(encoded(loaded) == encoded(as_stored(original)));

    const core::State expected = core::fold(original), actual = core::fold(loaded);
    CHECK(core::kept_scores(actual) == core::kept_scores(expected));
    CHECK(actual.participants.size() == expected.participants.size());
    CHECK(actual.turns.size() == expected.turns.size());
    CHECK(actual.arguments.size() == expected.arguments.size());
    CHECK(actual.flags.size() == expected.flags.size());
    CHECK(actual.crossings.size() == expected.crossings.size());
    CHECK(actual.last_seq == expected.last_seq);
}

TEST_CASE("batches appended over several openings load as one contiguous log", "[store]") {
    TempDir dir;
    const auto path = dir / "batches.lagerhuis";
    const auto demo = shipped_demo_events();
    const std::vector<std::size_t> sizes{1, 17, 3, 64, 5};
    std::size_t done = 0;
    for (std::size_t round = 0; round < 3; ++round) {
        auto file = open_writer(path);
        CHECK(file.last_seq() == done);
        for (auto size : sizes) {
            size = std::min(size, demo.size() - done);
            auto last = file.append(std::span(demo).subspan(done, size));
            REQUIRE(last.ok());
            done += size;
            CHECK(*last == done);
        }
    }
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    CHECK(file->last_seq() == done);
    const auto loaded = load_all(*file);
    CHECK(encoded(loaded) == encoded(as_stored(std::vector(demo.begin(), demo.begin() + static_cast<std::ptrdiff_t>(done)))));
}

TEST_CASE("load_events_since returns the events after a seq", "[store]") {
    TempDir dir;
    auto file = open_writer(dir / "since.lagerhuis");
    REQUIRE(file.append(marked_batch(1, 1, 10)).ok());
    auto since = file.load_events_since(7);
    REQUIRE(since.ok());
    REQUIRE(since->size() == 3);
    CHECK(since->front().seq == 8);
    CHECK(since->back().seq == 10);
    auto none = file.load_events_since(10);
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("a batch that does not continue the log is refused and nothing of it is written", "[store]") {
    TempDir dir;
    const auto path = dir / "seq.lagerhuis";
    auto file = open_writer(path);
    REQUIRE(file.append(marked_batch(1, 1, 4)).ok());

    auto gap = file.append(marked_batch(6, 2, 3));
    REQUIRE_FALSE(gap.ok());
    CHECK(gap.error().file == path.string());
    CHECK_THAT(gap.error().problem, Catch::Contains("seq 6 where seq 5 was expected"));
    CHECK_THAT(gap.error().problem, Catch::Contains("nothing"));

    auto replayed = file.append(marked_batch(4, 3, 2));
    REQUIRE_FALSE(replayed.ok());

    // Right start, but a hole inside the batch: none of it, not even its first event.
    auto torn = marked_batch(5, 4, 3);
    torn[2].seq = 9;
    REQUIRE_FALSE(file.append(torn).ok());

    CHECK(file.last_seq() == 4);
    CHECK(stored_rows(path) == 4);
    auto next = file.append(marked_batch(5, 5, 2));
    REQUIRE(next.ok());
    CHECK(*next == 6);
}

TEST_CASE("an empty batch writes nothing and reports the last seq", "[store]") {
    TempDir dir;
    auto file = open_writer(dir / "empty.lagerhuis");
    REQUIRE(file.append(marked_batch(1, 1, 2)).ok());
    auto last = file.append({});
    REQUIRE(last.ok());
    CHECK(*last == 2);
}

TEST_CASE("a reader cannot append, annotate or store secrets", "[store]") {
    TempDir dir;
    const auto path = dir / "reader.lagerhuis";
    {
        auto file = open_writer(path);
        REQUIRE(file.append(marked_batch(1, 1, 2)).ok());
    }
    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE(reader.ok());
    CHECK(reader->read_only());
    auto appended = reader->append(marked_batch(3, 2, 1));
    REQUIRE_FALSE(appended.ok());
    CHECK_THAT(appended.error().problem, Catch::Contains("read-only"));
    CHECK_FALSE(reader->add_annotation(note("x")).ok());
    CHECK(reader->store_secret(store::SecretKind::facilitator, 0, "x").has_value());
    CHECK(stored_rows(path) == 2);
}

TEST_CASE("a closed session file refuses further use with a clear error", "[store]") {
    TempDir dir;
    auto file = open_writer(dir / "closed.lagerhuis");
    CHECK_FALSE(file.close().has_value());
    auto appended = file.append(marked_batch(1, 1, 1));
    REQUIRE_FALSE(appended.ok());
    CHECK_THAT(appended.error().message(), Catch::Contains("closed"));
}

TEST_CASE("trainer annotations are kept beside the log and never change it", "[store]") {
    TempDir dir;
    const auto path = dir / "notes.lagerhuis";
    const auto demo = shipped_demo_events();
    std::int64_t first = 0;
    {
        auto file = open_writer(path);
        REQUIRE(file.append(demo).ok());
        auto strawman = note("Hier begon de stropop.");
        strawman.at_ms = 61'000;
        strawman.seq = 12;
        strawman.argument = core::ArgumentId{3};
        auto id = file.add_annotation(strawman);
        REQUIRE(id.ok());
        first = *id;
        auto closing = note("Goede afsluiting.");
        closing.created_at = "2024-05-01T10:00:00Z";
        auto second = file.add_annotation(closing);
        REQUIRE(second.ok());
        CHECK(*second != first);
    }
    auto file = open_writer(path);
    auto notes = file.annotations();
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    const auto& note = notes->front();
    CHECK(note.id == first);
    CHECK(note.at_ms == 61'000);
    CHECK(note.seq == 12u);
    CHECK(note.argument == core::ArgumentId{3});
    CHECK(note.text == "Hier begon de stropop.");
    CHECK(note.created_at.size() == 20);  // filled in: 2024-05-01T10:00:00Z
    CHECK_FALSE((*notes)[1].at_ms.has_value());
    CHECK((*notes)[1].argument.is_none());
    CHECK((*notes)[1].created_at == "2024-05-01T10:00:00Z");

    CHECK_FALSE(file.remove_annotation(first).has_value());
    CHECK(file.remove_annotation(first).has_value());
    CHECK(file.annotations()->size() == 1);
    CHECK(encoded(load_all(file)) == encoded(as_stored(demo)));
}

TEST_CASE("secrets are stored as salted hashes that check the original", "[store]") {
    TempDir dir;
    const auto path = dir / "secrets.lagerhuis";
    {
        auto file = open_writer(path);
        REQUIRE_FALSE(file.store_secret(store::SecretKind::participant_token, 7, "token-of-seven").has_value());
        REQUIRE_FALSE(file.store_secret(store::SecretKind::facilitator, 0, "voorzitter").has_value());
        REQUIRE_FALSE(file.store_secret(store::SecretKind::participant_token, 7, "new-token-of-seven").has_value());
    }
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    CHECK(*file->secret_matches(store::SecretKind::participant_token, 7, "new-token-of-seven"));
    CHECK_FALSE(*file->secret_matches(store::SecretKind::participant_token, 7, "token-of-seven"));
    CHECK_FALSE(*file->secret_matches(store::SecretKind::participant_token, 8, "new-token-of-seven"));
    CHECK(*file->secret_matches(store::SecretKind::facilitator, 0, "voorzitter"));
    CHECK_FALSE(*file->secret_matches(store::SecretKind::facilitator, 0, "token-of-seven"));
    const std::string bytes = file_bytes(path);
    CHECK(bytes.find("voorzitter") == std::string::npos);
    CHECK(bytes.find("new-token-of-seven") == std::string::npos);
}

TEST_CASE("closing a session folds the WAL back so the file stands alone", "[store]") {
    TempDir dir;
    const auto path = dir / "alone.lagerhuis";
    const auto demo = shipped_demo_events();
    {
        auto file = open_writer(path);
        REQUIRE(file.append(demo).ok());
        CHECK(std::filesystem::exists(path.string() + "-wal"));
        CHECK_FALSE(file.close().has_value());
    }
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path.string() + "-shm"));
    CHECK_FALSE(std::filesystem::exists(path.string() + ".lock"));
    // Moved alone to another place (another machine), it still holds everything.
    const auto moved = dir / "elsewhere.lagerhuis";
    std::filesystem::copy_file(path, moved);
    auto file = store::SessionFile::open_read_only(moved);
    REQUIRE(file.ok());
    CHECK(encoded(load_all(*file)) == encoded(as_stored(demo)));
}

}  // namespace lagerhuis::tests
