#include "app/window/frame_profile.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace lagerhuis::app {

FrameProfile::Timing::Timing(FrameProfile& profile) : profile_(profile), start_ms_(thread_cpu_ms()) {}

FrameProfile::Timing::~Timing() { profile_.add(thread_cpu_ms() - start_ms_); }

double FrameProfile::thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double FrameProfile::percentile(double p) const {
    if (samples_.empty()) return 0;
    std::vector<double> sorted = samples_;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

std::string FrameProfile::summary(std::string_view name) const {
    char line[200];
    std::snprintf(line, sizeof line, "%.*s: %zu frames, UI CPU per frame median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                  static_cast<int>(name.size()), name.data(), samples_.size(), percentile(50), percentile(99),
                  percentile(100));
    return line;
}

}  // namespace lagerhuis::app
