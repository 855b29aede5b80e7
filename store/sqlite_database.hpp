#pragma once
// A thin RAII layer over the SQLite C API: a connection, prepared statements and
// transactions, reporting SQLite's own error text. The rest of store/ speaks SQL
// through this and never sees raw handles or return codes other than step()'s.
#include <filesystem>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "core/result.hpp"

namespace lagerhuis::store {

class Statement {
public:
    // 1-based, like SQLite. A failed bind is remembered and returned by step(), so a
    // call site binds several values and checks once.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind_null(int index);
    // SQLITE_ROW, SQLITE_DONE or an error code (the text is in Database::error_text).
    int step();
    // Ready to run again with new bindings; keeps the compiled statement.
    void reset();

    std::int64_t column_int64(int column) const;
    std::string_view column_text(int column) const;
    bool column_is_null(int column) const;

private:
    friend class Database;
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> handle_;
    int bind_error_ = SQLITE_OK;
};

class Database {
public:
    // `flags` as for sqlite3_open_v2; SQLITE_OPEN_URI is always added.
    static core::Result<Database, std::string> open(const std::string& name, int flags);

    // Runs one or more statements that return no rows; the error text on failure.
    std::optional<std::string> exec(const std::string& sql);
    core::Result<Statement, std::string> prepare(std::string_view sql);
    // The first column of the first row, e.g. of a PRAGMA; an error when there is no row.
    core::Result<std::int64_t, std::string> query_int(std::string_view sql);
    core::Result<std::string, std::string> query_text(std::string_view sql);

    // BEGIN IMMEDIATE, `body`, COMMIT; ROLLBACK when `body` returns an error or COMMIT
    // fails. Returns only after COMMIT, which with synchronous=FULL is durable.
    std::optional<std::string> transaction(const std::function<std::optional<std::string>()>& body);

    std::string error_text() const;
    std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(handle_.get()); }
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const { return sqlite3_changes(handle_.get()); }

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> handle_;
};

// "file:/path?mode=ro&immutable=1": the path as UTF-8 (SQLite's file names are, on Windows
// too), escaped so that '?', '#' and '%' in a file name stay part of it.
std::string sqlite_file_uri(const std::filesystem::path& path, std::string_view query);

}  // namespace lagerhuis::store
