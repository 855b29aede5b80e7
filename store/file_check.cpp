#include "store/file_check.hpp"

#include <array>
#include <cstdio>
#include <fstream>

#include "platform/utf8_path.hpp"
#include "store/schema.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

namespace {

constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};
constexpr std::size_t header_size = 100;
constexpr std::size_t user_version_offset = 60;
constexpr std::size_t application_id_offset = 68;

std::uint32_t big_endian_at(const std::array<char, header_size>& header, std::size_t offset) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(header[offset + i]);
    return value;
}

std::string hex(std::uint32_t value) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", value);
    return text;
}

StoreError damaged(const std::filesystem::path& path, const std::string& what) {
    return StoreError{platform::utf8_of(path), "damaged session file: " + what + "; it was not changed"};
}

// Cheap (two index look-ups) where count(*) reads the whole table: the log starts at 1,
// and its last seq. What lies between is checked row by row as the events are read.
core::Result<std::uint64_t, StoreError> check_log_ends(Database& db, const std::filesystem::path& path) {
    auto first = db.query_int("SELECT coalesce(min(seq), 0) FROM events");
    if (!first) return core::Failure{damaged(path, first.error())};
    auto last = db.query_int("SELECT coalesce(max(seq), 0) FROM events");
    if (!last) return core::Failure{damaged(path, last.error())};
    if (*last != 0 && *first != 1)
        return core::Failure{damaged(path, "the log is not contiguous: its first event is seq " + std::to_string(*first) +
                                               ", where it must start at 1")};
    return static_cast<std::uint64_t>(*last);
}

// A gap or a duplicate start means events were lost: name the first missing seq.
core::Result<std::uint64_t, StoreError> check_contiguous(Database& db, const std::filesystem::path& path) {
    auto statement = db.prepare("SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM events");
    if (!statement) return core::Failure{damaged(path, statement.error())};
    if (statement->step() != SQLITE_ROW) return core::Failure{damaged(path, db.error_text())};
    const auto count = statement->column_int64(0), first = statement->column_int64(1), last = statement->column_int64(2);
    if (count == 0 || (first == 1 && last == count)) return static_cast<std::uint64_t>(count);
    const std::string range = "the log is not contiguous: " + std::to_string(count) + " events with seq " +
                              std::to_string(first) + " to " + std::to_string(last);
    if (first != 1) return core::Failure{damaged(path, range + ", where it must start at 1")};
    auto gap = db.query_int(
        "SELECT e.seq + 1 FROM events e WHERE e.seq + 1 NOT IN (SELECT seq FROM events) ORDER BY e.seq LIMIT 1");
    return core::Failure{damaged(path, range + ", seq " + (gap ? std::to_string(*gap) : std::string("?")) + " is missing")};
}

}  // namespace

core::Result<FileState, StoreError> check_file_header(const std::filesystem::path& path) {
    const std::string name = platform::utf8_of(path);
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found) return FileState::missing;
    if (error) return core::Failure{StoreError{name, "cannot read: " + error.message()}};
    if (!std::filesystem::is_regular_file(status)) return core::Failure{StoreError{name, "not a regular file"}};

    std::ifstream in(path, std::ios::binary);
    if (!in) return core::Failure{StoreError{name, "cannot open the file for reading"}};
    std::array<char, header_size> header{};
    in.read(header.data(), header.size());
    const auto size = static_cast<std::size_t>(in.gcount());
    if (size == 0) return FileState::empty;
    if (size < header_size || std::string_view(header.data(), sqlite_magic.size()) != sqlite_magic)
        return core::Failure{StoreError{name, "not a Lagerhuis session file: it is not a SQLite database at all"}};
    const std::uint32_t id = big_endian_at(header, application_id_offset);
    if (id != lagerhuis_application_id)
        return core::Failure{StoreError{
            name, "not a Lagerhuis session file: a SQLite database of another program (application id " + hex(id) +
                      ", Lagerhuis uses " + hex(lagerhuis_application_id) + "); it was not changed"}};
    const auto version = big_endian_at(header, user_version_offset);
    if (version > static_cast<std::uint32_t>(current_schema_version))
        return core::Failure{StoreError{name, newer_version_problem(static_cast<int>(version))}};
    return FileState::session;
}

std::optional<StoreError> check_integrity(Database& db, const std::filesystem::path& path) {
    auto verdict = db.query_text("PRAGMA quick_check(1)");
    if (!verdict) return damaged(path, verdict.error());
    if (*verdict != "ok") return damaged(path, "SQLite's quick_check says: " + *verdict);
    return std::nullopt;
}

core::Result<SessionFacts, StoreError> check_session_database(Database& db, const std::filesystem::path& path, bool may_migrate,
                                                              IntegrityCheck integrity) {
    const std::string name = platform::utf8_of(path);
    auto application = read_meta(db, "application_id");
    if (!application) return core::Failure{damaged(path, "it has the Lagerhuis header but " + application.error())};
    if (*application != application_name)
        return core::Failure{damaged(path, "its meta table names application '" + *application + "'")};
    auto version = read_schema_version(db);
    if (!version) return core::Failure{damaged(path, version.error())};
    if (*version > current_schema_version)
        return core::Failure{StoreError{name, newer_version_problem(*version)}};
    if (*version < oldest_readable_schema_version && !may_migrate)
        return core::Failure{StoreError{name, "schema version " + std::to_string(*version) + " is older than " +
                                                  std::to_string(oldest_readable_schema_version) +
                                                  ": open it once with a host (lagerhuis serve) to migrate it"}};

    if (integrity == IntegrityCheck::included)
        if (auto problem = check_integrity(db, path)) return core::Failure{std::move(*problem)};
    // The tables of an older version are checked after their migration, in its layout.
    if (*version < oldest_readable_schema_version) return SessionFacts{*version, 0};

    auto events = integrity == IntegrityCheck::included ? check_contiguous(db, path) : check_log_ends(db, path);
    if (!events) return core::Failure{events.error()};
    return SessionFacts{*version, *events};
}

}  // namespace lagerhuis::store
