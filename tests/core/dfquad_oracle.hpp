#pragma once
// DF-QuAD straight from domain.md, sharing no code with the engine: what the scoring
// tests compute expected strengths with.
#include <vector>

namespace lagerhuis::tests {

inline double probabilistic_sum(const std::vector<double>& values) {
    double product = 1.0;
    for (double v : values) product *= 1.0 - v;
    return 1.0 - product;
}

inline double sigma(double tau, const std::vector<double>& attackers, const std::vector<double>& supporters) {
    const double va = probabilistic_sum(attackers);
    const double vs = probabilistic_sum(supporters);
    return va >= vs ? tau - tau * (va - vs) : tau + (1.0 - tau) * (vs - va);
}

}  // namespace lagerhuis::tests
