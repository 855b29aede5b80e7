// One host per session file; readers always welcome.
#include <catch2/catch.hpp>

#include <fstream>

#include "platform/process_identity.hpp"
#include "store/host_lock.hpp"
#include "store/session_file.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

TEST_CASE("a second host on the same file is refused with the first one's name, pid and host", "[store]") {
    TempDir dir;
    const auto path = dir / "debat.lagerhuis";
    auto first = store::SessionFile::open(path, {.program = "lagerhuis serve"});
    REQUIRE(first.ok());
    REQUIRE(first->append(marked_batch(1, 1, 3)).ok());

    auto second = store::SessionFile::open(path, {.program = "lagerhuis console"});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().file == path.string());
    CHECK_THAT(second.error().problem, Catch::StartsWith("in use by lagerhuis serve, pid " + std::to_string(platform::process_id()) +
                                                         " on host " + platform::host_name()));
    // The refused host changed nothing: the first goes on as before.
    auto more = first->append(marked_batch(4, 2, 2));
    REQUIRE(more.ok());
    CHECK(*more == 5);
}

TEST_CASE("a reader may open a file while its host writes to it, and sees what is committed", "[store]") {
    TempDir dir;
    const auto path = dir / "live.lagerhuis";
    auto host = store::SessionFile::open(path, {.program = "lagerhuis serve"});
    REQUIRE(host.ok());
    REQUIRE(host->append(marked_batch(1, 1, 4)).ok());

    auto reader = store::SessionFile::open_read_only(path);
    REQUIRE(reader.ok());
    CHECK(reader->last_seq() == 4);
    REQUIRE(host->append(marked_batch(5, 2, 3)).ok());
    auto caught_up = reader->load_events_since(4);
    REQUIRE(caught_up.ok());
    CHECK(caught_up->size() == 3);
    CHECK(reader->last_seq() == 7);
    // A second reader too.
    auto another = store::SessionFile::open_read_only(path);
    REQUIRE(another.ok());
    CHECK(another->load_events()->size() == 7);
}

TEST_CASE("after the host closes the file a new host gets it", "[store]") {
    TempDir dir;
    const auto path = dir / "handover.lagerhuis";
    {
        auto host = store::SessionFile::open(path, {.program = "lagerhuis serve"});
        REQUIRE(host.ok());
        REQUIRE(host->append(marked_batch(1, 1, 2)).ok());
        CHECK(std::filesystem::exists(path.string() + ".lock"));
    }
    CHECK_FALSE(std::filesystem::exists(path.string() + ".lock"));
    auto next = store::SessionFile::open(path, {.program = "lagerhuis console"});
    REQUIRE(next.ok());
    CHECK(next->last_seq() == 2);
    REQUIRE(next->append(marked_batch(3, 2, 1)).ok());
}

TEST_CASE("a stale lock file left by a crashed host does not keep a new host out", "[store]") {
    TempDir dir;
    const auto path = dir / "crashed.lagerhuis";
    { REQUIRE(store::SessionFile::open(path).ok()); }
    // What a killed host leaves: the file naming it, but no flock held on it.
    std::ofstream(path.string() + ".lock") << "pid=999999\nhost=elders\nprogram=lagerhuis serve\n";
    auto host = store::SessionFile::open(path, {.program = "lagerhuis serve"});
    REQUIRE(host.ok());
    auto second = store::SessionFile::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK_THAT(second.error().problem, Catch::Contains("pid " + std::to_string(platform::process_id())));
}

TEST_CASE("a reader can tell whether a host holds the file, and whose it is", "[store]") {
    TempDir dir;
    const auto path = dir / "probe.lagerhuis";
    CHECK_FALSE(store::HostLock::holder_of(path).has_value());  // no file, no lock
    {
        auto host = store::SessionFile::open(path, {.program = "lagerhuis serve"});
        REQUIRE(host.ok());
        const auto holder = store::HostLock::holder_of(path);
        REQUIRE(holder.has_value());
        CHECK_THAT(*holder, Catch::StartsWith("in use by lagerhuis serve, pid " + std::to_string(platform::process_id())));
        // Probing takes nothing away: the host goes on writing.
        REQUIRE(host->append(marked_batch(1, 1, 2)).ok());
    }
    CHECK_FALSE(store::HostLock::holder_of(path).has_value());
    // And the probe leaves the file free for the next host.
    CHECK(store::SessionFile::open(path, {.program = "lagerhuis console"}).ok());
}

}  // namespace lagerhuis::tests
