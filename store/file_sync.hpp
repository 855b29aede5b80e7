#pragma once
// Making a new or renamed file survive a power cut: its data and the directory entry
// that names it must both reach the disk.
#include <filesystem>
#include <optional>
#include <string>

namespace lagerhuis::store {

// fsync of the file; the error text when it fails.
std::optional<std::string> sync_file(const std::filesystem::path& path);
// rename() then fsync of the directory, so the new name is durable.
std::optional<std::string> rename_durably(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace lagerhuis::store
