#include "store/schema.hpp"

#include <charconv>

#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

namespace {

// Version 1. A later version changes this only together with a migration step.
constexpr std::string_view tables_v1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE events(seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE annotations(id INTEGER PRIMARY KEY, at_ms INTEGER, seq INTEGER, argument INTEGER,
                         author TEXT, text TEXT NOT NULL, created_at TEXT);
CREATE TABLE secrets(kind TEXT NOT NULL, subject INTEGER NOT NULL, hash TEXT NOT NULL,
                     PRIMARY KEY(kind, subject)) WITHOUT ROWID;
)sql";

}  // namespace

std::optional<std::string> create_schema(Database& db) {
    return db.transaction([&]() -> std::optional<std::string> {
        if (auto error = db.exec("PRAGMA application_id = " + std::to_string(static_cast<std::int32_t>(lagerhuis_application_id))))
            return error;
        if (auto error = db.exec(std::string(tables_v1))) return error;
        if (auto error = write_meta(db, "application_id", application_name)) return error;
        return write_schema_version(db, current_schema_version);
    });
}

core::Result<std::string, std::string> read_meta(Database& db, std::string_view key) {
    auto statement = db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!statement) return core::Failure{statement.error()};
    statement->bind(1, key);
    const int rc = statement->step();
    if (rc == SQLITE_ROW) return std::string(statement->column_text(0));
    if (rc == SQLITE_DONE) return core::Failure{"no '" + std::string(key) + "' in its meta table"};
    return core::Failure{db.error_text()};
}

std::optional<std::string> write_meta(Database& db, std::string_view key, std::string_view value) {
    auto statement = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    if (!statement) return statement.error();
    statement->bind(1, key).bind(2, value);
    if (statement->step() != SQLITE_DONE) return db.error_text();
    return std::nullopt;
}

std::optional<std::string> write_schema_version(Database& db, int version) {
    if (auto error = write_meta(db, "schema_version", std::to_string(version))) return error;
    return db.exec("PRAGMA user_version = " + std::to_string(version));
}

std::string newer_version_problem(int version) {
    return "written by a newer Lagerhuis (schema version " + std::to_string(version) + "; this program reads up to " +
           std::to_string(current_schema_version) + "): update Lagerhuis to open it; it was not changed";
}

core::Result<int, std::string> read_schema_version(Database& db) {
    auto text = read_meta(db, "schema_version");
    if (!text) return core::Failure{text.error()};
    int version = 0;
    const auto& value = *text;
    const auto parsed = std::from_chars(value.data(), value.data() + value.size(), version);
    if (parsed.ec != std::errc{} || parsed.ptr != value.data() + value.size() || version < 0)
        return core::Failure{"schema_version '" + value + "' is not a version number"};
    return version;
}

}  // namespace lagerhuis::store
