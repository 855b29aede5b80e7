// Durable ack latency of the session store: events arrive at a steady rate (200 per
// second, as a busy room produces), the host appends whatever has arrived as one batch
// (group commit) and acks each event when its batch's COMMIT returns. The ack latency of
// an event is the time from its arrival to that return. Beside it, this disk's raw fsync
// latency (write + fsync of a small file), the floor any durable ack stands on.
// Target (issue 4): ack p99 <= fsync p99 + 2 ms.
//
//   store_append_bench [--seconds S] [--rate R] [--fsyncs N] [--dir D]
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "bench/bench_figures.hpp"
#include "demo/synthetic_session.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;
using namespace lagerhuis::bench;

constexpr double slack_ms = 2.0;

struct Options {
    std::uint64_t seconds = 10;
    std::uint64_t rate = 200;
    std::uint64_t fsyncs = 0;  // 0: as many as events, so both p99s rest on as many samples
    std::filesystem::path dir = std::filesystem::temp_directory_path();
};

bool parse_number(const char* text, std::uint64_t& out) {
    char* end = nullptr;
    out = std::strtoull(text, &end, 10);
    return end != text && *end == '\0' && out > 0;
}

bool parse_options(int argc, char** argv, Options& options) {
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view arg = argv[i];
        if (arg == "--dir") {
            options.dir = argv[i + 1];
            continue;
        }
        std::uint64_t* target = arg == "--seconds" ? &options.seconds
                                : arg == "--rate"  ? &options.rate
                                : arg == "--fsyncs" ? &options.fsyncs
                                                    : nullptr;
        if (!target || !parse_number(argv[i + 1], *target)) return false;
    }
    return argc % 2 == 1;
}

void print_row(const char* name, const std::vector<double>& ms) {
    std::printf("  %-22s p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%zu samples)\n", name, percentile(ms, 0.50),
                percentile(ms, 0.99), percentile(ms, 1.0), ms.size());
}

// A scratch directory on the disk under test, removed at the end.
struct ScratchDir {
    std::filesystem::path path;
    explicit ScratchDir(const std::filesystem::path& parent) {
        std::string name = (parent / "lagerhuis-store-bench-XXXXXX").string();
        if (::mkdtemp(name.data())) path = name;
    }
    ~ScratchDir() {
        std::error_code ignored;
        if (!path.empty()) std::filesystem::remove_all(path, ignored);
    }
};

// write + fsync of 64 bytes appended to a small file, `count` times, paced like the
// appends (one every `interval`) so both see the disk in the same way.
std::vector<double> raw_fsync_ms(const std::filesystem::path& file, std::uint64_t count, Clock::duration interval) {
    std::vector<double> samples;
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return samples;
    const std::string record(64, 'x');
    const auto start = Clock::now();
    for (std::uint64_t i = 0; i < count; ++i) {
        std::this_thread::sleep_until(start + interval * static_cast<std::int64_t>(i));
        const auto t0 = Clock::now();
        const bool ok = ::write(fd, record.data(), record.size()) == static_cast<ssize_t>(record.size()) && ::fsync(fd) == 0;
        const auto t1 = Clock::now();
        if (!ok) break;
        samples.push_back(ms_between(t0, t1));
    }
    ::close(fd);
    return samples;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse_options(argc, argv, options)) {
        std::fprintf(stderr, "usage: %s [--seconds S] [--rate R] [--fsyncs N] [--dir D]\n", argv[0]);
        return 2;
    }
    const ScratchDir scratch(options.dir);
    if (scratch.path.empty()) {
        std::fprintf(stderr, "cannot create a directory in %s\n", options.dir.c_str());
        return 1;
    }

    // [SECTION] The events: a real session's mix, so rows have realistic sizes
    demo::SyntheticSessionSpec spec;
    spec.events = static_cast<std::size_t>(options.seconds * options.rate);
    spec.participants = 30;
    spec.statements = 3;
    spec.arguments = 200;
    spec.duration_ms = static_cast<core::Millis>(options.seconds * 1000);
    const std::vector<core::Event> log = demo::synthetic_session(spec);
    std::printf("store append: %zu events at %llu per second into %s\n", log.size(),
                static_cast<unsigned long long>(options.rate), scratch.path.c_str());

    // [SECTION] (a) Durable ack latency with group commit
    auto file = store::SessionFile::open(scratch.path / "bench.lagerhuis", {.program = "store_append_bench"});
    if (!file) {
        std::fprintf(stderr, "%s\n", file.error().message().c_str());
        return 1;
    }
    const auto interval = std::chrono::nanoseconds(1'000'000'000 / options.rate);
    std::vector<double> ack_ms, commit_ms;
    std::vector<std::size_t> batch_sizes;
    const auto start = Clock::now() + std::chrono::milliseconds(20);
    std::size_t next = 0;
    while (next < log.size()) {
        const auto arrival = [&](std::size_t i) { return start + interval * static_cast<std::int64_t>(i); };
        std::this_thread::sleep_until(arrival(next));
        const auto now = Clock::now();
        std::size_t end = next + 1;
        while (end < log.size() && arrival(end) <= now) ++end;
        const auto t0 = Clock::now();
        auto acked = file->append(std::span(log).subspan(next, end - next));
        const auto t1 = Clock::now();
        if (!acked) {
            std::fprintf(stderr, "%s\n", acked.error().message().c_str());
            return 1;
        }
        for (std::size_t i = next; i < end; ++i) ack_ms.push_back(ms_between(arrival(i), t1));
        commit_ms.push_back(ms_between(t0, t1));
        batch_sizes.push_back(end - next);
        next = end;
    }
    if (auto problem = file->close()) std::fprintf(stderr, "%s\n", problem->message().c_str());
    const std::size_t largest = *std::max_element(batch_sizes.begin(), batch_sizes.end());
    std::printf("\n(a) append, group commit, synchronous=FULL: %zu batches, mean %.2f events, largest %zu\n",
                batch_sizes.size(), static_cast<double>(log.size()) / static_cast<double>(batch_sizes.size()), largest);
    print_row("ack (arrival->commit)", ack_ms);
    print_row("append call", commit_ms);

    // [SECTION] (b) The disk's raw fsync latency, in the same directory
    const std::uint64_t fsyncs = options.fsyncs ? options.fsyncs : log.size();
    const std::vector<double> fsync_ms = raw_fsync_ms(scratch.path / "fsync.probe", fsyncs, interval);
    if (fsync_ms.empty()) {
        std::fprintf(stderr, "cannot write and fsync in %s\n", scratch.path.c_str());
        return 1;
    }
    std::printf("\n(b) raw write + fsync of 64 bytes, %llu per second\n", static_cast<unsigned long long>(options.rate));
    print_row("fsync", fsync_ms);

    const double ack_p99 = percentile(ack_ms, 0.99), fsync_p99 = percentile(fsync_ms, 0.99);
    const bool met = ack_p99 <= fsync_p99 + slack_ms;
    std::printf("\nack p99 %.3f ms vs fsync p99 %.3f ms + %.0f ms: %s\n", ack_p99, fsync_p99, slack_ms,
                met ? "met" : "MISSED");
    std::printf("RESULT events=%zu ack_p99_ms=%.3f fsync_p99_ms=%.3f\n", log.size(), ack_p99, fsync_p99);
    return 0;
}
