#include "store/session_file.hpp"

#include <algorithm>
#include <future>
#include <optional>

#include "core/append_events.hpp"
#include "core/ballot_seal.hpp"
#include "platform/utf8_path.hpp"
#include "proto/json_codec.hpp"
#include "store/annotation_table.hpp"
#include "store/ballot_rows.hpp"
#include "store/event_table.hpp"
#include "store/file_check.hpp"
#include "store/file_sync.hpp"
#include "store/host_lock.hpp"
#include "store/migration.hpp"
#include "store/retention.hpp"
#include "store/schema.hpp"
#include "store/secret_hash.hpp"
#include "store/session_export.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

// Members in this order so that statements go before the connection, and the
// connection before the lock.
struct SessionFile::Impl {
    std::optional<HostLock> lock;  // none for a reader
    std::unique_ptr<Database> db;  // the tables point at it, so it never moves
    EventTable events;
    AnnotationTable notes;
    SecretTable secrets;
    core::Seq last_seq = 0;
    // A reader's PRAGMA quick_check, running on a connection of its own while the
    // events are read; a load does not return (nor any other use begin) before its verdict.
    std::future<std::optional<StoreError>> integrity;
    std::optional<StoreError> damage;

    std::optional<StoreError> integrity_verdict() {
        if (integrity.valid()) damage = integrity.get();
        return damage;
    }
};

namespace {

std::filesystem::path wal_path(const std::filesystem::path& path) { return std::filesystem::path(path) += "-wal"; }

// A read-only connection. Without a -wal beside the file and with no writer able to
// appear (we hold the lock, or the directory is read-only), `immutable` reads it
// without creating -wal/-shm files next to it.
core::Result<Database, std::string> open_connection_for_reading(const std::filesystem::path& path, bool prefer_immutable) {
    std::error_code error;
    const bool has_wal = std::filesystem::exists(wal_path(path), error);
    if (prefer_immutable && !has_wal) return Database::open(sqlite_file_uri(path, "mode=ro&immutable=1"), SQLITE_OPEN_READONLY);
    auto db = Database::open(sqlite_file_uri(path, "mode=ro"), SQLITE_OPEN_READONLY);
    // SQLite opens lazily: only a first read shows whether the -shm could be made.
    if (has_wal || (db && db->query_int("PRAGMA schema_version"))) return db;
    // A closed WAL-mode file on read-only media cannot get its -shm: read it as it is.
    return Database::open(sqlite_file_uri(path, "mode=ro&immutable=1"), SQLITE_OPEN_READONLY);
}

// The same, reading pages through a memory map.
core::Result<Database, std::string> open_for_reading(const std::filesystem::path& path, bool prefer_immutable) {
    auto db = open_connection_for_reading(path, prefer_immutable);
    // Pages read through a memory map rather than copied by read(2): opening a long file
    // costs about 15 ms less CPU. Safe here, as nothing shrinks a session file while it
    // is open (no VACUUM; a checkpoint truncates only the -wal). Not a must: if SQLite
    // refuses, the connection reads as before.
    if (db) (void)db->exec("PRAGMA mmap_size = 1073741824");
    return db;
}

// Built under a temporary name and renamed into place, so the file either does not
// exist or holds a complete, empty session with the Lagerhuis header: a host killed
// while creating it leaves nothing that a restart would take for a foreign file.
std::optional<std::string> create_session_file(const std::filesystem::path& path, int keep_days) {
    const std::filesystem::path temporary = std::filesystem::path(path) += ".creating";
    std::error_code error;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::filesystem::remove(std::filesystem::path(temporary) += suffix, error);
    std::optional<std::string> problem;
    {
        auto db = Database::open(sqlite_file_uri(temporary, ""), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!db) return "cannot create " + platform::utf8_of(temporary) + ": " + db.error();
        problem = db->exec("PRAGMA synchronous = FULL");
        if (!problem) problem = create_schema(*db);
        if (!problem) problem = write_meta(*db, keep_until_key, date_in_days(keep_days));
        if (!problem) problem = db->exec("PRAGMA journal_mode = WAL");
    }
    if (!problem) problem = sync_file(temporary);
    if (!problem) problem = rename_durably(temporary, path);
    if (problem) std::filesystem::remove(temporary, error);
    return problem;
}

std::optional<std::string> set_writer_pragmas(Database& db) {
    auto mode = db.query_text("PRAGMA journal_mode = WAL");
    if (!mode) return mode.error();
    if (*mode != "wal") return "cannot switch to WAL mode (journal mode is " + *mode + ")";
    // secure_delete: a sealed ballot's or erased text's old bytes are zeroed, not left in
    // the page's free space or in free pages.
    return db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON");
}

template <class Table>
core::Result<Table, StoreError> prepared(Database& db, const std::filesystem::path& path) {
    auto table = Table::prepare(db);
    if (!table) return core::Failure{StoreError{platform::utf8_of(path), "cannot prepare its statements: " + table.error()}};
    return std::move(table).value();
}

core::Result<std::unique_ptr<SessionFile::Impl>, StoreError> make_impl(std::optional<HostLock> lock, Database db,
                                                                          const std::filesystem::path& path,
                                                                          core::Seq last_seq);

}  // namespace

SessionFile::SessionFile(std::filesystem::path path, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), impl_(std::move(impl)) {}
SessionFile::SessionFile(SessionFile&&) noexcept = default;
SessionFile& SessionFile::operator=(SessionFile&& other) noexcept {
    if (this != &other) {
        close();
        path_ = std::move(other.path_);
        impl_ = std::move(other.impl_);
    }
    return *this;
}
SessionFile::~SessionFile() { close(); }

core::Result<SessionFile, StoreError> SessionFile::open(const std::filesystem::path& path, const OpenOptions& options) {
    const std::string name = platform::utf8_of(path);
    auto state = check_file_header(path);
    if (!state) return core::Failure{state.error()};
    auto lock = HostLock::acquire(path, options.program);
    if (!lock) return core::Failure{lock.error()};

    // Looked at again under the lock: another host may have created it meanwhile.
    state = check_file_header(path);
    if (!state) return core::Failure{state.error()};
    SessionFacts facts{current_schema_version, 0};
    if (*state != FileState::session) {
        if (!options.create)
            return core::Failure{StoreError{name, *state == FileState::missing ? "no such session file" : "the file is empty"}};
        if (auto problem = create_session_file(path, options.keep_days)) return core::Failure{StoreError{name, *problem}};
    } else {
        auto reader = open_for_reading(path, true);
        if (!reader) return core::Failure{StoreError{name, "cannot open for reading: " + reader.error()}};
        auto checked = check_session_database(*reader, path, true);
        if (!checked) return core::Failure{checked.error()};
        facts = *checked;
    }

    auto db = Database::open(sqlite_file_uri(path, ""), SQLITE_OPEN_READWRITE);
    if (!db) return core::Failure{StoreError{name, "cannot open for writing: " + db.error()}};
    if (auto problem = set_writer_pragmas(*db)) return core::Failure{StoreError{name, *problem}};
    if (facts.schema_version < current_schema_version) {
        if (auto problem = migrate(*db, current_schema_version, schema_migrations()))
            return core::Failure{StoreError{name, *problem + "; the file was left as it was"}};
        auto checked = check_session_database(*db, path, false);
        if (!checked) return core::Failure{checked.error()};
        facts = *checked;
    }
    // A host killed between sealing a poll and the checkpoint after it left the old page
    // images in the -wal: they go now, before anything else is written.
    (void)fold_wal_away(*db);
    auto impl = make_impl(std::move(lock).value(), std::move(db).value(), path, facts.events);
    if (!impl) return core::Failure{impl.error()};
    return SessionFile(path, std::move(impl).value());
}

core::Result<SessionFile, StoreError> SessionFile::open_read_only(const std::filesystem::path& path) {
    const std::string name = platform::utf8_of(path);
    auto state = check_file_header(path);
    if (!state) return core::Failure{state.error()};
    if (*state != FileState::session)
        return core::Failure{StoreError{name, *state == FileState::missing ? "no such session file"
                                                                           : "the file is empty: not a session file"}};
    auto db = open_for_reading(path, false);
    if (!db) return core::Failure{StoreError{name, "cannot open for reading: " + db.error()}};
    auto facts = check_session_database(*db, path, false, IntegrityCheck::by_caller);
    if (!facts) return core::Failure{facts.error()};
    auto impl = make_impl(std::nullopt, std::move(db).value(), path, facts->events);
    if (!impl) return core::Failure{impl.error()};
    (*impl)->integrity = std::async(std::launch::async, [path]() -> std::optional<StoreError> {
        auto checker = open_for_reading(path, false);
        if (!checker) return StoreError{platform::utf8_of(path), "cannot open for reading: " + checker.error()};
        return check_integrity(*checker, path);
    });
    return SessionFile(path, std::move(impl).value());
}

namespace {

core::Result<std::unique_ptr<SessionFile::Impl>, StoreError> make_impl(std::optional<HostLock> lock, Database db,
                                                                          const std::filesystem::path& path,
                                                                          core::Seq last_seq) {
    auto owned_db = std::make_unique<Database>(std::move(db));
    auto events = prepared<EventTable>(*owned_db, path);
    if (!events) return core::Failure{events.error()};
    auto notes = prepared<AnnotationTable>(*owned_db, path);
    if (!notes) return core::Failure{notes.error()};
    auto secrets = prepared<SecretTable>(*owned_db, path);
    if (!secrets) return core::Failure{secrets.error()};
    return std::make_unique<SessionFile::Impl>(SessionFile::Impl{std::move(lock), std::move(owned_db),
                                                                 std::move(events).value(), std::move(notes).value(),
                                                                 std::move(secrets).value(), last_seq, {}, {}});
}

}  // namespace

const std::filesystem::path& SessionFile::path() const { return path_; }
bool SessionFile::read_only() const { return impl_ && !impl_->lock; }
core::Seq SessionFile::last_seq() const { return impl_ ? impl_->last_seq : 0; }

StoreError SessionFile::error(std::string problem) const { return StoreError{platform::utf8_of(path_), std::move(problem)}; }

core::Result<SessionFile::Impl*, StoreError> SessionFile::live() const {
    if (!impl_) return core::Failure{error("the session file is closed")};
    if (auto damage = impl_->integrity_verdict()) return core::Failure{std::move(*damage)};
    return impl_.get();
}

core::Result<core::Seq, StoreError> SessionFile::append(std::span<const core::Event> events,
                                                        std::span<const NewSecret> secrets) {
    auto file = live();
    if (!file) return core::Failure{file.error()};
    Impl& impl = **file;
    if (!impl.lock) return core::Failure{error("opened read-only: cannot append")};
    for (std::size_t i = 0; i < events.size(); ++i) {
        const core::Seq expected = impl.last_seq + i + 1;
        if (events[i].seq != expected)
            return core::Failure{error("cannot append event seq " + std::to_string(events[i].seq) + " where seq " +
                                       std::to_string(expected) + " was expected; nothing of this batch was written")};
    }
    if (events.empty() && secrets.empty()) return impl.last_seq;
    // Encoded before the transaction opens, so the write lock is held only for the inserts.
    std::vector<std::string> lines;
    lines.reserve(events.size());
    for (const auto& event : events) lines.push_back(proto::encode_event_line(event));
    std::vector<std::string> hashes;
    hashes.reserve(secrets.size());
    for (const auto& secret : secrets) hashes.push_back(hash_secret(secret.secret, secret.hash_iterations));
    auto problem = impl.db->transaction([&]() -> std::optional<std::string> {
        for (std::size_t i = 0; i < events.size(); ++i)
            if (auto failed = impl.events.insert(events[i], lines[i])) return failed;
        for (std::size_t i = 0; i < secrets.size(); ++i)
            if (auto failed = impl.secrets.store(secrets[i].kind, secrets[i].subject, hashes[i])) return failed;
        for (const auto& event : events)
            if (auto poll = core::sealed_by(event))
                if (auto failed = seal_ballot_rows(*impl.db, *poll)) return failed;
        return std::nullopt;
    });
    if (problem) return core::Failure{error(*problem + "; nothing of this batch was written")};
    impl.last_seq += events.size();
    // The sealed ballots' old page images are still in the -wal until it is folded away.
    if (std::any_of(events.begin(), events.end(), [](const core::Event& e) { return core::sealed_by(e).has_value(); }))
        (void)fold_wal_away(*impl.db);
    return impl.last_seq;
}

core::Result<std::vector<core::Event>, StoreError> SessionFile::load_events() const { return load_events_since(0); }

core::Result<std::vector<core::Event>, StoreError> SessionFile::load_events_since(core::Seq seq) const {
    std::vector<core::Event> events;
    auto problem = stream_events_since(seq, [&](std::vector<core::Event>&& chunk) { core::append_events(events, std::move(chunk)); });
    if (problem) return core::Failure{std::move(*problem)};
    return events;
}

std::optional<StoreError> SessionFile::stream_events_since(core::Seq seq, const EventChunkSink& sink) const {
    if (!impl_) return error("the session file is closed");
    core::Seq last = 0;
    auto problem = impl_->events.stream_after(seq, [&](std::vector<core::Event>&& chunk) {
        if (!chunk.empty()) last = chunk.back().seq;
        sink(std::move(chunk));
    });
    // Read beside the integrity check; a damaged file's events are not to be trusted.
    if (auto damage = impl_->integrity_verdict()) return damage;
    if (problem) return error("cannot load the events: " + *problem);
    impl_->last_seq = std::max(impl_->last_seq, last);
    return std::nullopt;
}

core::Result<std::int64_t, StoreError> SessionFile::add_annotation(const Annotation& note) {
    auto file = live();
    if (!file) return core::Failure{file.error()};
    if (!(*file)->lock) return core::Failure{error("opened read-only: cannot annotate")};
    auto id = (*file)->notes.insert(note);
    if (!id) return core::Failure{error(id.error())};
    return *id;
}

core::Result<std::vector<Annotation>, StoreError> SessionFile::annotations() const {
    auto file = live();
    if (!file) return core::Failure{file.error()};
    auto notes = (*file)->notes.all();
    if (!notes) return core::Failure{error(notes.error())};
    return std::move(notes).value();
}

std::optional<StoreError> SessionFile::remove_annotation(std::int64_t id) {
    auto file = live();
    if (!file) return file.error();
    if (!(*file)->lock) return error("opened read-only: cannot remove an annotation");
    if (auto problem = (*file)->notes.remove(id)) return error(*problem);
    return std::nullopt;
}

std::optional<StoreError> SessionFile::store_secret(SecretKind kind, std::uint32_t subject, std::string_view secret) {
    auto file = live();
    if (!file) return file.error();
    if (!(*file)->lock) return error("opened read-only: cannot store a secret");
    if (auto problem = (*file)->secrets.store(kind, subject, hash_secret(secret))) return error(*problem);
    return std::nullopt;
}

core::Result<bool, StoreError> SessionFile::secret_matches(SecretKind kind, std::uint32_t subject, std::string_view secret) const {
    auto file = live();
    if (!file) return core::Failure{file.error()};
    auto hash = (*file)->secrets.hash_of(kind, subject);
    if (!hash) return core::Failure{error(hash.error())};
    return hash->has_value() && store::secret_matches(**hash, secret);
}

core::Result<std::optional<std::string>, StoreError> SessionFile::keep_until() const {
    auto file = live();
    if (!file) return core::Failure{file.error()};
    auto date = read_meta(*(*file)->db, keep_until_key);
    if (!date) return std::optional<std::string>{};  // a file from before retention dates
    return std::optional{std::move(date).value()};
}

core::Result<std::vector<ErasureRecord>, StoreError> SessionFile::erasures() const {
    auto file = live();
    if (!file) return core::Failure{file.error()};
    auto records = read_erasures(*(*file)->db);
    if (!records) return core::Failure{error(records.error())};
    return std::move(records).value();
}

std::optional<StoreError> SessionFile::rewrite(const LogRewrite& rewrite) {
    auto file = live();
    if (!file) return file.error();
    if (!(*file)->lock) return error("opened read-only: cannot rewrite");
    Database& db = *(*file)->db;
    if (auto problem = db.transaction([&] { return apply_log_rewrite(db, rewrite); }))
        return error(*problem + "; nothing was changed");
    if (!fold_wal_away(db)) return error("the -wal still holds old pages: a reader has the file open; close it and run again");
    return std::nullopt;
}

std::optional<StoreError> SessionFile::export_copy(const std::filesystem::path& target) const {
    auto file = live();
    if (!file) return file.error();
    if (auto problem = export_session_database(*(*file)->db, target)) return error("cannot export: " + *problem);
    return std::nullopt;
}

std::optional<StoreError> SessionFile::close() {
    if (!impl_) return std::nullopt;
    std::optional<StoreError> problem;
    if (impl_->lock) {
        // busy = 1 when a reader still needs part of the WAL: the data is safe there and
        // the next host folds it in, but the file does not stand alone yet.
        auto statement = impl_->db->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!statement || statement->step() != SQLITE_ROW)
            problem = error("cannot checkpoint the WAL: " + impl_->db->error_text());
        else if (statement->column_int64(0) != 0)
            problem = error("could not fold the WAL back into the file: a reader is still using it");
    }
    impl_.reset();
    return problem;
}

}  // namespace lagerhuis::store
