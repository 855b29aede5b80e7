#include "platform/process_identity.hpp"

#include <unistd.h>

namespace lagerhuis::platform {

long process_id() { return static_cast<long>(::getpid()); }

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

}  // namespace lagerhuis::platform
