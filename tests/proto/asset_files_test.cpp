#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "proto/asset_files.hpp"
#include "tests/core/shipped_assets.hpp"

using namespace lagerhuis;
using lagerhuis::tests::shipped_assets_dir;

namespace {

// A fresh folder with copies of the shipped assets, removed again afterwards.
struct AssetCopy {
    std::filesystem::path dir;

    AssetCopy() {
        dir = std::filesystem::temp_directory_path() /
              ("lagerhuis_assets_" + std::to_string(std::random_device{}()) + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(dir);
        for (const auto name : {proto::fallacies_file_name, proto::scoring_file_name, proto::messages_file_name})
            std::filesystem::copy_file(shipped_assets_dir() / name, dir / name);
    }
    ~AssetCopy() {
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
    }
    AssetCopy(const AssetCopy&) = delete;
    AssetCopy& operator=(const AssetCopy&) = delete;

    void append(std::string_view name, std::string_view text) const {
        std::ofstream(dir / name, std::ios::app | std::ios::binary) << text;
    }
};

}  // namespace

TEST_CASE("the shipped assets load as one set", "[catalog]") {
    const auto assets = proto::load_session_assets(shipped_assets_dir());
    INFO((assets ? std::string() : assets.error().message()));
    REQUIRE(assets.ok());
    CHECK(assets->catalog.rules.size() == 10);
    CHECK(assets->catalog.find("straw_man") != nullptr);
    CHECK(assets->weights == core::ScoringWeights{});
    CHECK(assets->messages.render(core::Refusal(core::ReasonCode::name_empty), core::Language::nl) ==
          "Vul een naam in.");
}

TEST_CASE("a missing asset file is reported with its path", "[catalog]") {
    const AssetCopy copy;
    const auto name = GENERATE(proto::fallacies_file_name, proto::scoring_file_name, proto::messages_file_name);
    std::filesystem::remove(copy.dir / name);

    const auto assets = proto::load_session_assets(copy.dir);
    REQUIRE_FALSE(assets.ok());
    INFO(assets.error().message());
    CHECK(assets.error().file == (copy.dir / name).string());
    CHECK_THAT(assets.error().problem, Catch::Contains("not found"));
}

TEST_CASE("a folder where an asset file should be is reported", "[catalog]") {
    const AssetCopy copy;
    std::filesystem::remove(copy.dir / proto::scoring_file_name);
    std::filesystem::create_directory(copy.dir / proto::scoring_file_name);

    const auto assets = proto::load_session_assets(copy.dir);
    REQUIRE_FALSE(assets.ok());
    CHECK(assets.error().file == (copy.dir / proto::scoring_file_name).string());
    CHECK_THAT(assets.error().problem, Catch::Contains("folder"));
}

TEST_CASE("a broken asset file is reported with its path and entry and line", "[catalog]") {
    const AssetCopy copy;
    copy.append(proto::messages_file_name, "\n[fr]\nname_empty = Entrez un nom.\n");

    const auto assets = proto::load_session_assets(copy.dir);
    REQUIRE_FALSE(assets.ok());
    const auto& error = assets.error();
    INFO(error.message());
    CHECK(error.file == (copy.dir / proto::messages_file_name).string());
    CHECK(error.entry == "fr");
    CHECK(error.line > 1);
    CHECK_THAT(error.message(), Catch::StartsWith((copy.dir / proto::messages_file_name).string() + ":"));
}

TEST_CASE("a trainer's added fallacy is picked up without recompiling", "[catalog]") {
    const AssetCopy copy;
    copy.append(proto::fallacies_file_name,
                "\n[fallacy.red_herring]\nrule = 4\nnl.name = Rode haring\nen.name = Red herring\n"
                "nl.explanation = Je leidt de aandacht af met een ander onderwerp.\n"
                "en.explanation = You distract from the point with another topic.\n");

    const auto assets = proto::load_session_assets(copy.dir);
    INFO((assets ? std::string() : assets.error().message()));
    REQUIRE(assets.ok());
    REQUIRE(assets->catalog.find("red_herring") != nullptr);
    CHECK(assets->catalog.fallacies.back().id == "red_herring");
    CHECK(assets->catalog.find("red_herring")->name.nl == "Rode haring");
}
