#pragma once
// Participant tokens and the facilitator secret are kept only as salted hashes, so a
// session file handed to a trainer (or left on a shared laptop) lets nobody act as
// someone else. The stored text names its method, iterations and salt so the method can
// be strengthened later without invalidating old files:
//
//   sha256i$1000$<salt hex>$<digest hex>
#include <string>
#include <string_view>

namespace lagerhuis::store {

inline constexpr int default_hash_iterations = 1000;

// A fresh random salt every call: the same secret hashes differently each time.
std::string hash_secret(std::string_view secret, int iterations = default_hash_iterations);
// False for a wrong secret and for a stored text that is not one of ours. Takes the
// same time wherever the digests differ.
bool secret_matches(std::string_view stored, std::string_view secret);

}  // namespace lagerhuis::store
