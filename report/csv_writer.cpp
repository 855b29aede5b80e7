#include "report/csv_writer.hpp"

#include "report/number_format.hpp"

namespace lagerhuis::report {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
}  // namespace

CsvWriter::CsvWriter(CsvDialect dialect) : dialect_(dialect), out_(byte_order_mark) {}

void CsvWriter::field(std::string_view raw) {
    if (row_started_) out_ += dialect_.separator();
    row_started_ = true;
    if (raw.find_first_of(std::string{dialect_.separator(), '"', '\r', '\n'}) == std::string_view::npos) {
        out_ += raw;
        return;
    }
    out_ += '"';
    for (char c : raw) {
        if (c == '"') out_ += '"';
        out_ += c;
    }
    out_ += '"';
}

CsvWriter& CsvWriter::text(std::string_view value) {
    if (!value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' || value.front() == '@'))
        field("'" + std::string(value));
    else
        field(value);
    return *this;
}

CsvWriter& CsvWriter::integer(std::int64_t value) {
    field(std::to_string(value));
    return *this;
}

CsvWriter& CsvWriter::number(double value, int decimals) {
    field(decimal(value, decimals, dialect_.decimal_comma ? core::Language::nl : core::Language::en));
    return *this;
}

CsvWriter& CsvWriter::flag(bool value) {
    field(value ? "1" : "0");
    return *this;
}

CsvWriter& CsvWriter::empty() {
    field({});
    return *this;
}

void CsvWriter::end_row() {
    out_ += "\r\n";
    row_started_ = false;
    ++rows_;
}

}  // namespace lagerhuis::report
