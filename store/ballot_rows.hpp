#pragma once
// Sealing a secret poll's ballots in the events table (core/ballot_seal.hpp says why and
// what they become). Runs inside the transaction that stores the poll's close, so a file
// never holds a closed secret poll with its ballots still readable; the rows' old bytes
// are zeroed (PRAGMA secure_delete, set on every writer) and the WAL frames that held
// them go at the checkpoint that follows the commit (fold_wal_away).
#include <optional>
#include <string>

#include "core/ids.hpp"

namespace lagerhuis::store {

class Database;

// Rewrites every ballot_cast row of `poll` as its ballot_sealed form.
std::optional<std::string> seal_ballot_rows(Database& db, core::PollId poll);

// Folds the WAL into the file and truncates it to nothing, so no old page image stays
// in the -wal. False when a reader still holds part of it (the frames stay until the
// next checkpoint that succeeds, at the latest when the host closes the file or reopens it).
bool fold_wal_away(Database& db);

}  // namespace lagerhuis::store
