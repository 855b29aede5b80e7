#include "store/session_export.hpp"

#include "platform/utf8_path.hpp"
#include "store/file_sync.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

namespace {

std::optional<std::string> scrub_copy(const std::filesystem::path& copy) {
    auto db = Database::open(sqlite_file_uri(copy, ""), SQLITE_OPEN_READWRITE);
    if (!db) return db.error();
    // The copy is read far from here, maybe from a read-only stick: no -wal/-shm needed.
    if (auto error = db->exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON"))
        return error;
    if (auto error = db->exec("DELETE FROM secrets")) return error;
    return db->exec("VACUUM");
}

}  // namespace

std::optional<std::string> export_session_database(Database& source, const std::filesystem::path& target) {
    std::error_code error;
    if (std::filesystem::exists(target, error))
        return platform::utf8_of(target) + " already exists: choose another name or remove it first";
    const std::filesystem::path temporary = std::filesystem::path(target) += ".exporting";
    std::filesystem::remove(temporary, error);

    const auto absolute = std::filesystem::absolute(temporary, error);
    if (error) return "cannot resolve " + platform::utf8_of(temporary) + ": " + error.message();
    auto vacuum = source.prepare("VACUUM INTO ?");
    if (!vacuum) return vacuum.error();
    vacuum->bind(1, sqlite_file_uri(absolute, ""));
    if (vacuum->step() != SQLITE_DONE) {
        const std::string problem = "cannot write " + platform::utf8_of(temporary) + ": " + source.error_text();
        std::filesystem::remove(temporary, error);
        return problem;
    }
    auto problem = scrub_copy(temporary);
    if (!problem) problem = sync_file(temporary);
    if (!problem) problem = rename_durably(temporary, target);
    if (problem) std::filesystem::remove(temporary, error);
    return problem;
}

}  // namespace lagerhuis::store
