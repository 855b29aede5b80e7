#include "net/rate_limiter.hpp"

#include <algorithm>

namespace lagerhuis::net {

RateLimiter::Verdict RateLimiter::take(Clock::time_point now) {
    if (!started_) {
        started_ = true;
        last_ = now;
    }
    const double elapsed = std::chrono::duration<double>(now - last_).count();
    tokens_ = std::min(burst_, tokens_ + elapsed * rate_);
    last_ = now;
    if (tokens_ >= 1.0) {
        tokens_ -= 1.0;
        // A flooder gets a message through now and then as tokens trickle back; only a
        // client that let the bucket fill up again has stopped flooding.
        if (tokens_ >= burst_ - 1.0) refused_ = 0;
        return Verdict::accept;
    }
    if (++refused_ >= refusals_before_disconnect) return Verdict::disconnect;
    if (now - last_answer_ < std::chrono::seconds(1)) return Verdict::drop_quietly;
    last_answer_ = now;
    return Verdict::refuse;
}

}  // namespace lagerhuis::net
