#pragma once
// One CSV table as RFC 4180 text: CRLF line ends, fields with the separator, a quote or a
// line break quoted and their quotes doubled, UTF-8 with a byte order mark so Excel reads
// "Yılmaz" and "één" right. Two dialects: comma and decimal point (the standard), or,
// for Dutch spreadsheets, semicolon and decimal comma.
//
// Text cells that start with = + - @ get a leading apostrophe: the texts come from
// participants, and a spreadsheet must never run "=HYPERLINK(...)" typed into a name.
#include <cstdint>
#include <string>
#include <string_view>

namespace lagerhuis::report {

struct CsvDialect {
    bool decimal_comma = false;  // ';' between fields, ',' in numbers
    char separator() const { return decimal_comma ? ';' : ','; }
};

class CsvWriter {
public:
    explicit CsvWriter(CsvDialect dialect);

    CsvWriter& text(std::string_view value);
    CsvWriter& integer(std::int64_t value);
    CsvWriter& number(double value, int decimals);
    CsvWriter& flag(bool value);  // 1 or 0: every spreadsheet in every language reads it
    CsvWriter& empty();
    void end_row();

    // The whole file: BOM, then the rows.
    const std::string& str() const { return out_; }
    std::size_t rows() const { return rows_; }

private:
    void field(std::string_view raw);

    CsvDialect dialect_;
    std::string out_;
    bool row_started_ = false;
    std::size_t rows_ = 0;
};

}  // namespace lagerhuis::report
