#pragma once
// The client's estimate of the host's clock (NTP-style). Each ping/pong gives a sample:
// sent at t0 and answered at t1 on the client's clock, stamped `host` by the host in
// between. offset = host - (t0 + t1) / 2 is exact when both directions take equally
// long, and off by at most half the round trip otherwise; so the sample with the
// smallest round trip is the one kept. Countdowns are drawn at client time + offset.
#include <optional>

namespace lagerhuis::proto {

class ClockOffset {
public:
    void add_sample(double sent_ms, double host_ms, double received_ms) {
        const double round_trip = received_ms - sent_ms;
        if (round_trip < 0) return;  // a clock that jumped back: not a sample
        if (best_round_trip_ && round_trip >= *best_round_trip_) return;
        best_round_trip_ = round_trip;
        offset_ms_ = host_ms - (sent_ms + received_ms) / 2;
    }
    // Host time minus client time, once there is a sample.
    std::optional<double> offset_ms() const { return offset_ms_; }
    std::optional<double> best_round_trip_ms() const { return best_round_trip_; }
    double host_time(double client_ms) const { return client_ms + offset_ms_.value_or(0.0); }

private:
    std::optional<double> offset_ms_;
    std::optional<double> best_round_trip_;
};

}  // namespace lagerhuis::proto
