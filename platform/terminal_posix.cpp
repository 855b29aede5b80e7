#include "platform/terminal.hpp"

#include <unistd.h>

namespace lagerhuis::platform {

bool error_stream_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

bool input_is_terminal() { return ::isatty(STDIN_FILENO) == 1; }

void use_utf8_console() {}  // terminals here take the locale's encoding, UTF-8 on Debian

}  // namespace lagerhuis::platform
