#pragma once
// SHA-256 (FIPS 180-4), for hashing participant tokens and the facilitator secret. Our
// own small implementation: Debian's SQLite does not export one and OpenSSL is not a
// dependency we want for a few hashes.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lagerhuis::store {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
public:
    Sha256();
    Sha256& update(std::string_view bytes);
    Sha256& update(const std::uint8_t* bytes, std::size_t size);
    // Pads and returns the digest; the object must not be updated afterwards.
    Sha256Digest finish();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

Sha256Digest sha256(std::string_view bytes);
std::string to_hex(const std::uint8_t* bytes, std::size_t size);
inline std::string to_hex(const Sha256Digest& digest) { return to_hex(digest.data(), digest.size()); }

}  // namespace lagerhuis::store
