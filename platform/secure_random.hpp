#pragma once
// Random bytes from the operating system's CSPRNG (getrandom on Linux, BCryptGenRandom on
// Windows), for secrets and salts: never a seeded generator. SecureRandomBits makes it a
// generator the standard distributions accept.
#include <cstdint>
#include <limits>
#include <span>

namespace lagerhuis::platform {

// Fills all of `bytes`; the system source does not run dry, so this does not fail short
// of a broken system, where it throws std::system_error rather than hand out zeros.
void fill_secure_random(std::span<std::uint8_t> bytes);

struct SecureRandomBits {
    using result_type = std::uint32_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
    result_type operator()() {
        std::uint8_t bytes[4];
        fill_secure_random(bytes);
        return static_cast<result_type>(bytes[0]) | static_cast<result_type>(bytes[1]) << 8 |
               static_cast<result_type>(bytes[2]) << 16 | static_cast<result_type>(bytes[3]) << 24;
    }
};

}  // namespace lagerhuis::platform
