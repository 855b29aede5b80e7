// A trainer opens a session from a read-only place (a write-protected stick, a shared
// folder): no -wal or -shm can be made beside it, and still it must open.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/session_file.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

namespace {

bool loads_as_reader(const std::filesystem::path& path, std::size_t events) {
    auto file = store::SessionFile::open_read_only(path);
    if (!file) return false;
    auto loaded = file->load_events();
    return loaded && loaded->size() == events;
}

// root ignores permission bits, so the check runs as an unprivileged user then.
bool loads_without_write_access(const std::filesystem::path& path, std::size_t events) {
    if (::geteuid() != 0) return loads_as_reader(path, events);
    const pid_t child = ::fork();
    if (child == 0) {
        const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
        ::_exit(dropped && loads_as_reader(path, events) ? 0 : 1);
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

TEST_CASE("a closed session file opens for reading from a read-only directory", "[store]") {
    TempDir dir;
    const auto folder = dir / "stick";
    std::filesystem::create_directory(folder);
    const auto path = folder / "debat.lagerhuis";
    {
        auto host = store::SessionFile::open(path);
        REQUIRE(host.ok());
        REQUIRE(host->append(marked_batch(1, 1, 7)).ok());
    }
    REQUIRE(::chmod(dir.path().c_str(), 0755) == 0);
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    CHECK(loads_without_write_access(path, 7));
    CHECK_FALSE(std::filesystem::exists(path.string() + "-shm"));
    REQUIRE(::chmod(folder.c_str(), 0755) == 0);
}

}  // namespace lagerhuis::tests
