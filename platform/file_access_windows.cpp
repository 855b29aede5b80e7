#include "platform/file_access.hpp"

#include <io.h>

namespace lagerhuis::platform {

bool may_write(const std::filesystem::path& file) { return ::_waccess(file.c_str(), 2) == 0; }  // 2: write

}  // namespace lagerhuis::platform
