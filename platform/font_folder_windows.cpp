#include "platform/font_folder.hpp"

#include "platform/executable_path.hpp"

namespace lagerhuis::platform {

std::filesystem::path font_folder() { return executable_path().parent_path() / "fonts"; }

}  // namespace lagerhuis::platform
