#include "platform/process_limits.hpp"

namespace lagerhuis::platform {

void raise_open_file_limit() {}

}  // namespace lagerhuis::platform
