// kill -9 of a host in the middle of its writes: every batch it reported as committed
// is in the file, no batch is in it by halves, and the file opens cleanly afterwards.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <random>
#include <thread>

#include "store/session_file.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

namespace {

constexpr std::uint64_t open_failed = ~std::uint64_t{0};

bool write_full(int fd, const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written <= 0) return false;
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

// false at end of file (the child is gone and nothing more was reported).
bool read_report(int fd, std::uint64_t& seq) {
    auto* bytes = reinterpret_cast<char*>(&seq);
    std::size_t got = 0;
    while (got < sizeof seq) {
        const ssize_t n = ::read(fd, bytes + got, sizeof seq - got);
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

// The host: appends batches of random sizes for ever, reporting each committed last
// seq (its "ack") only after append() returned. Never returns; only SIGKILL ends it.
[[noreturn]] void run_host(const std::filesystem::path& path, int report_fd, std::uint64_t seed) {
    auto file = store::SessionFile::open(path, {.program = "crash test host"});
    if (!file) {
        write_full(report_fd, &open_failed, sizeof open_failed);
        ::_exit(2);
    }
    std::mt19937_64 random(seed);
    for (;;) {
        const core::Seq first = file->last_seq() + 1;
        const auto size = static_cast<std::size_t>(1 + random() % 40);
        auto acked = file->append(marked_batch(first, first, size));
        if (!acked || !write_full(report_fd, &*acked, sizeof *acked)) ::_exit(3);
    }
}

struct Mark {
    core::Seq batch = 0;  // the seq of its first event
    std::size_t index = 0, size = 0;
};

Mark parse_mark(const std::string& request_id) {
    // "b<batch>:<index>/<size>"
    Mark mark;
    const char* p = request_id.data() + 1;
    const char* end = request_id.data() + request_id.size();
    p = std::from_chars(p, end, mark.batch).ptr + 1;
    p = std::from_chars(p, end, mark.index).ptr + 1;
    std::from_chars(p, end, mark.size);
    return mark;
}

// Every stored event sits at its place in a batch, and the log ends on a batch's last
// event: no batch was torn.
void check_whole_batches(const std::vector<core::Event>& events) {
    for (const auto& event : events) {
        const Mark mark = parse_mark(event.request_id);
        REQUIRE(mark.size > 0);
        REQUIRE(event.seq == mark.batch + mark.index - 1);
    }
    if (!events.empty()) {
        const Mark last = parse_mark(events.back().request_id);
        CHECK(last.index == last.size);
    }
}

}  // namespace

TEST_CASE("a host killed with SIGKILL mid-write loses no acknowledged batch and leaves no torn one", "[store]") {
    TempDir dir;
    const auto path = dir / "crash.lagerhuis";
    std::mt19937_64 random(20240501);  // fixed: the same kill moments every run
    constexpr int kills = 10;
    core::Seq highest_ack = 0;
    std::size_t acks = 0;

    for (int kill = 0; kill < kills; ++kill) {
        int pipe_fds[2];
        REQUIRE(::pipe(pipe_fds) == 0);
        const std::uint64_t host_seed = random();
        const pid_t host = ::fork();
        REQUIRE(host >= 0);
        if (host == 0) {
            ::close(pipe_fds[0]);
            run_host(path, pipe_fds[1], host_seed);
        }
        ::close(pipe_fds[1]);

        // Kill after a random number of acks plus a random few hundred microseconds, so
        // the moment falls anywhere in the append loop: encoding, inserting, committing.
        const auto acks_before_kill = 1 + random() % 30;
        const auto delay = std::chrono::microseconds(random() % 3000);
        std::uint64_t seq = 0;
        for (std::uint64_t n = 0; n < acks_before_kill && read_report(pipe_fds[0], seq); ++n) {
            REQUIRE(seq != open_failed);
            highest_ack = std::max(highest_ack, seq);
            ++acks;
        }
        std::this_thread::sleep_for(delay);
        REQUIRE(::kill(host, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(host, &status, 0) == host);
        CHECK(WIFSIGNALED(status));
        // Acks written just before the kill still count: they followed a commit.
        while (read_report(pipe_fds[0], seq)) {
            REQUIRE(seq != open_failed);
            highest_ack = std::max(highest_ack, seq);
            ++acks;
        }
        ::close(pipe_fds[0]);

        // A reader first, then a new host: both open the crashed file cleanly.
        {
            auto reader = store::SessionFile::open_read_only(path);
            INFO((reader ? std::string() : reader.error().message()));
            REQUIRE(reader.ok());
            auto events = reader->load_events();
            REQUIRE(events.ok());
            CHECK(events->size() >= highest_ack);
            check_whole_batches(*events);
        }
        auto restarted = store::SessionFile::open(path, {.program = "crash test verifier"});
        INFO((restarted ? std::string() : restarted.error().message()));
        REQUIRE(restarted.ok());
        CHECK(restarted->last_seq() >= highest_ack);
    }
    CHECK(acks >= static_cast<std::size_t>(kills));
    INFO("acks: " << acks << ", highest acked seq: " << highest_ack);
    SUCCEED();
}

}  // namespace lagerhuis::tests
