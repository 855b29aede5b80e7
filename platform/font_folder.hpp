#pragma once
// Where the windows' fonts (DejaVu Sans) are: Debian's fonts-dejavu-core on Linux; the
// fonts folder the zip carries beside the programs on Windows, which has no DejaVu.
#include <filesystem>

namespace lagerhuis::platform {

std::filesystem::path font_folder();

}  // namespace lagerhuis::platform
