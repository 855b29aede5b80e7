#include "ini_document.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

namespace lagerhuis::core {

namespace {

constexpr std::string_view blanks = " \t\r\f\v";
// Notepad on Windows still likes to start UTF-8 files with a byte order mark.
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(blanks);
    return text.substr(first, last - first + 1);
}

bool is_comment(std::string_view trimmed) {
    return !trimmed.empty() && (trimmed.front() == '#' || trimmed.front() == ';');
}

// from_chars rejects a leading '+', but "+0.10" is how people write a positive weight.
std::string_view without_plus(std::string_view text) {
    if (text.size() > 1 && text.front() == '+' && text[1] != '-' && text[1] != '+') text.remove_prefix(1);
    return text;
}

template <class Number>
std::optional<Number> parse_whole(std::string_view text) {
    text = without_plus(text);
    Number number{};
    const auto* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, number);
    if (text.empty() || error != std::errc{} || stop != end) return std::nullopt;
    return number;
}

IniError error_at(int line, std::string_view section, std::string problem) {
    return IniError{line, std::string(section), std::move(problem)};
}

}  // namespace

std::optional<double> parse_ini_number(std::string_view text) {
    const auto number = parse_whole<double>(text);
    // from_chars accepts "inf" and "nan", which no weight can sensibly be.
    if (!number || !std::isfinite(*number)) return std::nullopt;
    return number;
}

std::optional<int> parse_ini_int(std::string_view text) { return parse_whole<int>(text); }

const IniEntry* IniSection::find(std::string_view key) const {
    for (const auto& entry : entries)
        if (entry.key == key) return &entry;
    return nullptr;
}

const IniSection* IniDocument::find(std::string_view name) const {
    for (const auto& section : sections)
        if (section.name == name) return &section;
    return nullptr;
}

Result<IniDocument, IniError> parse_ini(std::string_view text, IniOptions options) {
    if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());

    IniDocument document;
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const auto newline = text.find('\n');
        const auto line = trim(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);

        if (line.empty() || is_comment(line)) continue;

        const std::string_view current =
            document.sections.empty() ? std::string_view{} : std::string_view(document.sections.back().name);

        if (line.front() == '[') {
            if (line.back() != ']')
                return Failure{error_at(line_number, current, "section header is missing its closing ']'")};
            const auto name = trim(line.substr(1, line.size() - 2));
            if (name.empty()) return Failure{error_at(line_number, current, "section header has no name")};
            if (const auto* earlier = document.find(name))
                return Failure{error_at(line_number, name,
                                        "duplicate section [" + std::string(name) + "] (first on line " +
                                            std::to_string(earlier->line) + ")")};
            document.sections.push_back(IniSection{std::string(name), line_number, {}});
            continue;
        }

        const auto equals = line.find('=');
        if (equals == std::string_view::npos)
            return Failure{error_at(line_number, current,
                                    "line has no '=': expected 'key = value', a [section] or a # comment")};
        const auto key = trim(line.substr(0, equals));
        const auto value = trim(line.substr(equals + 1));
        if (key.empty()) return Failure{error_at(line_number, current, "there is no key before the '='")};

        if (document.sections.empty()) {
            if (!options.allow_keys_outside_section)
                return Failure{error_at(line_number, "",
                                        "key '" + std::string(key) +
                                            "' is outside a section: put a [section] line above it")};
            document.sections.push_back(IniSection{});
        }
        auto& section = document.sections.back();
        if (const auto* earlier = section.find(key))
            return Failure{error_at(line_number, section.name,
                                    "duplicate key '" + std::string(key) + "' (first on line " +
                                        std::to_string(earlier->line) + ")")};
        section.entries.push_back(IniEntry{std::string(key), std::string(value), line_number});
    }
    return document;
}

std::optional<IniError> check_keys(const IniSection& section, const std::vector<std::string>& expected) {
    for (const auto& entry : section.entries) {
        bool known = false;
        for (const auto& key : expected) known = known || key == entry.key;
        if (known) continue;
        std::string list;
        for (const auto& key : expected) list += (list.empty() ? "" : ", ") + key;
        return error_at(entry.line, section.name, "unknown key '" + entry.key + "' (expected: " + list + ")");
    }
    for (const auto& key : expected)
        if (!section.find(key)) return error_at(section.line, section.name, "missing key '" + key + "'");
    return check_no_empty_values(section);
}

std::optional<IniError> check_no_empty_values(const IniSection& section) {
    for (const auto& entry : section.entries)
        if (entry.value.empty())
            return error_at(entry.line, section.name, "'" + entry.key + "' has no text after the '='");
    return std::nullopt;
}

}  // namespace lagerhuis::core
