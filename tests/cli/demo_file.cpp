#include "tests/cli/demo_file.hpp"

#include <catch2/catch.hpp>

#include "tests/cli/run_command.hpp"

namespace lagerhuis::tests {

DemoFile::DemoFile() {
    const auto made = run_command({LAGERHUIS_BINARY, "demo", "-o", file.string()});
    INFO(made.err);
    REQUIRE(made.exit_code == 0);
}

std::string DemoFile::all_bytes() const {
    std::string bytes;
    for (const char* suffix : {"", "-wal", "-shm"})
        if (std::filesystem::exists(file.string() + suffix)) bytes += file_bytes(file.string() + suffix);
    return bytes;
}

}  // namespace lagerhuis::tests
