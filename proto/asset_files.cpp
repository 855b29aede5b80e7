#include "proto/asset_files.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include "core/fallacy_catalog_parser.hpp"
#include "core/scoring_weights_parser.hpp"

namespace lagerhuis::proto {

namespace {

core::Failure<core::CatalogError> file_error(const std::filesystem::path& path, std::string problem) {
    return core::Failure{core::CatalogError{path.string(), "", 0, std::move(problem)}};
}

// Reads dir/name and hands it to `parse`, which names the file by its full path.
template <class Parse>
auto load(const std::filesystem::path& dir, std::string_view name, Parse parse) {
    const auto path = dir / name;
    using Parsed = decltype(parse(std::string_view{}, std::string_view{}));
    auto text = read_asset_file(path);
    if (!text) return Parsed{core::Failure{text.error()}};
    return parse(text.value(), path.string());
}

}  // namespace

core::Result<std::string, core::CatalogError> read_asset_file(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) return file_error(path, "file not found");
    if (std::filesystem::is_directory(status)) return file_error(path, "is a folder, not a file");

    std::ifstream in(path, std::ios::binary);
    if (!in) return file_error(path, "cannot open the file for reading");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return file_error(path, "reading the file failed");
    return text.str();
}

core::Result<SessionAssets, core::CatalogError> load_session_assets(const std::filesystem::path& dir) {
    auto catalog = load(dir, fallacies_file_name, core::parse_fallacy_catalog);
    if (!catalog) return core::Failure{catalog.error()};
    auto weights = load(dir, scoring_file_name, core::parse_scoring_weights);
    if (!weights) return core::Failure{weights.error()};
    auto messages = load(dir, messages_file_name, core::parse_message_catalog);
    if (!messages) return core::Failure{messages.error()};
    return SessionAssets{std::move(catalog).value(), std::move(weights).value(), std::move(messages).value()};
}

}  // namespace lagerhuis::proto
