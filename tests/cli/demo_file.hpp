#pragma once
// The demo debate as a session file, made by `lagerhuis demo` in a scratch folder, for
// the tests of the commands a privacy officer or trainer runs on a closed session.
#include <filesystem>
#include <string>

#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {

struct DemoFile {
    TempDir dir;
    std::filesystem::path file = dir / "demo.lagerhuis";
    DemoFile();
    // The bytes of the file, its -wal and its -shm, as far as they exist.
    std::string all_bytes() const;
};

}  // namespace lagerhuis::tests
