// How fast the engine replays a long session and keeps its scores: a full fold of a
// 100,000-event synthetic session followed by a full score recompute (what loading a
// recorded session costs), the incremental cost per appended event (what live play
// costs), and the memory it takes. Checks on the way that the incrementally kept scores
// equal a recompute bit for bit.
//
//   core_fold_bench [--events N] [--seed S]
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "bench/bench_figures.hpp"
#include "core/apply.hpp"
#include "core/scoreboard.hpp"
#include "core/scoring.hpp"
#include "demo/synthetic_session.hpp"

namespace {

using namespace lagerhuis;
using namespace lagerhuis::bench;

constexpr double fold_score_target_ms = 100.0;
constexpr double incremental_target_us = 50.0;
constexpr int runs = 5;
constexpr std::size_t event_types = std::variant_size_v<core::EventBody>;

std::string_view type_name(const core::Event& event) {
    return std::visit([](const auto& body) { return std::remove_cvref_t<decltype(body)>::type_name; }, event.body);
}

struct Options {
    std::size_t events = 100'000;
    std::uint64_t seed = 1;
};

bool parse_number(const char* text, std::uint64_t& out) {
    char* end = nullptr;
    out = std::strtoull(text, &end, 10);
    return end != text && *end == '\0';
}

bool parse_options(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        std::uint64_t value = 0;
        if ((arg == "--events" || arg == "--seed") && i + 1 < argc && parse_number(argv[i + 1], value)) {
            (arg == "--events" ? options.events : options.seed) = value;
            ++i;
            continue;
        }
        std::fprintf(stderr, "usage: %s [--events N] [--seed S]\n", argv[0]);
        return false;
    }
    return options.events > 0;
}

// Per event type: how many, and how long apply() took for them in total.
struct TypeRow {
    std::string_view name;
    std::size_t count = 0;
    double apply_us = 0.0;
};

void print_mix(std::array<TypeRow, event_types> rows, std::size_t total, bool with_time) {
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.count > b.count; });
    for (const auto& row : rows) {
        if (row.count == 0) continue;
        std::printf("  %-24s %7zu  %5.1f%%", std::string(row.name).c_str(), row.count,
                    100.0 * static_cast<double>(row.count) / static_cast<double>(total));
        if (with_time)
            std::printf("   apply mean %7.2f us, total %7.1f ms", row.apply_us / static_cast<double>(row.count),
                        row.apply_us / 1000.0);
        std::printf("\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse_options(argc, argv, options)) return 2;

    // [SECTION] The session
    demo::SyntheticSessionSpec spec;
    spec.seed = options.seed;
    spec.events = options.events;
    demo::SyntheticSessionStats stats;
    const auto generation_start = Clock::now();
    const std::vector<core::Event> log = demo::synthetic_session(spec, &stats);
    const double generation_ms = ms_between(generation_start, Clock::now());
    std::printf("synthetic session: %zu events (seed %llu), %zu participants, %u statements, %u arguments\n",
                log.size(), static_cast<unsigned long long>(spec.seed), static_cast<std::size_t>(spec.participants),
                spec.statements, spec.arguments);
    std::printf("generated in %.1f ms (%zu commands through decide+apply, %zu refused)\n", generation_ms,
                stats.commands, stats.refused());
    for (std::size_t code = 0; code < stats.refusals.size(); ++code)
        if (stats.refusals[code] > 0)
            std::printf("  refused %-28s %zu\n", std::string(to_string(static_cast<core::ReasonCode>(code))).c_str(),
                        stats.refusals[code]);

    // [SECTION] (a) Full fold + score, as when a recorded session is opened
    std::vector<double> fold_ms, recompute_ms, fold_score_ms, fold_score_cpu_ms, scoreboard_ms;
    std::size_t sink = 0;
    for (int run = 0; run < runs; ++run) {
        const double cpu0 = cpu_ms();
        const auto t0 = Clock::now();
        const core::State state = core::fold(log);
        const auto t1 = Clock::now();
        const core::ScoreSnapshot scores = core::recompute_scores(state);
        const auto t2 = Clock::now();
        const double cpu2 = cpu_ms();
        const core::Scoreboard board = core::build_scoreboard(state);
        const auto t3 = Clock::now();
        sink += scores.strengths.size() + board.arguments.size();
        fold_ms.push_back(ms_between(t0, t1));
        recompute_ms.push_back(ms_between(t1, t2));
        fold_score_ms.push_back(ms_between(t0, t2));
        fold_score_cpu_ms.push_back(cpu2 - cpu0);
        scoreboard_ms.push_back(ms_between(t2, t3));
    }
    const double fold_score = median(fold_score_ms);
    std::printf("\n(a) full fold + score, median of %d runs\n", runs);
    std::printf("  fold                 %8.2f ms\n", median(fold_ms));
    std::printf("  recompute_scores     %8.2f ms\n", median(recompute_ms));
    std::printf("  fold + recompute     %8.2f ms   target < %.0f ms: %s\n", fold_score, fold_score_target_ms,
                fold_score < fold_score_target_ms ? "met" : "MISSED");
    std::printf("  fold + recompute     %8.2f ms   CPU time\n", median(fold_score_cpu_ms));
    std::printf("  build_scoreboard     %8.2f ms   (extra, on top)\n", median(scoreboard_ms));

    // [SECTION] (b) Incremental: one event at a time, as in live play
    std::array<TypeRow, event_types> rows{};
    std::vector<double> per_event_us;
    per_event_us.reserve(log.size());
    core::State state;
    for (const auto& event : log) {
        const auto t0 = Clock::now();
        core::apply(state, event);
        const auto t1 = Clock::now();
        const double us = std::chrono::duration<double, std::micro>(t1 - t0).count();
        per_event_us.push_back(us);
        auto& row = rows[event.body.index()];
        row.name = type_name(event);
        row.count += 1;
        row.apply_us += us;
    }
    double total_us = 0.0;
    for (double us : per_event_us) total_us += us;
    const double mean_us = total_us / static_cast<double>(per_event_us.size());
    std::vector<double> sorted = per_event_us;
    std::sort(sorted.begin(), sorted.end());
    const double p99_us = sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];
    const bool equal = core::kept_scores(state) == core::recompute_scores(state);
    std::printf("\n(b) incremental apply per event (scores kept by apply)\n");
    std::printf("  mean %.2f us, p99 %.2f us, max %.1f us   target < %.0f us/event: %s\n", mean_us, p99_us,
                sorted.back(), incremental_target_us, p99_us < incremental_target_us ? "met" : "MISSED");
    std::printf("  scores equal: %s\n", equal ? "yes" : "NO");

    std::printf("\nmix (event type, count, share, apply cost):\n");
    print_mix(rows, log.size(), true);

    // [SECTION] (c) Memory
    const double rss = peak_rss_mb();
    std::printf("\n(c) peak RSS %.1f MB\n", rss);
    if (sink == 0) std::printf("(nothing scored)\n");

    std::printf("RESULT events=%zu fold_score_ms=%.2f incremental_us=%.2f peak_rss_mb=%.1f\n", log.size(), fold_score,
                mean_us, rss);
    return equal ? 0 : 1;
}
