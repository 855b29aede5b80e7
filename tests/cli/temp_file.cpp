#include "tests/cli/temp_file.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace lagerhuis::tests {

TempFile::TempFile(std::string_view contents, std::string_view suffix) {
    // mkstemps picks the name and creates the file in one step, so parallel test runs
    // never share a file.
    std::string name = (std::filesystem::temp_directory_path() / "lagerhuis-test-XXXXXX").string();
    name += suffix;
    const int fd = ::mkstemps(name.data(), static_cast<int>(suffix.size()));
    if (fd < 0) throw std::runtime_error("cannot create a temporary file " + name);
    path_ = name;
    std::string_view rest = contents;
    while (!rest.empty()) {
        const ssize_t written = ::write(fd, rest.data(), rest.size());
        if (written <= 0) {
            ::close(fd);
            throw std::runtime_error("cannot write " + name);
        }
        rest.remove_prefix(static_cast<std::size_t>(written));
    }
    ::close(fd);
}

TempFile::~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

}  // namespace lagerhuis::tests
