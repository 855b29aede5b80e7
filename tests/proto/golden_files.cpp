#include "golden_files.hpp"

#include <fstream>

namespace lagerhuis::test {

std::vector<std::string> golden_lines(const std::string& name) {
    std::ifstream file(std::string(LAGERHUIS_TEST_DATA_DIR) + "/golden/" + name, std::ios::binary);
    REQUIRE(file.is_open());
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);) lines.push_back(line);
    REQUIRE_FALSE(lines.empty());
    return lines;
}

}  // namespace lagerhuis::test
