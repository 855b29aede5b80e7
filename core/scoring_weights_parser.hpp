#pragma once
// Reads the base-score weights (assets/scoring.ini) from text. Pure: the caller reads the
// file.
//
// Format: one section [weights] with one `key = number` per ScoringWeights member, named
// as in ScoringWeights::fields. Every key is required, so the file always documents the
// whole rule set a session is scored with. Ranges, by naming convention of the members:
//   neutral           in [0, 1]             (a base score)
//   <name>_ratio      at least 1            (a multiple of a limit)
//   <name>_cap        in [-1, 1], and not of the opposite sign to <name> (a cap limits
//                     the total of its delta, so it points the same way)
//   anything else     in [-1, 1]            (a delta added to the base score)
#include <string_view>

#include "catalog_error.hpp"
#include "result.hpp"
#include "scoring_weights.hpp"

namespace lagerhuis::core {

inline constexpr std::string_view scoring_weights_section = "weights";

Result<ScoringWeights, CatalogError> parse_scoring_weights(std::string_view text, std::string_view source_name);

}  // namespace lagerhuis::core
