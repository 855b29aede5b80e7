#pragma once
// A token bucket per connection against floods: `rate` messages a second on average,
// bursts up to `burst`. Past that a message is refused (answered once a second at most,
// so answering a flood costs little), and a client that keeps flooding is dropped.
#include <chrono>
#include <cstdint>

namespace lagerhuis::net {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;
    enum class Verdict : std::uint8_t { accept, refuse, drop_quietly, disconnect };

    RateLimiter(double rate, double burst) : rate_(rate), burst_(burst), tokens_(burst) {}

    Verdict take(Clock::time_point now);

    // Refused messages since the bucket was last full, after which the connection is dropped.
    static constexpr int refusals_before_disconnect = 500;

private:
    double rate_;
    double burst_;
    double tokens_;
    Clock::time_point last_{};
    Clock::time_point last_answer_{};
    bool started_ = false;
    int refused_ = 0;
};

}  // namespace lagerhuis::net
