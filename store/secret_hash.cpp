#include "store/secret_hash.hpp"

#include <array>
#include <charconv>
#include <cstdint>

#include "platform/secure_random.hpp"
#include "store/sha256.hpp"

namespace lagerhuis::store {

namespace {

constexpr std::string_view method = "sha256i";
constexpr int max_iterations = 1'000'000;  // a corrupt field must not hang a login

// Iterating makes guessing a short facilitator secret from a stolen file slow; random
// tokens would not need it, but one method for both keeps the code single.
std::string digest_hex(std::string_view salt, std::string_view secret, int iterations) {
    Sha256Digest digest = Sha256().update(salt).update(secret).finish();
    for (int i = 1; i < iterations; ++i)
        digest = Sha256().update(digest.data(), digest.size()).update(salt).update(secret).finish();
    return to_hex(digest);
}

std::string random_salt() {
    std::array<std::uint8_t, 16> salt{};
    platform::fill_secure_random(salt);
    return to_hex(salt.data(), salt.size());
}

bool equal_in_constant_time(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
    return difference == 0;
}

// Splits off the text up to the next '$'; false when there is none.
bool next_field(std::string_view& rest, std::string_view& field) {
    const auto end = rest.find('$');
    if (end == std::string_view::npos) return false;
    field = rest.substr(0, end);
    rest.remove_prefix(end + 1);
    return true;
}

}  // namespace

std::string hash_secret(std::string_view secret, int iterations) {
    const std::string salt = random_salt();
    return std::string(method) + "$" + std::to_string(iterations) + "$" + salt + "$" + digest_hex(salt, secret, iterations);
}

bool secret_matches(std::string_view stored, std::string_view secret) {
    std::string_view rest = stored, name, count, salt;
    if (!next_field(rest, name) || name != method || !next_field(rest, count) || !next_field(rest, salt)) return false;
    int iterations = 0;
    const auto parsed = std::from_chars(count.data(), count.data() + count.size(), iterations);
    if (parsed.ec != std::errc{} || parsed.ptr != count.data() + count.size() || iterations < 1 || iterations > max_iterations)
        return false;
    return equal_in_constant_time(digest_hex(salt, secret, iterations), rest);
}

}  // namespace lagerhuis::store
