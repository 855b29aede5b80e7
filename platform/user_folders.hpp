#pragma once
// The user's own folders, where the programs keep what they write unless told otherwise.
// Nothing outside them: a trainer on a managed laptop has no rights elsewhere.
//   settings   Linux $XDG_CONFIG_HOME/lagerhuis (else ~/.config/lagerhuis)
//              Windows %APPDATA%\Lagerhuis (the roaming application data folder)
//   sessions   Linux $XDG_DATA_HOME/lagerhuis/sessions (else ~/.local/share/...)
//              Windows Documents\Lagerhuis, where a trainer looks for files
// Where the system names no folder, the current one stands in.
#include <filesystem>

namespace lagerhuis::platform {

std::filesystem::path settings_folder();
std::filesystem::path sessions_folder();

}  // namespace lagerhuis::platform
