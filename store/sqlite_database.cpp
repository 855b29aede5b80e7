#include "store/sqlite_database.hpp"

#include <cstdio>

#include "platform/utf8_path.hpp"

namespace lagerhuis::store {

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(handle_.get(), index, value);
    if (bind_error_ == SQLITE_OK) bind_error_ = rc;
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc = sqlite3_bind_text64(handle_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (bind_error_ == SQLITE_OK) bind_error_ = rc;
    return *this;
}

Statement& Statement::bind_null(int index) {
    const int rc = sqlite3_bind_null(handle_.get(), index);
    if (bind_error_ == SQLITE_OK) bind_error_ = rc;
    return *this;
}

int Statement::step() {
    if (bind_error_ != SQLITE_OK) return bind_error_;
    return sqlite3_step(handle_.get());
}

void Statement::reset() {
    sqlite3_reset(handle_.get());
    sqlite3_clear_bindings(handle_.get());
    bind_error_ = SQLITE_OK;
}

std::int64_t Statement::column_int64(int column) const { return sqlite3_column_int64(handle_.get(), column); }

std::string_view Statement::column_text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(handle_.get(), column));
    const int size = sqlite3_column_bytes(handle_.get(), column);
    return text ? std::string_view(text, static_cast<std::size_t>(size)) : std::string_view();
}

bool Statement::column_is_null(int column) const { return sqlite3_column_type(handle_.get(), column) == SQLITE_NULL; }

core::Result<Database, std::string> Database::open(const std::string& name, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_URI, nullptr);
    Database db;
    db.handle_.reset(raw);
    if (rc != SQLITE_OK) return core::Failure{raw ? db.error_text() : std::string(sqlite3_errstr(rc))};
    sqlite3_extended_result_codes(raw, 1);
    // A reader checkpointing or a migration in another process is short; wait for it
    // rather than failing the open.
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

std::optional<std::string> Database::exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(handle_.get(), sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return std::nullopt;
    std::string text = message ? message : error_text();
    sqlite3_free(message);
    return text;
}

core::Result<Statement, std::string> Database::prepare(std::string_view sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(handle_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &raw, nullptr);
    Statement statement;
    statement.handle_.reset(raw);
    if (rc != SQLITE_OK) return core::Failure{error_text() + " (in: " + std::string(sql) + ")"};
    return statement;
}

core::Result<std::int64_t, std::string> Database::query_int(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) return core::Failure{statement.error()};
    const int rc = statement->step();
    if (rc == SQLITE_ROW) return statement->column_int64(0);
    return core::Failure{rc == SQLITE_DONE ? "no result from: " + std::string(sql) : error_text()};
}

core::Result<std::string, std::string> Database::query_text(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) return core::Failure{statement.error()};
    const int rc = statement->step();
    if (rc == SQLITE_ROW) return std::string(statement->column_text(0));
    return core::Failure{rc == SQLITE_DONE ? "no result from: " + std::string(sql) : error_text()};
}

std::optional<std::string> Database::transaction(const std::function<std::optional<std::string>()>& body) {
    if (auto error = exec("BEGIN IMMEDIATE")) return error;
    auto error = body();
    if (!error) error = exec("COMMIT");
    // A failed COMMIT can leave the transaction open (e.g. SQLITE_BUSY); never leave it so.
    if (error && !sqlite3_get_autocommit(handle_.get())) exec("ROLLBACK");
    return error;
}

std::string Database::error_text() const { return sqlite3_errmsg(handle_.get()); }

std::string sqlite_file_uri(const std::filesystem::path& path, std::string_view query) {
    std::string uri = "file:";
    for (const unsigned char c : platform::utf8_of(path)) {
        if (c == '?' || c == '#' || c == '%' || c < 0x20) {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        } else {
            uri += static_cast<char>(c);
        }
    }
    if (!query.empty()) uri += "?" + std::string(query);
    return uri;
}

}  // namespace lagerhuis::store
