#pragma once
// Deciding whether a file is a Lagerhuis session we may open, before anything is
// written to it. A foreign, newer or damaged file gets a clear error and is never
// modified: the header is read with plain file I/O, the rest through a read-only
// connection, and only then does a host open it for writing.
#include <cstdint>
#include <filesystem>
#include <optional>

#include "core/result.hpp"
#include "store/store_error.hpp"

namespace lagerhuis::store {

class Database;

enum class FileState {
    missing,  // no such file: a host creates it
    empty,    // 0 bytes (e.g. made by mktemp): a host creates the session in it
    session,  // a SQLite database with the Lagerhuis application id
};

// Reads the 100-byte SQLite header: "not a SQLite database", "a SQLite database of
// another program" and (from user_version) "a newer Lagerhuis file" are told apart here.
core::Result<FileState, StoreError> check_file_header(const std::filesystem::path& path);

struct SessionFacts {
    int schema_version = 0;
    std::uint64_t events = 0;  // also the last seq: the check proves they run 1..events
};

// Through a read-only connection to a file whose header is ours: the meta table, the
// schema version (newer than this program: refused; older: allowed only when
// `may_migrate`, and then only quick_check runs: check again after migrating),
// PRAGMA quick_check, and seq contiguous from 1.
//
// The lines themselves are checked where they are decoded anyway, in
// EventTable::stream_after: checking them here too would parse a 100,000-event log twice
// (about 150 ms) on every open.
// Whether check_session_database runs PRAGMA quick_check and counts the events itself,
// or the caller (a reader, which checks each row's seq as it reads them anyway) runs
// check_integrity on a connection of its own while it reads the file.
enum class IntegrityCheck { included, by_caller };

core::Result<SessionFacts, StoreError> check_session_database(Database& db, const std::filesystem::path& path, bool may_migrate,
                                                              IntegrityCheck integrity = IntegrityCheck::included);
// PRAGMA quick_check: the error for a damaged file.
std::optional<StoreError> check_integrity(Database& db, const std::filesystem::path& path);

}  // namespace lagerhuis::store
