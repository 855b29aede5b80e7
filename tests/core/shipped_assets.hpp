#pragma once
// Where the tests find the data files the product ships (assets/), and reading them
// through the same loader the programs use.
#include <filesystem>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "core/message_catalog.hpp"
#include "proto/asset_files.hpp"

namespace lagerhuis::tests {

inline std::filesystem::path shipped_assets_dir() {
    return (std::filesystem::path(LAGERHUIS_TEST_DATA_DIR) / ".." / ".." / "assets").lexically_normal();
}

inline std::string read_shipped_asset(std::string_view name) {
    auto text = proto::read_asset_file(shipped_assets_dir() / name);
    INFO((text ? std::string() : text.error().message()));
    REQUIRE(text.ok());
    return std::move(text).value();
}

// assets/messages.ini as the programs read it, parsed once.
inline const core::MessageCatalog& shipped_messages() {
    static const core::MessageCatalog catalog = [] {
        auto parsed = core::parse_message_catalog(read_shipped_asset("messages.ini"), "messages.ini");
        INFO((parsed ? std::string() : parsed.error().message()));
        REQUIRE(parsed.ok());
        return std::move(parsed).value();
    }();
    return catalog;
}

}  // namespace lagerhuis::tests
