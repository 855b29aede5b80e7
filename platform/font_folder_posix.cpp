#include "platform/font_folder.hpp"

namespace lagerhuis::platform {

std::filesystem::path font_folder() { return "/usr/share/fonts/truetype/dejavu"; }

}  // namespace lagerhuis::platform
