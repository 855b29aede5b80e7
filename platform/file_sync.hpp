#pragma once
// Making written data durable: the file's contents, and a folder's list of names after a
// rename (POSIX needs an fsync of the folder; Windows journals names itself and cannot
// open a folder for flushing, so there it is nothing to do). nullopt when done, else the problem.
#include <filesystem>
#include <optional>
#include <string>

namespace lagerhuis::platform {

std::optional<std::string> sync_file(const std::filesystem::path& path);
std::optional<std::string> sync_folder(const std::filesystem::path& folder);

}  // namespace lagerhuis::platform
