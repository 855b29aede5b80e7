#include "app/ui/fallacy_filter.hpp"

#include <algorithm>

namespace lagerhuis::app {

namespace {

// U+00C0..U+017F folded to their base letter; '*' marks the ligatures below, '#' a sign
// kept as it is (× and ÷).
constexpr std::string_view latin_folds =
    "aaaaaa*ceeeeiiiidnooooo#ouuuuy**aaaaaa*ceeeeiiiidnooooo#ouuuuy*y"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
    "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

std::string_view ligature(char32_t codepoint) {
    switch (codepoint) {
        case 0xC6: case 0xE6: return "ae";
        case 0xDE: case 0xFE: return "th";
        case 0xDF: return "ss";
        case 0x132: case 0x133: return "ij";
        case 0x152: case 0x153: return "oe";
        default: return {};
    }
}

// Decodes one UTF-8 sequence at `text[at]`; returns its length (1 for a stray byte).
std::size_t decode(std::string_view text, std::size_t at, char32_t& codepoint) {
    const auto byte = static_cast<unsigned char>(text[at]);
    std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) {
        codepoint = byte;
        return 1;
    }
    codepoint = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) codepoint = (codepoint << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    return length;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string searchable(const core::Fallacy& fallacy) {
    std::string id = fallacy.id;
    std::replace(id.begin(), id.end(), '_', ' ');
    const std::string parts[] = {id, fallacy.name.nl, fallacy.name.en, fallacy.explanation.nl, fallacy.explanation.en};
    std::string all;
    for (const auto& part : parts) all += fold_for_search(part) + '\n';
    return all;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t codepoint = 0;
        const std::size_t length = decode(text, at, codepoint);
        if (codepoint < 0x80) {
            folded += static_cast<char>(codepoint >= 'A' && codepoint <= 'Z' ? codepoint - 'A' + 'a' : codepoint);
        } else if (codepoint >= 0xC0 && codepoint < 0xC0 + latin_folds.size()) {
            const char base = latin_folds[codepoint - 0xC0];
            if (base == '*')
                folded += ligature(codepoint);
            else if (base == '#')
                folded.append(text.substr(at, length));
            else
                folded += base;
        } else {
            folded.append(text.substr(at, length));
        }
        at += length;
    }
    return folded;
}

std::vector<const core::Fallacy*> filter_fallacies(const core::FallacyCatalog& catalog, std::string_view query) {
    const auto words = words_of(fold_for_search(query));
    std::vector<const core::Fallacy*> shown;
    for (const auto& fallacy : catalog.fallacies) {
        if (words.empty()) {
            shown.push_back(&fallacy);
            continue;
        }
        const std::string haystack = searchable(fallacy);
        if (std::all_of(words.begin(), words.end(), [&](const std::string& word) { return haystack.find(word) != std::string::npos; }))
            shown.push_back(&fallacy);
    }
    return shown;
}

}  // namespace lagerhuis::app
