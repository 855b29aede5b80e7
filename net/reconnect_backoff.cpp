#include "net/reconnect_backoff.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace lagerhuis::net {

std::chrono::milliseconds ReconnectBackoff::delay(unsigned attempt, double unit) const {
    const double ceiling = static_cast<double>(std::max(max, first).count());
    double step = static_cast<double>(first.count());
    for (unsigned i = 0; i < attempt && step < ceiling; ++i) step *= 2;
    step = std::min(step, ceiling);
    const double jittered = step / 2 + std::clamp(unit, 0.0, 1.0) * step / 2;
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(jittered)));
}

}  // namespace lagerhuis::net
