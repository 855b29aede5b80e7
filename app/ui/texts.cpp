#include "app/ui/texts.hpp"

#include "proto/asset_files.hpp"

namespace lagerhuis::app {

core::Result<Texts, std::string> Texts::load(const std::filesystem::path& assets_dir, core::Language language) {
    const auto path = assets_dir / proto::messages_file_name;
    auto text = proto::read_asset_file(path);
    if (!text) return core::Failure{text.error().message()};
    auto catalog = core::parse_message_catalog(*text, path.string());
    if (!catalog) return core::Failure{catalog.error().message()};
    return Texts(std::move(catalog).value(), language);
}

}  // namespace lagerhuis::app
