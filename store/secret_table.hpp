#pragma once
// The secrets table: salted hashes (secret_hash.hpp) of the participants' tokens and
// the facilitator secret, one per kind and subject. Never copied into an export.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

enum class SecretKind : std::uint8_t {
    participant_token,  // subject: the participant id
    facilitator,        // subject: 0
};
std::string_view secret_kind_name(SecretKind kind);

class SecretTable {
public:
    static core::Result<SecretTable, std::string> prepare(Database& db);

    // Replaces any earlier hash for this kind and subject.
    std::optional<std::string> store(SecretKind kind, std::uint32_t subject, std::string_view hash);
    // nullopt when none is stored.
    core::Result<std::optional<std::string>, std::string> hash_of(SecretKind kind, std::uint32_t subject);

private:
    SecretTable(Database& db, Statement store, Statement select)
        : db_(&db), store_(std::move(store)), select_(std::move(select)) {}

    Database* db_;
    Statement store_;
    Statement select_;
};

}  // namespace lagerhuis::store
