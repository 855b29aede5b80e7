#include "store/event_table.hpp"

#include <algorithm>
#include <iterator>
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

// The rows as read, their texts back to back in blocks of about a megabyte: reading
// 100,000 rows then costs neither an allocation per row nor the copying and fresh pages
// of one buffer that keeps doubling (SQLite's column pointers die at the next step).
class StoredRows {
public:
    struct Row {
        core::Seq seq = 0;
        std::int64_t at_ms = 0;
        std::size_t block = 0;
        std::size_t type_at = 0;  // offsets into the block
        std::size_t line_at = 0;
        std::size_t line_end = 0;
    };

    void add(core::Seq seq, std::int64_t at_ms, std::string_view type, std::string_view line) {
        const std::size_t size = type.size() + line.size();
        if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < size)
            blocks_.emplace_back().reserve(std::max(block_bytes, size));
        std::string& block = blocks_.back();
        Row row{seq, at_ms, blocks_.size() - 1, block.size(), 0, 0};
        block += type;
        row.line_at = block.size();
        block += line;
        row.line_end = block.size();
        rows_.push_back(row);
    }

    const std::vector<Row>& rows() const { return rows_; }
    std::string_view type(const Row& row) const { return text(row.block, row.type_at, row.line_at); }
    std::string_view line(const Row& row) const { return text(row.block, row.line_at, row.line_end); }

private:
    static constexpr std::size_t block_bytes = 1 << 20;

    std::string_view text(std::size_t block, std::size_t from, std::size_t to) const {
        return std::string_view(blocks_[block]).substr(from, to - from);
    }

    std::vector<Row> rows_;
    std::vector<std::string> blocks_;  // each filled only up to its reserve, so never copied
};

struct FailedRow {
    std::size_t index = 0;
    proto::DecodeError error;
};

// Decoding is most of the cost of opening a long session, and rows are independent:
// large logs are decoded on every core, each row straight into its place in `events`.
// Returns the rows that did not decode, in row order.
std::vector<FailedRow> decode_rows(const StoredRows& stored, std::vector<core::Event>& events) {
    const std::size_t count = stored.rows().size();
    events.resize(count);
    constexpr std::size_t rows_per_thread_at_least = 8'192;
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    const std::size_t threads = std::min(workers, std::max<std::size_t>(1, count / rows_per_thread_at_least));
    const std::size_t chunk = (count + threads - 1) / threads;
    std::vector<std::vector<FailedRow>> failed(threads);
    auto decode_range = [&](std::size_t part) {
        for (std::size_t i = part * chunk; i < std::min(count, (part + 1) * chunk); ++i) {
            auto decoded = proto::decode_event_line(stored.line(stored.rows()[i]));
            if (decoded)
                events[i] = std::move(decoded).value();
            else
                failed[part].push_back({i, decoded.error()});
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t part = 1; part < threads; ++part) helpers.emplace_back(decode_range, part);
    decode_range(0);
    for (auto& helper : helpers) helper.join();
    std::vector<FailedRow> all;
    for (auto& part : failed) std::move(part.begin(), part.end(), std::back_inserter(all));
    return all;
}

}  // namespace

core::Result<std::vector<core::Event>, std::string> EventTable::load_after(core::Seq after) {
    select_.bind(1, static_cast<std::int64_t>(after));
    StoredRows stored;
    std::optional<std::string> problem;
    int rc = SQLITE_OK;
    while ((rc = select_.step()) == SQLITE_ROW) {
        const auto seq = static_cast<core::Seq>(select_.column_int64(0));
        const core::Seq expected = after + stored.rows().size() + 1;
        if (seq != expected) {
            problem = "seq " + std::to_string(expected) + " is missing (the next stored event is seq " + std::to_string(seq) + ")";
            break;
        }
        stored.add(seq, select_.column_int64(1), select_.column_text(2), select_.column_text(3));
    }
    if (!problem && rc != SQLITE_DONE) problem = db_->error_text();
    select_.reset();
    if (problem) return core::Failure{std::move(*problem)};

    std::vector<core::Event> events;
    const auto failed = decode_rows(stored, events);
    auto next_failed = failed.begin();
    for (std::size_t i = 0; i < stored.rows().size(); ++i) {
        const auto& row = stored.rows()[i];
        if (next_failed != failed.end() && next_failed->index == i)
            return core::Failure{"event seq " + std::to_string(row.seq) + " does not decode: " + next_failed->error.message()};
        const core::Event& event = events[i];
        if (event.seq != row.seq || event.at_ms != row.at_ms || event_type_name(event) != stored.type(row))
            return core::Failure{"event seq " + std::to_string(row.seq) + " disagrees with its row (seq, time or type)"};
    }
    return events;
}

}  // namespace lagerhuis::store
