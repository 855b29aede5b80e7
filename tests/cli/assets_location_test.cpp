// An installed `lagerhuis` reads its data files from <prefix>/share/lagerhuis, found from
// where the binary is; a binary in its build tree reads the source tree's assets/.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <system_error>

#include "cli/assets_location.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {
namespace {

namespace fs = std::filesystem;

const fs::path source_assets = LAGERHUIS_ASSETS_DIR;

void write(const fs::path& path, std::string_view text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

// <prefix>/bin/lagerhuis (a hard link to the built binary where the disk allows, else a
// copy) beside <prefix>/share/lagerhuis holding a copy of the data files.
fs::path install_into(const fs::path& prefix) {
    fs::create_directories(prefix / "bin");
    const fs::path binary = prefix / "bin" / "lagerhuis";
    std::error_code cross_device;
    fs::create_hard_link(LAGERHUIS_BINARY, binary, cross_device);
    if (cross_device) fs::copy_file(LAGERHUIS_BINARY, binary);
    fs::create_directories(prefix / "share");
    fs::copy(source_assets, prefix / "share" / "lagerhuis", fs::copy_options::recursive);
    return binary;
}

}  // namespace

TEST_CASE("the installed data folder comes first, then the fallback", "[cli][install]") {
    TempDir prefix;
    const fs::path binary = prefix / "bin/lagerhuis";
    const fs::path installed = prefix / "share/lagerhuis";
    const fs::path fallback = "/somewhere/source/assets";

    SECTION("not installed: the fallback") {
        CHECK(cli::choose_assets_dir(binary, "../share/lagerhuis", fallback) == fallback);
    }
    SECTION("installed: the folder beside the binary, written plainly") {
        write(installed / "messages.ini", "");
        CHECK(cli::choose_assets_dir(binary, "../share/lagerhuis", fallback) == installed);
    }
    SECTION("a package build without fallback names the installed folder, so errors say where it looked") {
        CHECK(cli::choose_assets_dir(binary, "../share/lagerhuis", "") == installed);
    }
    SECTION("the binary unknown: the fallback") {
        write(installed / "messages.ini", "");
        CHECK(cli::choose_assets_dir("", "../share/lagerhuis", fallback) == fallback);
    }
}

TEST_CASE("an installed lagerhuis reads <prefix>/share/lagerhuis, and --assets still overrides it", "[cli][install]") {
    TempDir prefix;
    const fs::path binary = install_into(prefix.path());
    // Broken on purpose: if the program read the source tree's assets/, the demo would be written.
    const fs::path scoring = prefix / "share/lagerhuis/scoring.ini";
    write(scoring, "[weights]\nneutral = half\n");
    const std::string session = (prefix / "demo.lagerhuis").string();

    const auto installed = run_command({binary.string(), "demo", "-o", session});
    INFO(installed.out << installed.err);
    CHECK(installed.exit_code == 2);
    CHECK(installed.err.find(scoring.string()) != std::string::npos);
    CHECK_FALSE(fs::exists(session));

    const auto overridden = run_command({binary.string(), "demo", "-o", session, "--assets", source_assets.string()});
    INFO(overridden.out << overridden.err);
    CHECK(overridden.exit_code == 0);
    CHECK(fs::exists(session));
}

}  // namespace lagerhuis::tests
