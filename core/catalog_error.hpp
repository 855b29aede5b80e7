#pragma once
// What is wrong with a data file a trainer edited (fallacies.ini, scoring.ini,
// messages.ini), said so that they can find and fix it without a developer: which file,
// which entry ([section]), which line, and what is wrong. Shared by every catalog parser
// and the file loader. Written in English, like every log line.
#include <string>
#include <string_view>

#include "ini_document.hpp"

namespace lagerhuis::core {

struct CatalogError {
    std::string file;     // the source name the parser was given, or the path that failed
    std::string entry;    // the [section] concerned, e.g. "fallacy.straw_man"; empty: the whole file
    int line = 0;         // 1-based; 0 when the problem is not on one line (e.g. a missing section)
    std::string problem;  // e.g. "missing key 'en.name'"

    // "fallacies.ini:12: [fallacy.straw_man] missing key 'en.name'"
    std::string message() const {
        std::string text = file;
        if (line > 0) text += ":" + std::to_string(line);
        text += ": ";
        if (!entry.empty()) text += "[" + entry + "] ";
        return text + problem;
    }

    friend bool operator==(const CatalogError&, const CatalogError&) = default;
};

inline CatalogError catalog_error(std::string_view file, IniError error) {
    return CatalogError{std::string(file), std::move(error.section), error.line, std::move(error.problem)};
}

}  // namespace lagerhuis::core
