// `lagerhuis --version`: the version from CMake's project() and the commit it was built from.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "tests/cli/run_command.hpp"

namespace lagerhuis::tests {
namespace {

const std::filesystem::path source_dir = std::filesystem::path(LAGERHUIS_TEST_DATA_DIR).parent_path().parent_path();

}  // namespace

TEST_CASE("lagerhuis --version prints the version and the commit, and needs no subcommand", "[cli]") {
    const auto version = run_command({LAGERHUIS_BINARY, "--version"});
    INFO(version.out << version.err);
    CHECK(version.exit_code == 0);
    CHECK(version.err.empty());
    std::smatch parts;
    REQUIRE(std::regex_match(version.out, parts, std::regex(R"(lagerhuis 0\.1\.0 \(([0-9a-f]{12}|unknown)\)\n)")));
    // Built from a checkout, it is the checkout's commit: the build reads it, so it is never stale.
    const auto head = run_command({"git", "-C", source_dir.string(), "rev-parse", "--short=12", "HEAD"});
    if (std::filesystem::exists(source_dir / ".git") && head.exit_code == 0)
        CHECK(parts[1].str() + "\n" == head.out);
}

}  // namespace lagerhuis::tests
