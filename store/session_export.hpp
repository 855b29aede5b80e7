#pragma once
// The consolidated copy a trainer takes home: one file, no WAL beside it, no secrets.
#include <filesystem>
#include <optional>
#include <string>

namespace lagerhuis::store {

class Database;

// VACUUM INTO a temporary file beside `target`, the secrets wiped from it (zeroed, then
// vacuumed away), switched to rollback-journal mode, then renamed to `target`. Works on
// a writer's or a reader's connection. Refuses a `target` that already exists.
std::optional<std::string> export_session_database(Database& source, const std::filesystem::path& target);

}  // namespace lagerhuis::store
