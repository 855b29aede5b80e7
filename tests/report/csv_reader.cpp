#include "tests/report/csv_reader.hpp"

#include <algorithm>

namespace lagerhuis::tests {

CsvParse parse_csv(std::string_view text, char separator) {
    CsvParse result;
    if (text.starts_with("\xEF\xBB\xBF")) {
        result.had_bom = true;
        text.remove_prefix(3);
    }
    std::vector<std::string> row;
    std::string field;
    std::size_t at = 0;
    const auto fail = [&](std::string problem) {
        result.error = "row " + std::to_string(result.rows.size() + 1) + ": " + problem;
        return result;
    };
    while (at < text.size()) {
        field.clear();
        if (text[at] == '"') {
            ++at;
            while (true) {
                if (at >= text.size()) return fail("unterminated quoted field");
                if (text[at] == '"') {
                    if (at + 1 < text.size() && text[at + 1] == '"') {
                        field += '"';
                        at += 2;
                        continue;
                    }
                    ++at;
                    break;
                }
                field += text[at++];
            }
            if (at < text.size() && text[at] != separator && text[at] != '\r') return fail("text after a closing quote");
        } else {
            while (at < text.size() && text[at] != separator && text[at] != '\r') {
                if (text[at] == '"') return fail("a quote inside an unquoted field");
                if (text[at] == '\n') return fail("a bare line feed (records end in CRLF)");
                field += text[at++];
            }
        }
        row.push_back(field);
        if (at < text.size() && text[at] == separator) {
            ++at;
            if (at == text.size()) return fail("the file ends after a separator");
            continue;
        }
        if (at + 1 >= text.size() || text[at] != '\r' || text[at + 1] != '\n') return fail("a record must end in CRLF");
        at += 2;
        if (!result.rows.empty() && row.size() != result.rows.front().size())
            return fail(std::to_string(row.size()) + " fields where the header has " + std::to_string(result.rows.front().size()));
        result.rows.push_back(std::move(row));
        row.clear();
    }
    return result;
}

int column(const CsvParse& table, std::string_view name) {
    if (table.rows.empty()) return -1;
    const auto& header = table.rows.front();
    const auto found = std::find(header.begin(), header.end(), name);
    return found == header.end() ? -1 : static_cast<int>(found - header.begin());
}

}  // namespace lagerhuis::tests
