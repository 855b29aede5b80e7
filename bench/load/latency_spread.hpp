#pragma once
// The load generator's numbers: time between two moments, and the spread (p50, p99,
// max) of a list of latencies, spelled as the report prints them.
#include <chrono>
#include <string>
#include <vector>

namespace lagerhuis::bench {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point from, Clock::time_point to);

struct Spread {
    double p50 = 0, p99 = 0, max = 0;
};
Spread spread(std::vector<double> values);

// "12.3" with `decimals` digits.
std::string fixed(double value, int decimals = 1);
// "p50 12.3 ms, p99 45.6 ms, max 78.9 ms"
std::string show(const Spread& s);

}  // namespace lagerhuis::bench
