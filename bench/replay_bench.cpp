// What a trainer waits for in the replay viewer: opening a 100,000-event session file
// (read, decode, fold with snapshots, score) and seeking to random moments of it.
// Targets (issue "Nothing lost"): open under 200 ms (median of 5, warm cache), seek p99
// under 5 ms over 1,000 random seeks.
//
//   replay_bench [--events N] [--snapshot-every K] [--runs R]
//   (K: Replay's default when not given; R warm runs, 5 by default: more for a profiler)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_figures.hpp"
#include "core/replay.hpp"
#include "core/scoreboard.hpp"
#include "demo/synthetic_session.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;
using namespace lagerhuis::bench;

constexpr double open_target_ms = 200.0;
constexpr double seek_target_ms = 5.0;

}  // namespace

int main(int argc, char** argv) {
    std::size_t events = 100'000;
    std::size_t snapshot_every = 0;  // 0: Replay's own default
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--events") events = std::strtoull(argv[i + 1], nullptr, 10);
        if (flag == "--snapshot-every") snapshot_every = std::strtoull(argv[i + 1], nullptr, 10);
        if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    }

    const auto path = std::filesystem::temp_directory_path() / ("replay_bench_" + std::to_string(::getpid()) + ".lagerhuis");
    {
        demo::SyntheticSessionSpec spec;
        spec.events = events;
        const auto log = demo::synthetic_session(spec);
        auto file = store::SessionFile::open(path);
        if (!file) return std::fprintf(stderr, "%s\n", file.error().message().c_str()), 1;
        for (std::size_t at = 0; at < log.size(); at += 5'000) {
            const std::size_t end = std::min(log.size(), at + 5'000);
            if (!file->append(std::span(log).subspan(at, end - at))) return std::fprintf(stderr, "append failed\n"), 1;
        }
        (void)file->close();
    }

    std::vector<double> open_ms;
    std::vector<double> fold_ms;
    std::vector<double> score_ms;
    std::vector<double> open_cpu_ms;
    std::vector<double> main_cpu_ms;
    std::unique_ptr<core::Replay> replay;
    for (int run = 0; run <= runs; ++run) {  // the first run warms the cache and is not counted
        replay.reset();  // the viewer opening a file has no earlier replay to free
        const double cpu_start = cpu_ms();
        const double main_cpu_start = cpu_ms(CLOCK_THREAD_CPUTIME_ID);
        const auto start = Clock::now();
        // As the viewer opens a file: folded chunk by chunk while the rest is read and decoded.
        replay = snapshot_every ? std::make_unique<core::Replay>(snapshot_every) : std::make_unique<core::Replay>();
        auto file = store::SessionFile::open_read_only(path);
        if (!file) return std::fprintf(stderr, "%s\n", file.error().message().c_str()), 1;
        auto problem = file->stream_events_since(0, [&](std::vector<core::Event>&& chunk) { replay->extend(std::move(chunk)); });
        if (problem) return std::fprintf(stderr, "%s\n", problem->message().c_str()), 1;
        const double folded = ms_since(start);
        const core::Scoreboard board = core::build_scoreboard(replay->final_state());
        const double total = ms_since(start);
        const double cpu = cpu_ms() - cpu_start;
        const double main_cpu = cpu_ms(CLOCK_THREAD_CPUTIME_ID) - main_cpu_start;
        if (board.sides.empty()) std::printf("(empty scoreboard)\n");
        if (run > 0) {
            open_ms.push_back(total);
            fold_ms.push_back(folded);
            score_ms.push_back(total - folded);
            open_cpu_ms.push_back(cpu);
            main_cpu_ms.push_back(main_cpu);
        }
    }

    std::mt19937_64 random(42);
    std::vector<double> seek_ms;
    for (int i = 0; i < 1'000; ++i) {
        const std::size_t target = random() % (replay->size() + 1);
        const auto start = Clock::now();
        const core::State& state = replay->seek(target);
        seek_ms.push_back(ms_since(start));
        if (state.last_seq != target) return std::fprintf(stderr, "seek landed at %llu, not %zu\n",
                                                          static_cast<unsigned long long>(state.last_seq), target), 1;
    }
    std::filesystem::remove(path);

    const double open_median = percentile(open_ms, 0.5);
    const double seek_p99 = percentile(seek_ms, 0.99);
    std::printf("events               %zu (snapshot every %s)\n", replay->size(),
                snapshot_every ? std::to_string(snapshot_every).c_str() : "default");
    std::printf("  read, decode, fold median %.1f ms (at once: rows decoded on a second thread, folded as they come)\n",
                percentile(fold_ms, 0.5));
    std::printf("  scoreboard         median %.1f ms\n", percentile(score_ms, 0.5));
    std::printf("open+fold+score      median %.1f ms over %d warm runs, CPU %.1f ms of which %.1f ms on the opening thread"
                "   (target < %.0f ms)\n",
                open_median, runs, percentile(open_cpu_ms, 0.5), percentile(main_cpu_ms, 0.5), open_target_ms);
    std::printf("seek                 p50 %.3f ms  p99 %.3f ms  max %.3f ms over 1000   (target p99 < %.0f ms)\n",
                percentile(seek_ms, 0.5), seek_p99, percentile(seek_ms, 1.0), seek_target_ms);
    if (open_median >= open_target_ms) std::printf("TARGET MISSED: open %.1f ms\n", open_median);
    if (seek_p99 >= seek_target_ms) std::printf("TARGET MISSED: seek p99 %.3f ms\n", seek_p99);
    std::printf("RESULT events=%zu open_ms=%.1f seek_p99_ms=%.3f peak_rss_mb=%.1f\n", replay->size(), open_median,
                seek_p99, peak_rss_mb());
    return 0;
}
