#pragma once
// Rewriting what a closed session file holds about one person (lagerhuis erase): the one
// place besides sealing ballots (ballot_rows.hpp) where stored events change. Each event
// replaces the row of its seq, which must have the same type; the notes are replaced or
// removed; the person's token hash goes; meta records when and under which pseudonym,
// never who.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/result.hpp"
#include "store/annotation.hpp"

namespace lagerhuis::store {

class Database;

struct LogRewrite {
    std::vector<core::Event> events;
    std::vector<Annotation> notes;           // replace the note of the same id
    std::vector<std::int64_t> notes_removed;
    std::optional<std::uint32_t> forget_token_of;  // a participant id
    std::string pseudonym;                   // recorded as meta erasure.<pseudonym> = when
};

// Inside the caller's transaction.
std::optional<std::string> apply_log_rewrite(Database& db, const LogRewrite& rewrite);

// What an erasure left behind: the pseudonym and the day (UTC), by day.
struct ErasureRecord {
    std::string pseudonym;
    std::string date;  // "YYYY-MM-DD"
};
core::Result<std::vector<ErasureRecord>, std::string> read_erasures(Database& db);

}  // namespace lagerhuis::store
