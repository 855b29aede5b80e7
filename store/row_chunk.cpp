#include "store/row_chunk.hpp"

#include "proto/json_codec.hpp"

namespace lagerhuis::store {

void RowChunk::add(core::Seq seq, std::int64_t at_ms, std::string_view type, std::string_view line) {
    Row row{seq, at_ms, text_.size(), 0, 0};
    text_ += type;
    row.line_at = text_.size();
    text_ += line;
    row.line_end = text_.size();
    rows_.push_back(row);
}

std::string_view RowChunk::type(const Row& row) const {
    return std::string_view(text_).substr(row.type_at, row.line_at - row.type_at);
}

void RowChunk::decode() {
    events_.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const Row& row = rows_[i];
        auto decoded = proto::decode_event_line(std::string_view(text_).substr(row.line_at, row.line_end - row.line_at));
        if (!decoded) {
            failed_ = FailedRow{i, decoded.error()};
            return;
        }
        events_.push_back(std::move(decoded).value());
    }
}

}  // namespace lagerhuis::store
