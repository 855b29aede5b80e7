#pragma once
// The layout of a session file. A file says what it is twice: in the SQLite header
// (PRAGMA application_id, readable without SQLite, so other tools such as `file` can
// tell it apart) and in its meta table, with the schema version it was written in.
//
//   meta(key, value)                       application_id, schema_version
//   events(seq, at_ms, type, json)         the log: seq 1, 2, 3, ... json as the codec writes it
//   annotations(id, at_ms, seq, argument,  trainer notes beside the log, never changing it
//               author, text, created_at)
//   secrets(kind, subject, hash)           salted hashes of tokens; never exported
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace lagerhuis::store {

class Database;

// "LgHs" in the SQLite header (bytes 68-71).
inline constexpr std::uint32_t lagerhuis_application_id = 0x4C674873;
inline constexpr std::string_view application_name = "lagerhuis";
// 2: a secret poll's ballots are sealed when it closes (core/ballot_seal.hpp); the meta
// table may hold keep_until. A file migrated from 1 keeps the polls it closed before as
// they were: `lagerhuis privacy` names them.
inline constexpr int current_schema_version = 2;
// Readers open files from here on as they are (1 to 2 changed no table), so a session
// from before sealing replays without a host migrating it first.
inline constexpr int oldest_readable_schema_version = 1;
inline constexpr std::string_view session_file_extension = ".lagerhuis";

// Also kept in the header (PRAGMA user_version) so that a file from a newer program is
// recognised from its first 100 bytes, without a SQLite connection leaving -wal and
// -shm files beside it. The meta table stays the authority.
std::optional<std::string> write_schema_version(Database& db, int version);
// What a newer file is told, wherever it is found out.
std::string newer_version_problem(int version);

// Creates the tables of the current version in an empty database, in one transaction.
std::optional<std::string> create_schema(Database& db);

// The meta row `key`; an error when the table or the row is missing.
core::Result<std::string, std::string> read_meta(Database& db, std::string_view key);
std::optional<std::string> write_meta(Database& db, std::string_view key, std::string_view value);

// The meta schema_version as a number, or why it cannot be read.
core::Result<int, std::string> read_schema_version(Database& db);

}  // namespace lagerhuis::store
