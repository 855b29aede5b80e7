// The NTP-style clock estimate under injected network delays: jitter up to ±20 ms, and
// paths slower one way than the other.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "proto/clock_offset.hpp"

namespace {

using lagerhuis::proto::ClockOffset;

// Estimates the offset of a host clock running `true_offset` ms ahead, over `samples`
// ping/pongs whose one-way delays are base ± 20 ms, the way back `asymmetry` ms slower
// (negative: the way out slower).
double estimate_error(double true_offset, double asymmetry, unsigned seed, int samples = 30) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> jitter(-20.0, 20.0);
    ClockOffset clock;
    double client_now = 1'000.0;
    for (int i = 0; i < samples; ++i) {
        const double out = 25.0 + std::max(0.0, -asymmetry) + jitter(random);
        const double back = 25.0 + std::max(0.0, asymmetry) + jitter(random);
        const double host_stamp = client_now + out + true_offset;
        clock.add_sample(client_now, host_stamp, client_now + out + back);
        client_now += 1'000.0;
    }
    return std::abs(*clock.offset_ms() - true_offset);
}

TEST_CASE("the clock estimate is within 10 ms on symmetric paths with jitter", "[clock]") {
    for (unsigned seed = 1; seed <= 50; ++seed) {
        INFO("seed " << seed);
        CHECK(estimate_error(12'345.5, 0.0, seed) < 10.0);
        CHECK(estimate_error(-987.0, 0.0, seed) < 10.0);
    }
}

TEST_CASE("on asymmetric paths the error stays under half the asymmetry", "[clock]") {
    for (double asymmetry : {30.0, 60.0, 120.0}) {
        for (unsigned seed = 1; seed <= 50; ++seed) {
            INFO("asymmetry " << asymmetry << " ms, seed " << seed);
            // The best sample's own jitter difference is small; the bias is half the asymmetry.
            CHECK(estimate_error(5'000.0, asymmetry, seed) < asymmetry / 2 + 10.0);
            CHECK(estimate_error(5'000.0, -asymmetry, seed) < asymmetry / 2 + 10.0);
        }
    }
}

TEST_CASE("the sample with the smallest round trip wins", "[clock]") {
    ClockOffset clock;
    clock.add_sample(0, 1'100, 200);  // rtt 200: offset 1000
    clock.add_sample(1'000, 2'010, 1'020);  // rtt 20: offset 1000
    clock.add_sample(2'000, 3'150, 2'100);  // rtt 100: ignored
    CHECK(*clock.offset_ms() == 1'000.0);
    CHECK(*clock.best_round_trip_ms() == 20.0);
    clock.add_sample(5'000, 4'000, 4'990);  // time ran backwards: not a sample
    CHECK(*clock.best_round_trip_ms() == 20.0);
}

}  // namespace
