#pragma once
// The running program's own file, links resolved (/usr/bin/lagerhuis, C:\...\lagerhuis.exe),
// so it finds the data installed or unpacked beside it; empty when the system will not say.
#include <filesystem>

namespace lagerhuis::platform {

std::filesystem::path executable_path();

}  // namespace lagerhuis::platform
