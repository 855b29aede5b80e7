#pragma once
// Reads the drogredenen catalog (assets/fallacies.ini) from text, so trainers can add or
// translate entries without recompiling. Pure: the caller reads the file.
//
// Format:
//   [rule.N]            N = 1..10, all ten present: nl.name, en.name, nl.summary, en.summary
//   [fallacy.<id>]      id of a-z, 0-9 and _: rule = N, nl.name, en.name,
//                       nl.explanation, en.explanation
// Every key is required and non-empty; unknown keys and sections are errors (a typo must
// not silently drop a translation). Fallacies keep their order in the file, which is the
// order people see them in; rules are ordered by number.
#include <string_view>

#include "catalog_error.hpp"
#include "fallacy_catalog.hpp"
#include "result.hpp"

namespace lagerhuis::core {

inline constexpr int discussion_rule_count = 10;

Result<FallacyCatalog, CatalogError> parse_fallacy_catalog(std::string_view text, std::string_view source_name);

}  // namespace lagerhuis::core
