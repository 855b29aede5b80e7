#pragma once
// Who this process is, as a lock file or a health check names it to someone else.
#include <string>

namespace lagerhuis::platform {

long process_id();
// The machine's name ("zaal-3"); "unknown" when the system will not say.
std::string host_name();

}  // namespace lagerhuis::platform
