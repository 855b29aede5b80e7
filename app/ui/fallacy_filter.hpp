#pragma once
// The search box of the drogredenen list (as the browser page's fallacy_filter.js):
// every word of the query must occur in the fallacy's id, names or explanations, in
// either language, ignoring case and accents ("beroep op medelijden" finds "Beroep op
// medelijden", "etre" finds "être").
#include <string>
#include <string_view>
#include <vector>

#include "core/fallacy_catalog.hpp"

namespace lagerhuis::app {

// Lower case, accents of Latin letters dropped ("É" → "e", "ĳ" → "ij"); other text as is.
std::string fold_for_search(std::string_view text);

// The matching fallacies in catalog order; all of them for an empty query.
std::vector<const core::Fallacy*> filter_fallacies(const core::FallacyCatalog& catalog, std::string_view query);

}  // namespace lagerhuis::app
