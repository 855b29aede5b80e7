#pragma once
// Loads the data files a session starts from (fallacies.ini, scoring.ini, messages.ini)
// from a folder. core/ parses text and never touches files; this is the thin layer that
// reads them, so every program (CLI, host, tests) finds and reports them the same way.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/catalog_error.hpp"
#include "core/fallacy_catalog.hpp"
#include "core/message_catalog.hpp"
#include "core/result.hpp"
#include "core/scoring_weights.hpp"

namespace lagerhuis::proto {

inline constexpr std::string_view fallacies_file_name = "fallacies.ini";
inline constexpr std::string_view scoring_file_name = "scoring.ini";
inline constexpr std::string_view messages_file_name = "messages.ini";

struct SessionAssets {
    core::FallacyCatalog catalog;
    core::ScoringWeights weights;
    core::MessageCatalog messages;
};

// Errors name the full path of the file: a missing or unreadable file, or what its
// parser found wrong (entry, line, problem).
core::Result<SessionAssets, core::CatalogError> load_session_assets(const std::filesystem::path& dir);

// The whole file as bytes; a CatalogError naming the path when it cannot be read.
core::Result<std::string, core::CatalogError> read_asset_file(const std::filesystem::path& path);

}  // namespace lagerhuis::proto
