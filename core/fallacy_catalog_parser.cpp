#include "fallacy_catalog_parser.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ini_document.hpp"

namespace lagerhuis::core {

namespace {

constexpr std::string_view rule_prefix = "rule.";
constexpr std::string_view fallacy_prefix = "fallacy.";

// The keys of a LocalizedText called `base`: "nl.name", "en.name", ... in the order of
// LocalizedText::fields, so a language added there is required here too.
void add_localized_keys(std::vector<std::string>& keys, std::string_view base) {
    const LocalizedText shape;
    LocalizedText::fields(shape, [&](std::string_view language, const std::string&) {
        keys.push_back(std::string(language) + "." + std::string(base));
    });
}

// Only call after check_keys has confirmed the keys exist.
LocalizedText read_localized(const IniSection& section, std::string_view base) {
    LocalizedText text;
    LocalizedText::fields(text, [&](std::string_view language, std::string& member) {
        member = section.find(std::string(language) + "." + std::string(base))->value;
    });
    return text;
}

std::vector<std::string> rule_keys() {
    std::vector<std::string> keys;
    add_localized_keys(keys, "name");
    add_localized_keys(keys, "summary");
    return keys;
}

std::vector<std::string> fallacy_keys() {
    std::vector<std::string> keys{"rule"};
    add_localized_keys(keys, "name");
    add_localized_keys(keys, "explanation");
    return keys;
}

bool is_valid_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string rule_range() { return "1 to " + std::to_string(discussion_rule_count); }

class Parser {
public:
    explicit Parser(std::string_view source) : source_(source) {}

    Result<FallacyCatalog, CatalogError> run(const IniDocument& document) {
        // Rules first, so a fallacy may be listed above the rule it refers to.
        for (const auto& section : document.sections) {
            if (section.name.starts_with(rule_prefix))
                read_rule(section);
            else if (!section.name.starts_with(fallacy_prefix))
                fail(section.name, section.line,
                     "unknown section: expected [rule.N] or [fallacy.<id>]");
            if (error_) return Failure{*error_};
        }
        for (int number = 1; number <= discussion_rule_count && !error_; ++number)
            if (!catalog_.find_rule(number))
                fail(std::string(rule_prefix) + std::to_string(number), 0,
                     "missing section: every rule from " + rule_range() + " needs one");
        std::sort(catalog_.rules.begin(), catalog_.rules.end(),
                  [](const auto& a, const auto& b) { return a.number < b.number; });

        for (const auto& section : document.sections) {
            if (section.name.starts_with(fallacy_prefix)) read_fallacy(section);
            if (error_) return Failure{*error_};
        }
        return std::move(catalog_);
    }

private:
    void fail(std::string entry, int line, std::string problem) {
        if (!error_) error_ = CatalogError{std::string(source_), std::move(entry), line, std::move(problem)};
    }
    bool keys_ok(const IniSection& section, const std::vector<std::string>& keys) {
        if (auto problem = check_keys(section, keys)) fail(section.name, problem->line, std::move(problem->problem));
        return !error_;
    }

    void read_rule(const IniSection& section) {
        const auto number_text = std::string_view(section.name).substr(rule_prefix.size());
        const auto number = parse_ini_int(number_text);
        if (!number || *number < 1 || *number > discussion_rule_count)
            return fail(section.name, section.line,
                        "'" + std::string(number_text) + "' is not a rule number from " + rule_range());
        if (catalog_.find_rule(*number))
            return fail(section.name, section.line, "duplicate rule " + std::to_string(*number));
        if (!keys_ok(section, rule_keys())) return;
        catalog_.rules.push_back(
            DiscussionRule{*number, read_localized(section, "name"), read_localized(section, "summary")});
    }

    void read_fallacy(const IniSection& section) {
        const auto id = std::string_view(section.name).substr(fallacy_prefix.size());
        if (!is_valid_id(id))
            return fail(section.name, section.line,
                        "id '" + std::string(id) + "' must be non-empty and use only a-z, 0-9 and _");
        if (!keys_ok(section, fallacy_keys())) return;
        const auto* rule_entry = section.find("rule");
        const auto rule = parse_ini_int(rule_entry->value);
        if (!rule)
            return fail(section.name, rule_entry->line, "rule '" + rule_entry->value + "' is not a number");
        if (!catalog_.find_rule(*rule))
            return fail(section.name, rule_entry->line,
                        "rule " + std::to_string(*rule) + " is not one of the defined rules (" + rule_range() + ")");
        catalog_.fallacies.push_back(
            Fallacy{std::string(id), *rule, read_localized(section, "name"), read_localized(section, "explanation")});
    }

    std::string_view source_;
    FallacyCatalog catalog_;
    std::optional<CatalogError> error_;
};

}  // namespace

Result<FallacyCatalog, CatalogError> parse_fallacy_catalog(std::string_view text, std::string_view source_name) {
    auto document = parse_ini(text);
    if (!document) return Failure{catalog_error(source_name, document.error())};
    return Parser(source_name).run(document.value());
}

}  // namespace lagerhuis::core
