#include "store/event_table.hpp"

#include <optional>
#include <thread>
#include <type_traits>
#include <utility>

#include "store/row_chunk_queue.hpp"

namespace lagerhuis::store {

std::string_view event_type_name(const core::Event& event) {
    return std::visit([](const auto& body) { return std::remove_cvref_t<decltype(body)>::type_name; }, event.body);
}

core::Result<EventTable, std::string> EventTable::prepare(Database& db) {
    auto insert = db.prepare("INSERT INTO events(seq, at_ms, type, json) VALUES(?, ?, ?, ?)");
    if (!insert) return core::Failure{insert.error()};
    auto select = db.prepare("SELECT seq, at_ms, type, json FROM events WHERE seq > ? ORDER BY seq");
    if (!select) return core::Failure{select.error()};
    return EventTable(db, std::move(insert).value(), std::move(select).value());
}

std::optional<std::string> EventTable::insert(const core::Event& event, std::string_view line) {
    insert_.bind(1, static_cast<std::int64_t>(event.seq))
        .bind(2, static_cast<std::int64_t>(event.at_ms))
        .bind(3, event_type_name(event))
        .bind(4, line);
    const int rc = insert_.step();
    insert_.reset();
    if (rc != SQLITE_DONE) return "cannot store event seq " + std::to_string(event.seq) + ": " + db_->error_text();
    return std::nullopt;
}

namespace {

// Rows per chunk: small enough that folding starts soon after reading does, large
// enough that handing chunks over costs nothing next to decoding them.
constexpr std::size_t rows_per_chunk = 2'048;

// The checks a decoded chunk must pass before anyone sees its events.
std::optional<std::string> check_chunk(const RowChunk& chunk) {
    const auto& failed = chunk.failed();
    for (std::size_t i = 0; i < chunk.rows().size(); ++i) {
        const auto& row = chunk.rows()[i];
        if (failed && failed->index == i)
            return "event seq " + std::to_string(row.seq) + " does not decode: " + failed->error.message();
        const core::Event& event = chunk.events()[i];
        if (event.seq != row.seq || event.at_ms != row.at_ms || event_type_name(event) != chunk.type(row))
            return "event seq " + std::to_string(row.seq) + " disagrees with its row (seq, time or type)";
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> EventTable::read_rows(core::Seq after, RowChunkQueue& queue) {
    struct ResetWhenDone {
        Statement& statement;
        ~ResetWhenDone() { statement.reset(); }
    } reset_select{select_};
    select_.bind(1, static_cast<std::int64_t>(after));
    auto chunk = std::make_unique<RowChunk>();
    core::Seq expected = after + 1;
    int rc = SQLITE_OK;
    while ((rc = select_.step()) == SQLITE_ROW) {
        const auto seq = static_cast<core::Seq>(select_.column_int64(0));
        if (seq != expected)
            return "seq " + std::to_string(expected) + " is missing (the next stored event is seq " + std::to_string(seq) + ")";
        ++expected;
        chunk->add(seq, select_.column_int64(1), select_.column_text(2), select_.column_text(3));
        if (chunk->rows().size() < rows_per_chunk) continue;
        if (!queue.add(std::exchange(chunk, std::make_unique<RowChunk>()))) return std::nullopt;  // cancelled
    }
    if (rc != SQLITE_DONE) return db_->error_text();
    if (!chunk->rows().empty()) queue.add(std::move(chunk));
    return std::nullopt;
}

std::optional<std::string> EventTable::stream_after(core::Seq after, const EventChunkSink& sink) {
    RowChunkQueue queue;
    // Only this thread uses the connection until it is joined; a jthread, so that it is
    // joined (it never waits for us) even when the sink throws.
    std::jthread reader([&] {
        queue.reading_done(read_rows(after, queue));
        queue.help_decode();
    });
    std::optional<std::string> problem;
    while (true) {
        auto item = queue.next();
        if (auto* finished = std::get_if<RowChunkQueue::Finished>(&item)) {
            problem = std::move(finished->problem);
            break;
        }
        auto& chunk = *std::get<std::unique_ptr<RowChunk>>(item);
        problem = check_chunk(chunk);
        if (problem) {
            queue.cancel();
            break;
        }
        sink(std::move(chunk.events()));
    }
    reader.join();
    return problem;
}

}  // namespace lagerhuis::store
