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

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
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

std::optional<PluralFormKey> parse_plural_form_key(std::string_view key) {
    const auto form_dot = key.rfind('.');
    if (form_dot == std::string_view::npos || form_dot == 0) return std::nullopt;
    const auto form = parse_enum<PluralForm>(key.substr(form_dot + 1));
    const auto count_dot = key.rfind('.', form_dot - 1);
    if (!form || count_dot == std::string_view::npos || count_dot == 0) return std::nullopt;
    const auto count = key.substr(count_dot + 1, form_dot - count_dot - 1);
    if (!is_placeholder_name(count)) return std::nullopt;
    return PluralFormKey{key.substr(0, count_dot), count, *form};
}

std::string plural_form_key(std::string_view text, std::string_view count, PluralForm form) {
    return std::string(text) + "." + std::string(count) + "." + std::string(to_string(form));
}

void MessageCatalog::set(Language language, std::string key, std::string text) {
    const auto index = static_cast<std::size_t>(language);
    if (const auto counted = parse_plural_form_key(key))
        counts_[index].try_emplace(std::string(counted->text), counted->count);  // a second count is a problem()
    texts_[index].insert_or_assign(std::move(key), std::move(text));
}

const std::string* MessageCatalog::find(std::string_view key, Language language) const {
    const auto& texts = texts_[static_cast<std::size_t>(language)];
    const auto found = texts.find(key);
    return found == texts.end() ? nullptr : &found->second;
}

const std::string* MessageCatalog::pick(std::string_view key, const Params& params, Language language) const {
    if (const auto* text = find(key, language)) return text;
    const auto& counts = counts_[static_cast<std::size_t>(language)];
    const auto counted = counts.find(key);
    if (counted == counts.end()) return nullptr;
    const auto& count = counted->second;
    const auto param = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == count; });
    // Without its count a text says `other`, so the {count} gap shows.
    const auto form = param == params.end() ? PluralForm::other : plural_form(language, param->second);
    // A missing form is a problem() to fix, never a blank.
    for (const auto tried : {form, PluralForm::other, PluralForm::one})
        if (const auto* text = find(plural_form_key(key, count, tried), language)) return text;
    return nullptr;
}

const std::string* MessageCatalog::lookup(std::string_view key, const Params& params, Language language) const {
    if (const auto* text = pick(key, params, language)) return text;
    for (std::size_t other = 0; other < language_count; ++other)
        if (const auto* text = pick(key, params, language_at(other))) return text;
    return nullptr;
}

bool MessageCatalog::has_text(std::string_view key, Language language) const {
    const auto index = static_cast<std::size_t>(language);
    return find(key, language) || counts_[index].find(key) != counts_[index].end();
}

std::string MessageCatalog::render(std::string_view key, const Params& params, Language language) const {
    const auto* text = lookup(key, params, language);
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
        } else if (const auto* shown = lookup(param->first + "." + param->second, {}, language)) {
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

void MessageCatalog::check_counted(std::string_view key, Language language, std::vector<std::string>& found) const {
    const auto counted = parse_plural_form_key(key);
    if (!counted) return;
    const std::string where = bracketed(language) + " " + std::string(key) + ": ";
    const auto sibling_form = counted->form == PluralForm::one ? PluralForm::other : PluralForm::one;
    const auto sibling = plural_form_key(counted->text, counted->count, sibling_form);
    if (!find(sibling, language))
        found.push_back(where + "no form '" + std::string(to_string(sibling_form)) + "' (" + sibling + "), which " +
                        (sibling_form == PluralForm::one ? "1 needs" : "0 and 2 need"));
    if (counted->form == PluralForm::other && !contains(split_template(*find(key, language)).placeholders(), counted->count))
        found.push_back(where + "the count {" + std::string(counted->count) + "} is not in the text");
    const auto& counts = counts_[static_cast<std::size_t>(language)];
    if (const auto first = counts.find(counted->text); first != counts.end() && first->second != counted->count)
        found.push_back(where + "counted by {" + std::string(counted->count) + "} while " +
                        plural_form_key(counted->text, first->second, counted->form) + " counts {" + first->second +
                        "}; use one count");
    if (counted->form == PluralForm::other && find(counted->text, language))
        found.push_back(bracketed(language) + " " + std::string(counted->text) + ": both a text and counted forms (" +
                        std::string(key) + "); keep one of them");
}

std::vector<std::string> MessageCatalog::problems() const {
    std::vector<std::string> found;
    for (std::size_t index = 0; index < language_count; ++index) {
        const auto language = language_at(index);
        for (const auto code : reason_names)
            if (!has_text(code, language))
                found.push_back(bracketed(language) + " missing text for reason code '" + std::string(code) + "'");
    }
    for (std::size_t index = 0; index < language_count; ++index) {
        const auto language = language_at(index);
        for (const auto& [key, text] : texts_[index]) {
            const auto parts = split_template(text);
            for (const auto& problem : parts.malformed)
                found.push_back(bracketed(language) + " " + key + ": " + problem);
            check_counted(key, language, found);
            // A `one` form may say "once" where the other language writes the number.
            const auto counted = parse_plural_form_key(key);
            const std::string_view may_omit = counted && counted->form == PluralForm::one ? counted->count : "";
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
                    if (name != may_omit && !contains(other_names, name))
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
            if (!catalog.has_text(code, *parse_enum<Language>(name)))
                missing += (missing.empty() ? "" : ", ") + std::string(code);
        if (!missing.empty()) return fail(std::string(name), section->line, "missing texts for reason codes: " + missing);
    }
    return catalog;
}

}  // namespace lagerhuis::core
