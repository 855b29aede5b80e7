#include "message_catalog.hpp"

#include <algorithm>
#include <optional>

#include "ini_document.hpp"

namespace lagerhuis::core {

namespace {

constexpr auto& language_names = EnumNames<Language>::names;
constexpr auto& reason_names = EnumNames<ReasonCode>::names;

Language language_at(std::size_t index) { return static_cast<Language>(index); }

std::string bracketed(Language language) { return "[" + std::string(to_string(language)) + "]"; }

bool is_reason_code(std::string_view key) {
    return std::find(reason_names.begin(), reason_names.end(), key) != reason_names.end();
}

// A text cut into literal runs and {placeholders}. One scanner serves both rendering and
// checking, so what problems() calls malformed is exactly what render() leaves as written.
struct Piece {
    std::string_view text;  // a literal run, or the placeholder's name
    bool placeholder = false;
};
struct Template {
    std::vector<Piece> pieces;
    std::vector<std::string> malformed;

    std::vector<std::string_view> placeholders() const {
        std::vector<std::string_view> names;
        for (const auto& piece : pieces)
            if (piece.placeholder) names.push_back(piece.text);
        return names;
    }
};

bool is_placeholder_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

Template split_template(std::string_view text) {
    Template result;
    std::size_t literal_start = 0;
    std::size_t position = 0;
    const auto flush = [&](std::size_t end) {
        if (end > literal_start) result.pieces.push_back({text.substr(literal_start, end - literal_start), false});
    };
    while ((position = text.find('{', position)) != std::string_view::npos) {
        const auto close = text.find('}', position + 1);
        if (close == std::string_view::npos) {
            result.malformed.push_back("'{' without a closing '}'");
            break;
        }
        const auto name = text.substr(position + 1, close - position - 1);
        if (!is_placeholder_name(name)) {
            // Keep the '{' as text and look again just after it: "{ {side}" still has {side}.
            result.malformed.push_back("'{" + std::string(name) + "}' is not a placeholder (use a-z, 0-9, _)");
            ++position;
            continue;
        }
        flush(position);
        result.pieces.push_back({name, true});
        position = close + 1;
        literal_start = position;
    }
    flush(text.size());
    return result;
}

}  // namespace

void MessageCatalog::set(Language language, std::string key, std::string text) {
    texts_[static_cast<std::size_t>(language)].insert_or_assign(std::move(key), std::move(text));
}

const std::string* MessageCatalog::find(std::string_view key, Language language) const {
    const auto& texts = texts_[static_cast<std::size_t>(language)];
    const auto found = texts.find(key);
    return found == texts.end() ? nullptr : &found->second;
}

const std::string* MessageCatalog::lookup(std::string_view key, Language language) const {
    if (const auto* text = find(key, language)) return text;
    for (std::size_t other = 0; other < language_count; ++other)
        if (const auto* text = find(key, language_at(other))) return text;
    return nullptr;
}

std::string MessageCatalog::render(std::string_view key, const Params& params, Language language) const {
    const auto* text = lookup(key, language);
    if (!text) return std::string(key);
    std::string out;
    for (const auto& piece : split_template(*text).pieces) {
        if (!piece.placeholder) {
            out += piece.text;
            continue;
        }
        const auto param = std::find_if(params.begin(), params.end(),
                                        [&](const auto& p) { return p.first == piece.text; });
        if (param == params.end()) {
            out += "{" + std::string(piece.text) + "}";
        } else if (const auto* shown = lookup(param->first + "." + param->second, language)) {
            out += *shown;
        } else {
            out += param->second;
        }
    }
    return out;
}

std::string MessageCatalog::render(const Refusal& refusal, Language language) const {
    return render(to_string(refusal.code), refusal.params, language);
}

std::vector<std::string> MessageCatalog::problems() const {
    std::vector<std::string> found;
    for (std::size_t index = 0; index < language_count; ++index) {
        const auto language = language_at(index);
        for (const auto code : reason_names)
            if (!find(code, language))
                found.push_back(bracketed(language) + " missing text for reason code '" + std::string(code) + "'");
    }
    for (std::size_t index = 0; index < language_count; ++index) {
        const auto language = language_at(index);
        for (const auto& [key, text] : texts_[index]) {
            const auto parts = split_template(text);
            for (const auto& problem : parts.malformed)
                found.push_back(bracketed(language) + " " + key + ": " + problem);
            for (std::size_t other_index = 0; other_index < language_count; ++other_index) {
                if (other_index == index) continue;
                const auto other = language_at(other_index);
                const auto* other_text = find(key, other);
                if (!other_text) {
                    if (!is_reason_code(key))  // already reported above
                        found.push_back(bracketed(other) + " missing text for '" + key + "' (it exists in " +
                                        bracketed(language) + ")");
                    continue;
                }
                const auto other_names = split_template(*other_text).placeholders();
                for (const auto name : parts.placeholders())
                    if (std::find(other_names.begin(), other_names.end(), name) == other_names.end())
                        found.push_back(bracketed(language) + " " + key + ": placeholder {" + std::string(name) +
                                        "} is not in " + bracketed(other));
            }
        }
    }
    return found;
}

Result<MessageCatalog, CatalogError> parse_message_catalog(std::string_view text, std::string_view source_name) {
    const auto fail = [&](std::string entry, int line, std::string problem) {
        return Failure{CatalogError{std::string(source_name), std::move(entry), line, std::move(problem)}};
    };
    auto document = parse_ini(text);
    if (!document) return Failure{catalog_error(source_name, document.error())};

    MessageCatalog catalog;
    for (const auto& section : document->sections) {
        const auto language = parse_enum<Language>(section.name);
        if (!language) return fail(section.name, section.line, "unknown section: expected a language, [nl] or [en]");
        if (auto problem = check_no_empty_values(section))
            return Failure{catalog_error(source_name, std::move(*problem))};
        for (const auto& entry : section.entries) catalog.set(*language, entry.key, entry.value);
    }
    for (const auto name : language_names) {
        const auto* section = document->find(name);
        if (!section) return fail(std::string(name), 0, "missing section [" + std::string(name) + "]");
        std::string missing;
        for (const auto code : reason_names)
            if (!section->find(code)) missing += (missing.empty() ? "" : ", ") + std::string(code);
        if (!missing.empty()) return fail(std::string(name), section->line, "missing texts for reason codes: " + missing);
    }
    return catalog;
}

}  // namespace lagerhuis::core
