#include "scoring_weights_parser.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ini_document.hpp"

namespace lagerhuis::core {

namespace {

constexpr std::string_view cap_suffix = "_cap";
constexpr std::string_view ratio_suffix = "_ratio";

std::vector<std::string> weight_keys() {
    std::vector<std::string> keys;
    const ScoringWeights shape;
    ScoringWeights::fields(shape, [&](std::string_view name, const double&) {
        keys.emplace_back(name);
    });
    return keys;
}

// What is wrong with the value of `name`, if anything; see the header for the rules.
std::optional<std::string> range_problem(const IniSection& section, std::string_view name, double value,
                                         const ScoringWeights& weights) {
    const auto shown = std::string(name) + " = " + section.find(name)->value;
    if (name == "neutral") {
        if (value < 0.0 || value > 1.0) return shown + " is out of range: it must be from 0 to 1";
        return std::nullopt;
    }
    if (name.ends_with(ratio_suffix)) {
        if (value < 1.0) return shown + " is out of range: it must be at least 1";
        return std::nullopt;
    }
    if (value < -1.0 || value > 1.0) return shown + " is out of range: it must be from -1 to 1";
    if (!name.ends_with(cap_suffix)) return std::nullopt;

    const auto delta_name = name.substr(0, name.size() - cap_suffix.size());
    std::optional<std::string> problem;
    ScoringWeights::fields(weights, [&](std::string_view other, const double& delta) {
        if (other == delta_name && delta * value < 0.0)
            problem = shown + " must have the same sign as " + std::string(other) + " = " +
                      section.find(other)->value + " (a cap limits the total of that rule)";
    });
    return problem;
}

}  // namespace

Result<ScoringWeights, CatalogError> parse_scoring_weights(std::string_view text, std::string_view source_name) {
    const auto fail = [&](std::string entry, int line, std::string problem) {
        return Failure{CatalogError{std::string(source_name), std::move(entry), line, std::move(problem)}};
    };
    auto document = parse_ini(text);
    if (!document) return Failure{catalog_error(source_name, document.error())};

    for (const auto& section : document->sections)
        if (section.name != scoring_weights_section)
            return fail(section.name, section.line,
                        "unknown section: this file has only [" + std::string(scoring_weights_section) + "]");
    const auto* section = document->find(scoring_weights_section);
    if (!section)
        return fail(std::string(scoring_weights_section), 0, "missing section [" + std::string(scoring_weights_section) + "]");
    if (auto problem = check_keys(*section, weight_keys()))
        return Failure{catalog_error(source_name, std::move(*problem))};

    ScoringWeights weights;
    std::optional<CatalogError> error;
    ScoringWeights::fields(weights, [&](std::string_view name, double& member) {
        const auto* entry = section->find(name);
        if (const auto number = parse_ini_number(entry->value))
            member = *number;
        else if (!error)
            error = CatalogError{std::string(source_name), section->name, entry->line,
                                 entry->key + " = " + entry->value +
                                     " is not a number (write it like 0.15 or -0.2, with a point)"};
    });
    // Ranges only once every number is read: a cap is checked against its delta.
    ScoringWeights::fields(std::as_const(weights), [&](std::string_view name, const double& value) {
        if (error) return;
        if (auto problem = range_problem(*section, name, value, weights))
            error = CatalogError{std::string(source_name), section->name, section->find(name)->line,
                                 std::move(*problem)};
    });
    if (error) return Failure{*error};
    return weights;
}

}  // namespace lagerhuis::core
