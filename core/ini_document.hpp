#pragma once
// A small INI reader for the data files trainers edit by hand (assets/*.ini): sections,
// `key = value` lines and whole-line comments. It keeps line numbers so that every
// complaint can point at the line to fix, and it knows nothing about what the keys mean:
// the catalog parsers give them meaning.
//
// Deliberately plain: a comment is a line whose first non-blank character is # or ;
// (so a value may contain either), the first '=' splits key from value (so a value may
// contain '='), and text is passed through as UTF-8 bytes untouched.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace lagerhuis::core {

struct IniEntry {
    std::string key;
    std::string value;
    int line = 0;
};

struct IniSection {
    std::string name;  // empty for keys before the first [section], when those are allowed
    int line = 0;      // the line of the [header]; 0 for that leading unnamed section
    std::vector<IniEntry> entries;  // in file order

    const IniEntry* find(std::string_view key) const;
};

struct IniError {
    int line = 0;
    std::string section;  // the section the line belongs to, if any
    std::string problem;
};

struct IniOptions {
    // When false, a key before the first [section] is an error: in our files that is
    // nearly always a forgotten header, and silently accepting it would lose the entry.
    bool allow_keys_outside_section = false;
};

struct IniDocument {
    std::vector<IniSection> sections;  // in file order

    const IniSection* find(std::string_view name) const;
};

// Errors: a line without '=', an empty key, a key outside a section (unless allowed), a
// malformed or empty [header], a duplicate key in a section, a duplicate section.
Result<IniDocument, IniError> parse_ini(std::string_view text, IniOptions options = {});

// A finite decimal number such as "0.15", "-0.2" or "+1.5", and nothing else.
std::optional<double> parse_ini_number(std::string_view text);
// A whole decimal number such as "7" or "+7", and nothing else.
std::optional<int> parse_ini_int(std::string_view text);

// Shared schema checks for the catalog parsers. The first problem wins, in this order:
// a key not among `expected`, then a key of `expected` that is missing, then an empty value.
std::optional<IniError> check_keys(const IniSection& section, const std::vector<std::string>& expected);
// An entry whose value is empty, e.g. `nl.name =` left half-translated.
std::optional<IniError> check_no_empty_values(const IniSection& section);

}  // namespace lagerhuis::core
