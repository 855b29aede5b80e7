#include "store/secret_table.hpp"

namespace lagerhuis::store {

std::string_view secret_kind_name(SecretKind kind) {
    return kind == SecretKind::facilitator ? "facilitator" : "participant_token";
}

core::Result<SecretTable, std::string> SecretTable::prepare(Database& db) {
    auto store = db.prepare("INSERT OR REPLACE INTO secrets(kind, subject, hash) VALUES(?, ?, ?)");
    if (!store) return core::Failure{store.error()};
    auto select = db.prepare("SELECT hash FROM secrets WHERE kind = ? AND subject = ?");
    if (!select) return core::Failure{select.error()};
    return SecretTable(db, std::move(store).value(), std::move(select).value());
}

std::optional<std::string> SecretTable::store(SecretKind kind, std::uint32_t subject, std::string_view hash) {
    store_.bind(1, secret_kind_name(kind)).bind(2, std::int64_t{subject}).bind(3, hash);
    const int rc = store_.step();
    store_.reset();
    if (rc != SQLITE_DONE) return "cannot store the " + std::string(secret_kind_name(kind)) + " hash: " + db_->error_text();
    return std::nullopt;
}

core::Result<std::optional<std::string>, std::string> SecretTable::hash_of(SecretKind kind, std::uint32_t subject) {
    select_.bind(1, secret_kind_name(kind)).bind(2, std::int64_t{subject});
    std::optional<std::string> hash;
    const int rc = select_.step();
    if (rc == SQLITE_ROW) hash = std::string(select_.column_text(0));
    const std::string error = rc == SQLITE_ROW || rc == SQLITE_DONE ? std::string() : db_->error_text();
    select_.reset();
    if (!error.empty()) return core::Failure{"cannot read the secrets: " + error};
    return hash;
}

}  // namespace lagerhuis::store
