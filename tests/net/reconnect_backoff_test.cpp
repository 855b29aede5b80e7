// The wait before a client connects again: doubling, capped, and randomised within the
// upper half of each step, so a crowd the host dropped at once comes back spread out.
#include <catch2/catch.hpp>

#include <set>

#include "net/reconnect_backoff.hpp"

namespace {

using namespace lagerhuis;
using std::chrono::milliseconds;

TEST_CASE("the reconnect wait doubles per failed connection, up to the maximum", "[net][reconnect]") {
    const net::ReconnectBackoff backoff{milliseconds(250), milliseconds(8'000)};
    // The upper end of each step (unit just below 1) and its lower end (unit 0).
    const std::vector<long> steps{250, 500, 1'000, 2'000, 4'000, 8'000, 8'000, 8'000};
    for (unsigned attempt = 0; attempt < steps.size(); ++attempt) {
        INFO("attempt " << attempt);
        CHECK(backoff.delay(attempt, 0.0).count() == steps[attempt] / 2);
        CHECK(backoff.delay(attempt, 0.999999).count() == steps[attempt]);
    }
    CHECK(backoff.delay(1'000'000, 0.5).count() == 6'000);  // no overflow however long it failed
}

TEST_CASE("the reconnect wait is spread at random over the upper half of its step", "[net][reconnect]") {
    const net::ReconnectBackoff backoff{milliseconds(250), milliseconds(8'000)};
    std::set<long> seen;
    for (int i = 0; i < 100; ++i) {
        const double unit = i / 100.0;
        const auto wait = backoff.delay(3, unit).count();
        CHECK(wait >= 1'000);
        CHECK(wait <= 2'000);
        seen.insert(wait);
    }
    CHECK(seen.size() == 100);  // a hundred clients, a hundred different moments
    CHECK(backoff.delay(3, -1.0).count() == 1'000);  // a unit out of range is held to [0, 1]
    CHECK(backoff.delay(3, 7.0).count() == 2'000);
}

TEST_CASE("being dropped as too slow starts the wait a few steps up", "[net][reconnect]") {
    const net::ReconnectBackoff backoff{milliseconds(250), milliseconds(8'000)};
    CHECK(backoff.delay(net::too_slow_attempt, 0.0) >= milliseconds(500));
}

}  // namespace
