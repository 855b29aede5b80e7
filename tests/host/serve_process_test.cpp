// `lagerhuis serve` as a user runs it: it prints where to join, stops cleanly on SIGTERM
// and leaves a session file that stands alone; a second host on the same file is refused
// with a message naming the first.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/run_command.hpp"
#include "net/host_process.hpp"
#include "net/live_session.hpp"

namespace {

using namespace lagerhuis;

TEST_CASE("serve prints the join address and code, and stops cleanly on SIGTERM", "[serve]") {
    tests::TempDir dir;
    const auto path = dir / "zaal.lagerhuis";
    tests::HostProcess host({"--session", path.string(), "--demo", "--code", "424242"});
    CHECK(host.output().find("Session code: 424242") != std::string::npos);
    CHECK(host.output().find("/?code=424242") != std::string::npos);
    CHECK(host.output().find("Co-facilitator secret: ") != std::string::npos);

    const auto second = tests::run_command({LAGERHUIS_BINARY, "serve", "--port", "0", "--session", path.string()});
    CHECK(second.exit_code == 2);
    CHECK(second.err.find("in use by lagerhuis serve") != std::string::npos);

    CHECK(host.terminate() == 0);
    CHECK(host.output().find("Stopped") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));  // checkpointed: the file stands alone
}

TEST_CASE("serve refuses a port that is taken, saying what to do", "[serve]") {
    tests::TempDir dir;
    tests::HostProcess first({"--session", (dir / "a.lagerhuis").string()});
    const auto second = tests::run_command({LAGERHUIS_BINARY, "serve", "--port", std::to_string(first.port()), "--bind",
                                            "127.0.0.1", "--session", (dir / "b.lagerhuis").string()});
    CHECK(second.exit_code == 2);
    CHECK(second.err.find("--port") != std::string::npos);
}

}  // namespace
