#pragma once
// The events table: one row per event, the codec's canonical line as its text, with
// seq, time and type beside it so SQL can check and select without parsing JSON.
// Statements are prepared once per open file.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "core/result.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

// Takes a chunk of decoded events, in log order.
using EventChunkSink = std::function<void(std::vector<core::Event>&& chunk)>;

class RowChunkQueue;

class EventTable {
public:
    static core::Result<EventTable, std::string> prepare(Database& db);

    // Inside the caller's transaction. `line` is encode_event_line(event).
    std::optional<std::string> insert(const core::Event& event, std::string_view line);

    // The events after `after` (all of them for 0), decoded, checked to run after+1,
    // after+2, ... and to agree with their rows (the error names the seq), handed to
    // `sink` in chunks while later rows are still being read (on a thread of its own)
    // and decoded (by whichever thread is free); `sink` runs on the caller's thread. On
    // an error the sink may already have had the chunks before it: the caller discards them.
    std::optional<std::string> stream_after(core::Seq after, const EventChunkSink& sink);

private:
    // On the reading thread: rows read chunk by chunk into `queue`; the problem that
    // stopped it early, if any.
    std::optional<std::string> read_rows(core::Seq after, RowChunkQueue& queue);

    EventTable(Database& db, Statement insert, Statement select)
        : db_(&db), insert_(std::move(insert)), select_(std::move(select)) {}

    Database* db_;
    Statement insert_;
    Statement select_;
};

std::string_view event_type_name(const core::Event& event);

}  // namespace lagerhuis::store
