#include "store/event_table.hpp"

#include <algorithm>
#include <optional>
#include <thread>
#include <type_traits>

#include "proto/json_codec.hpp"

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

struct StoredRow {
    core::Seq seq = 0;
    std::int64_t at_ms = 0;
    std::string type;
    std::string line;
};

// Decoding is most of the cost of opening a long session, and rows are independent:
// large logs are decoded on every core (the order of the result does not depend on it).
std::vector<core::Result<core::Event, proto::DecodeError>> decode_rows(const std::vector<StoredRow>& rows) {
    std::vector<std::optional<core::Result<core::Event, proto::DecodeError>>> decoded(rows.size());
    auto decode_range = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) decoded[i].emplace(proto::decode_event_line(rows[i].line));
    };
    constexpr std::size_t rows_per_thread_at_least = 8'192;
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    const std::size_t threads = std::min(workers, std::max<std::size_t>(1, rows.size() / rows_per_thread_at_least));
    std::vector<std::thread> helpers;
    const std::size_t chunk = (rows.size() + threads - 1) / std::max<std::size_t>(threads, 1);
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(decode_range, t * chunk, std::min(rows.size(), (t + 1) * chunk));
    decode_range(0, std::min(rows.size(), chunk));
    for (auto& helper : helpers) helper.join();
    std::vector<core::Result<core::Event, proto::DecodeError>> results;
    results.reserve(rows.size());
    for (auto& result : decoded) results.push_back(std::move(*result));
    return results;
}

}  // namespace

core::Result<std::vector<core::Event>, std::string> EventTable::load_after(core::Seq after) {
    select_.bind(1, static_cast<std::int64_t>(after));
    std::vector<StoredRow> rows;
    std::optional<std::string> problem;
    int rc = SQLITE_OK;
    while ((rc = select_.step()) == SQLITE_ROW) {
        const auto seq = static_cast<core::Seq>(select_.column_int64(0));
        const core::Seq expected = after + rows.size() + 1;
        if (seq != expected) {
            problem = "seq " + std::to_string(expected) + " is missing (the next stored event is seq " + std::to_string(seq) + ")";
            break;
        }
        rows.push_back(StoredRow{seq, select_.column_int64(1), std::string(select_.column_text(2)),
                                 std::string(select_.column_text(3))});
    }
    if (!problem && rc != SQLITE_DONE) problem = db_->error_text();
    select_.reset();
    if (problem) return core::Failure{std::move(*problem)};

    auto decoded = decode_rows(rows);
    std::vector<core::Event> events;
    events.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const StoredRow& row = rows[i];
        if (!decoded[i])
            return core::Failure{"event seq " + std::to_string(row.seq) + " does not decode: " + decoded[i].error().message()};
        core::Event& event = *decoded[i];
        if (event.seq != row.seq || event.at_ms != row.at_ms || event_type_name(event) != row.type)
            return core::Failure{"event seq " + std::to_string(row.seq) + " disagrees with its row (seq, time or type)"};
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace lagerhuis::store
