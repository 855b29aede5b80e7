#pragma once
// A uniquely named file under the system temp directory, removed when the test ends.
#include <filesystem>
#include <string_view>

namespace lagerhuis::tests {

class TempFile {
public:
    // Creates the file holding `contents`; `suffix` (e.g. ".json") ends its name.
    explicit TempFile(std::string_view contents, std::string_view suffix = "");
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string string() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

}  // namespace lagerhuis::tests
