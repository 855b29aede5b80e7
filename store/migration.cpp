#include "store/migration.hpp"

#include <algorithm>

#include "store/schema.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

namespace {

// Nothing to change in the tables: the version says from here on polls are sealed, so
// an older program (which cannot read a sealed ballot) refuses the file instead of failing on it.
std::optional<std::string> start_sealing_ballots(Database&) { return std::nullopt; }

constexpr MigrationStep steps[] = {
    {1, "secret polls sealed when they close", start_sealing_ballots},
};

}  // namespace

std::span<const MigrationStep> schema_migrations() { return steps; }

std::optional<std::string> migrate(Database& db, int target, std::span<const MigrationStep> steps) {
    return db.transaction([&]() -> std::optional<std::string> {
        // Read again inside the write transaction: another host may have migrated it.
        auto version = read_schema_version(db);
        if (!version) return version.error();
        if (*version > target)
            return "schema version " + std::to_string(*version) + " is newer than this program's " + std::to_string(target);
        for (int from = *version; from < target; ++from) {
            const auto step = std::find_if(steps.begin(), steps.end(), [&](const MigrationStep& s) { return s.from_version == from; });
            if (step == steps.end() || !step->apply)
                return "no migration from schema version " + std::to_string(from) + " to " + std::to_string(from + 1);
            if (auto error = step->apply(db))
                return "migration from schema version " + std::to_string(from) + " (" + std::string(step->description) +
                       ") failed: " + *error;
        }
        if (*version == target) return std::nullopt;
        return write_schema_version(db, target);
    });
}

}  // namespace lagerhuis::store
