// What the scoreboard of a long session costs once its state is folded: building it
// (the last step of opening a session file, on the critical path) and destroying it
// (a few hundred thousand small allocations), with the allocations counted. Times are
// both wall and the thread's CPU time: on a shared machine the CPU time is the steadier.
//
//   scoreboard_bench [--events N] [--seed S] [--runs R]
//   ends with: RESULT events=N build_ms=X build_cpu_ms=Y destroy_ms=Z allocations=A
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <optional>
#include <string_view>
#include <vector>

#include "bench/bench_figures.hpp"
#include "core/apply.hpp"
#include "core/scoreboard.hpp"
#include "demo/synthetic_session.hpp"

namespace {

std::size_t allocations = 0;  // by operator new, this program being single-threaded

}  // namespace

void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace lagerhuis;
using namespace lagerhuis::bench;

long minor_page_faults() {
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

double least(const std::vector<double>& values) { return *std::min_element(values.begin(), values.end()); }

}  // namespace

int main(int argc, char** argv) {
    demo::SyntheticSessionSpec spec;
    int runs = 15;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view flag = argv[i];
        if (flag == "--events") spec.events = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--seed") spec.seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        else return std::fprintf(stderr, "usage: %s [--events N] [--seed S] [--runs R]\n", argv[0]), 2;
    }
    const auto log = demo::synthetic_session(spec);
    const core::State state = core::fold(log);

    std::vector<double> build_ms, build_cpu_ms, destroy_ms, destroy_cpu_ms;
    std::size_t build_allocations = 0;
    long build_page_faults = 0;
    std::optional<core::Scoreboard> board;
    for (int run = 0; run <= runs; ++run) {  // the first run warms up and is not counted
        const std::size_t allocations_before = allocations;
        const long faults_before = minor_page_faults();
        const double cpu_start = cpu_ms(CLOCK_THREAD_CPUTIME_ID);
        const auto start = Clock::now();
        board.emplace(core::build_scoreboard(state));
        const double built = ms_since(start);
        const double built_cpu = cpu_ms(CLOCK_THREAD_CPUTIME_ID) - cpu_start;
        build_allocations = allocations - allocations_before;
        build_page_faults = minor_page_faults() - faults_before;

        const double destroy_cpu_start = cpu_ms(CLOCK_THREAD_CPUTIME_ID);
        const auto destroy_start = Clock::now();
        board.reset();
        if (run == 0) continue;
        build_ms.push_back(built);
        build_cpu_ms.push_back(built_cpu);
        destroy_ms.push_back(ms_since(destroy_start));
        destroy_cpu_ms.push_back(cpu_ms(CLOCK_THREAD_CPUTIME_ID) - destroy_cpu_start);
    }

    std::printf("events               %zu (seed %llu): %zu participants, %zu arguments, %zu flags, %zu crossings\n",
                log.size(), static_cast<unsigned long long>(spec.seed), state.participants.size(), state.arguments.size(),
                state.flags.size(), state.crossings.size());
    std::printf("build                median %.1f ms (least %.1f), CPU median %.1f ms (least %.1f) over %d runs\n",
                median(build_ms), least(build_ms), median(build_cpu_ms), least(build_cpu_ms), runs);
    std::printf("destroy              median %.1f ms (least %.1f), CPU median %.1f ms (least %.1f)\n", median(destroy_ms),
                least(destroy_ms), median(destroy_cpu_ms), least(destroy_cpu_ms));
    std::printf("allocations          %zu per build (and %ld page faults in the last)\n", build_allocations,
                build_page_faults);
    std::printf("RESULT events=%zu build_ms=%.1f build_cpu_ms=%.1f destroy_ms=%.1f allocations=%zu\n", log.size(),
                median(build_ms), median(build_cpu_ms), median(destroy_ms), build_allocations);
    return 0;
}
