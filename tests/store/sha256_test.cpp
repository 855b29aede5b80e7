// SHA-256 against the FIPS 180-2 examples, and the salted secret hashes built on it.
#include <catch2/catch.hpp>

#include <string>

#include "store/secret_hash.hpp"
#include "store/sha256.hpp"

namespace lagerhuis::tests {

using store::sha256;
using store::to_hex;

TEST_CASE("sha256 gives the FIPS 180-2 digests", "[store]") {
    CHECK(to_hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(to_hex(sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopq"
                        "rsmnopqrstnopqrstu")) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(to_hex(sha256(std::string(1'000'000, 'a'))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 pads correctly around the block boundary", "[store]") {
    // 55 bytes still fit the length in the block; 56 need a second block.
    CHECK(to_hex(sha256(std::string(55, 'x'))) == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
    CHECK(to_hex(sha256(std::string(56, 'x'))) == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
    CHECK(to_hex(sha256(std::string(64, 'x'))) == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
}

TEST_CASE("sha256 fed in pieces equals sha256 of the whole", "[store]") {
    std::string text;
    for (int i = 0; i < 200; ++i) text += static_cast<char>('a' + i % 26);
    for (std::size_t cut = 0; cut <= text.size(); cut += 7) {
        store::Sha256 pieces;
        pieces.update(std::string_view(text).substr(0, cut)).update(std::string_view(text).substr(cut));
        CHECK(pieces.finish() == sha256(text));
    }
}

TEST_CASE("a hashed secret matches only the secret itself and never contains it", "[store]") {
    const std::string token = "k7Q2-zwembad-Vriezenveen";
    const std::string stored = store::hash_secret(token);
    CHECK(store::secret_matches(stored, token));
    CHECK_FALSE(store::secret_matches(stored, token + "x"));
    CHECK_FALSE(store::secret_matches(stored, ""));
    CHECK(stored.find(token) == std::string::npos);
    CHECK(stored.rfind("sha256i$", 0) == 0);
}

TEST_CASE("the same secret hashes differently each time because of its salt", "[store]") {
    const std::string first = store::hash_secret("geheim"), second = store::hash_secret("geheim");
    CHECK(first != second);
    CHECK(store::secret_matches(first, "geheim"));
    CHECK(store::secret_matches(second, "geheim"));
}

TEST_CASE("a stored hash that is not ours never matches", "[store]") {
    CHECK_FALSE(store::secret_matches("", "geheim"));
    CHECK_FALSE(store::secret_matches("geheim", "geheim"));
    CHECK_FALSE(store::secret_matches("md5$1$00$00", "geheim"));
    CHECK_FALSE(store::secret_matches("sha256i$0$00$00", "geheim"));
    CHECK_FALSE(store::secret_matches("sha256i$99999999999$00$00", "geheim"));
}

}  // namespace lagerhuis::tests
