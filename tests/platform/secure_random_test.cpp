// The system's random source, as secrets and salts take it.
#include <catch2/catch.hpp>

#include <array>
#include <set>

#include "platform/secure_random.hpp"

namespace lagerhuis::tests {

TEST_CASE("secure random bytes fill the whole buffer and differ from call to call", "[platform]") {
    std::set<std::array<std::uint8_t, 16>> seen;
    for (int i = 0; i < 64; ++i) {
        std::array<std::uint8_t, 16> bytes{};
        platform::fill_secure_random(bytes);
        seen.insert(bytes);
    }
    CHECK(seen.size() == 64);  // 64 draws of 128 bits: a repeat means a broken source
    // Every byte position takes more than one value, so none is left unfilled.
    for (std::size_t position = 0; position < 16; ++position) {
        std::set<std::uint8_t> values;
        for (const auto& bytes : seen) values.insert(bytes[position]);
        CHECK(values.size() > 1);
    }
}

TEST_CASE("the random bit generator covers its whole range", "[platform]") {
    platform::SecureRandomBits bits;
    std::uint32_t all_ors = 0, all_ands = ~std::uint32_t{0};
    for (int i = 0; i < 256; ++i) {
        const auto value = bits();
        all_ors |= value;
        all_ands &= value;
    }
    CHECK(all_ors == ~std::uint32_t{0});  // every bit was 1 at least once
    CHECK(all_ands == 0);                 // and 0 at least once
}

}  // namespace lagerhuis::tests
