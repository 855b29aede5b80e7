#pragma once
// A chunk of rows as read from the events table, their texts back to back in one string
// (SQLite's column pointers die at the next step; one string per chunk avoids an
// allocation per row), and after decode() their events.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "proto/decode_error.hpp"

namespace lagerhuis::store {

class RowChunk {
public:
    struct Row {
        core::Seq seq = 0;
        std::int64_t at_ms = 0;
        std::size_t type_at = 0;  // offsets into the text
        std::size_t line_at = 0;
        std::size_t line_end = 0;
    };
    struct FailedRow {
        std::size_t index = 0;
        proto::DecodeError error;
    };

    void add(core::Seq seq, std::int64_t at_ms, std::string_view type, std::string_view line);
    // Decodes every row into events(), stopping at the first that does not decode.
    void decode();

    const std::vector<Row>& rows() const { return rows_; }
    std::string_view type(const Row& row) const;
    std::vector<core::Event>& events() { return events_; }
    const std::vector<core::Event>& events() const { return events_; }
    const std::optional<FailedRow>& failed() const { return failed_; }

private:
    std::string text_;
    std::vector<Row> rows_;
    std::vector<core::Event> events_;
    std::optional<FailedRow> failed_;
};

}  // namespace lagerhuis::store
