#pragma once
// Bringing an older session file up to the current schema when a host opens it. Each
// step takes a file from version N to N+1; all the steps a file needs run in ONE
// transaction with the version update, so a crash mid-way leaves the old file intact.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lagerhuis::store {

class Database;

struct MigrationStep {
    int from_version = 0;  // the step leaves the file at from_version + 1
    std::string_view description;
    std::optional<std::string> (*apply)(Database& db) = nullptr;
};

// The steps this program knows, oldest first.
std::span<const MigrationStep> schema_migrations();

// Reads the file's schema_version and runs the steps up to `target`, then records it.
// Nothing changes when the file is already at `target`, when it is newer, when a step
// is missing, or when one fails; the error says which.
std::optional<std::string> migrate(Database& db, int target, std::span<const MigrationStep> steps);

}  // namespace lagerhuis::store
