#include "bench/load/latency_spread.hpp"

#include <algorithm>
#include <cstdio>

namespace lagerhuis::bench {

double ms_between(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

Spread spread(std::vector<double> values) {
    if (values.empty()) return {};
    std::sort(values.begin(), values.end());
    auto rank = [&](double p) { return values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))]; };
    return {rank(0.50), rank(0.99), values.back()};
}

std::string fixed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string show(const Spread& s) {
    return "p50 " + fixed(s.p50) + " ms, p99 " + fixed(s.p99) + " ms, max " + fixed(s.max) + " ms";
}

}  // namespace lagerhuis::bench
