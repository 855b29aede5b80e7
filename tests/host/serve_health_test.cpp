// GET /health of a real `lagerhuis serve` tells where the session is, also right after a
// restart on a file that has events, before anything new happened.
#include <catch2/catch.hpp>

#include <boost/json/parse.hpp>

#include "net/host_process.hpp"
#include "net/http_get.hpp"
#include "net/live_session.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;

core::Seq health_seq(std::uint16_t port) {
    const auto answer = tests::http_get(port, "/health");
    REQUIRE(answer.status == 200);
    INFO(answer.body);
    return static_cast<core::Seq>(boost::json::parse(answer.body).at("seq").to_number<std::int64_t>());
}

core::Seq last_seq_in(const std::filesystem::path& path) {
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto events = file->load_events();
    REQUIRE(events.ok());
    return events->empty() ? 0 : events->back().seq;
}

TEST_CASE("GET /health reports the file's last seq from the start, after a stop and after a crash", "[serve]") {
    tests::TempDir dir;
    const auto path = dir / "zaal.lagerhuis";
    const std::vector<std::string> arguments{"--session", path.string(), "--demo", "--code", "424242"};
    {
        tests::HostProcess first(arguments);
        CHECK(first.terminate() == 0);
    }
    const core::Seq stored = last_seq_in(path);
    REQUIRE(stored > 1);
    {
        tests::HostProcess again(arguments);  // resumes the file: nothing new is published
        CHECK(health_seq(again.port()) == stored);
        again.kill_hard();
    }
    tests::HostProcess after_crash(arguments);
    CHECK(health_seq(after_crash.port()) == last_seq_in(path));
}

}  // namespace
