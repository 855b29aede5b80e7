#pragma once
// How long a client waits before it connects again. The delay doubles with every
// connection that went wrong, from `first` up to `max`, and is drawn at random from the
// upper half of that (jitter), so clients that a host dropped at the same moment (a
// restart, a burst that left them behind) come back spread out instead of in one wave.
#include <chrono>

namespace lagerhuis::net {

struct ReconnectBackoff {
    std::chrono::milliseconds first{250};
    std::chrono::milliseconds max{8000};

    // `attempt`: connections that went wrong since the last good one (0: the first retry).
    // `unit`: a uniformly random number in [0, 1). Between half the step and the step,
    // where the step is first × 2^attempt, at most max.
    std::chrono::milliseconds delay(unsigned attempt, double unit) const;
};

// Where the back-off stands after the host dropped the client for not reading its
// messages (too_slow), at least: coming straight back would only be dropped again.
inline constexpr unsigned too_slow_attempt = 2;

}  // namespace lagerhuis::net
