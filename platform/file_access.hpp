#pragma once
// Whether this process may write a file: its permission bits say too little (root writes a
// 0444 file; a read-only mount or drive refuses anyone), so the system is asked.
#include <filesystem>

namespace lagerhuis::platform {

bool may_write(const std::filesystem::path& file);

}  // namespace lagerhuis::platform
