#include "platform/file_access.hpp"

#include <unistd.h>

namespace lagerhuis::platform {

bool may_write(const std::filesystem::path& file) { return ::access(file.c_str(), W_OK) == 0; }

}  // namespace lagerhuis::platform
