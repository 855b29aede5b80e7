#pragma once
// A strict RFC 4180 reader for the tests: a CSV export must parse back to exactly the
// cells that were meant, or the test says where it broke.
#include <string>
#include <string_view>
#include <vector>

namespace lagerhuis::tests {

struct CsvParse {
    bool had_bom = false;
    std::vector<std::vector<std::string>> rows;  // the header first
    std::string error;                            // empty when the text is valid
};

// Records end in CRLF; a field with the separator, a quote or a line break is quoted, a
// quote inside doubled. Anything else (a bare LF, a stray quote, text after a closing
// quote, an unterminated quote, rows of unequal width) is an error.
CsvParse parse_csv(std::string_view text, char separator);

// The index of a column by its header name; -1 when there is none.
int column(const CsvParse& table, std::string_view name);

}  // namespace lagerhuis::tests
