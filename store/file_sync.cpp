#include "store/file_sync.hpp"

#include "platform/file_sync.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::store {

std::optional<std::string> sync_file(const std::filesystem::path& path) { return platform::sync_file(path); }

std::optional<std::string> rename_durably(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code error;
    std::filesystem::rename(from, to, error);
    if (error) return "cannot rename " + platform::utf8_of(from) + " to " + platform::utf8_of(to) + ": " + error.message();
    const auto parent = to.has_parent_path() ? to.parent_path() : std::filesystem::path(".");
    return platform::sync_folder(parent);
}

}  // namespace lagerhuis::store
