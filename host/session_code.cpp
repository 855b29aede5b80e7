#include "host/session_code.hpp"

#include <array>

namespace lagerhuis::host {

namespace {

// Multi-byte separators in UTF-8: no-break space, narrow no-break space, en dash, em dash, minus.
constexpr std::array<std::string_view, 5> wide_separators{"\u00A0", "\u202F", "\u2013", "\u2014", "\u2212"};

}  // namespace

std::string without_code_separators(std::string_view typed) {
    std::string kept;
    kept.reserve(typed.size());
    while (!typed.empty()) {
        const char first = typed.front();
        if (first == ' ' || first == '\t' || first == '-') {
            typed.remove_prefix(1);
            continue;
        }
        bool skipped = false;
        for (const std::string_view separator : wide_separators)
            if (typed.starts_with(separator)) {
                typed.remove_prefix(separator.size());
                skipped = true;
                break;
            }
        if (skipped) continue;
        kept.push_back(first);
        typed.remove_prefix(1);
    }
    return kept;
}

bool session_code_matches(std::string_view typed, std::string_view code) {
    return without_code_separators(typed) == without_code_separators(code);
}

}  // namespace lagerhuis::host
