#pragma once
// A session file (.lagerhuis): the debate's event log in SQLite, with trainer notes
// and hashed secrets beside it. The host opens it for writing (one host per file, see
// HostLock); any number of readers (replay viewer, exports) may open it at the same time.
//
//   auto file = SessionFile::open("debat.lagerhuis", {.program = "lagerhuis serve"});
//   if (!file) log(file.error().message());        // foreign, newer, damaged, in use, ...
//   file->append(batch);                            // one transaction; durable on return
//
// WAL mode with synchronous=FULL: append() returns after COMMIT, which is on disk even
// if the power fails next, so an ack sent after it is never a lie. close() folds the WAL
// back in so the file can be copied on its own. Nothing here throws.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "core/result.hpp"
#include "store/annotation.hpp"
#include "store/event_table.hpp"
#include "store/log_rewrite.hpp"
#include "store/retention.hpp"
#include "store/secret_table.hpp"
#include "store/store_error.hpp"

namespace lagerhuis::store {

struct OpenOptions {
    // Who holds the file, as a second host will be told ("in use by lagerhuis serve, ...").
    std::string program = "lagerhuis";
    // Create the session when the file is missing (or empty); otherwise that is an error.
    bool create = true;
    // A new file's retention: its keep_until is this many days from today (retention.hpp).
    int keep_days = default_keep_days;
};

// A secret to keep (as a salted hash) beside the events of a batch.
struct NewSecret {
    SecretKind kind{};
    std::uint32_t subject = 0;
    std::string secret;
    // Random tokens of 128 bits need no key stretching; typed secrets get the default.
    int hash_iterations = 1;
};

class SessionFile {
public:
    // As the one writer: takes the host lock, creates the file or checks it (foreign,
    // newer, damaged: refused, file unchanged), migrates an older schema.
    static core::Result<SessionFile, StoreError> open(const std::filesystem::path& path, const OpenOptions& options = {});
    // As a reader: no lock, never writes; allowed while a host has the file open.
    static core::Result<SessionFile, StoreError> open_read_only(const std::filesystem::path& path);

    SessionFile(SessionFile&&) noexcept;
    SessionFile& operator=(SessionFile&&) noexcept;
    ~SessionFile();  // close(), ignoring its error

    const std::filesystem::path& path() const;
    bool read_only() const;
    // The last seq stored: for a reader, as of opening or its last load.
    core::Seq last_seq() const;

    // One batch, one transaction (group commit). The events must continue the log:
    // seq last_seq()+1, +2, ...; otherwise nothing is written. Secrets handed out with
    // the batch (the tokens of those who joined in it) are stored, hashed, in the same
    // transaction. Returns the new last seq once the batch is durable.
    core::Result<core::Seq, StoreError> append(std::span<const core::Event> events,
                                               std::span<const NewSecret> secrets = {});

    // Every event, decoded and checked to run 1, 2, 3, ...
    core::Result<std::vector<core::Event>, StoreError> load_events() const;
    // The events after `seq` (a client that has seen seq N asks for those since N).
    core::Result<std::vector<core::Event>, StoreError> load_events_since(core::Seq seq) const;
    // The same, handed to `sink` chunk by chunk while later ones are still being read
    // and decoded, so the caller can fold as they come (the replay viewer opening a long
    // file). On an error the chunks already handed over must be discarded.
    std::optional<StoreError> stream_events_since(core::Seq seq, const EventChunkSink& sink) const;

    core::Result<std::int64_t, StoreError> add_annotation(const Annotation& note);
    core::Result<std::vector<Annotation>, StoreError> annotations() const;
    std::optional<StoreError> remove_annotation(std::int64_t id);

    // Stores only a salted hash of `secret`, replacing an earlier one.
    std::optional<StoreError> store_secret(SecretKind kind, std::uint32_t subject, std::string_view secret);
    // False when nothing is stored for this kind and subject.
    core::Result<bool, StoreError> secret_matches(SecretKind kind, std::uint32_t subject, std::string_view secret) const;

    // Erasing a person (lagerhuis erase): the rewrite in one transaction, then the -wal
    // folded away, so neither the file, its -wal nor its free pages keep the old bytes.
    // Only for a writer; nothing changes when any part fails.
    std::optional<StoreError> rewrite(const LogRewrite& rewrite);

    // The date after which the file should be deleted; nothing for a file from before
    // retention dates (schema version 1).
    core::Result<std::optional<std::string>, StoreError> keep_until() const;
    // The erasures done on this file (lagerhuis erase): when, and under which pseudonym.
    core::Result<std::vector<ErasureRecord>, StoreError> erasures() const;

    // A consolidated copy (VACUUM INTO) at `target`, which must not exist yet, without
    // the secrets, in rollback-journal mode so it opens even from read-only media.
    std::optional<StoreError> export_copy(const std::filesystem::path& target) const;

    // Checkpoints the WAL into the file (a writer), closes it and releases the lock.
    // Afterwards the object may only be destroyed or assigned to.
    std::optional<StoreError> close();

    struct Impl;  // opaque: the connection, its statements and the lock

private:
    SessionFile(std::filesystem::path path, std::unique_ptr<Impl> impl);
    StoreError error(std::string problem) const;
    // The open file, or the error for using a closed (or moved-from) one.
    core::Result<Impl*, StoreError> live() const;

    std::filesystem::path path_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace lagerhuis::store
