#include "platform/user_folders.hpp"

#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>

namespace lagerhuis::platform {

namespace {

// The folder's real place, also when the user (or an administrator's policy) moved it,
// e.g. Documents onto OneDrive; std::filesystem::path takes the wide text as it is.
std::filesystem::path known_folder(REFKNOWNFOLDERID id) {
    wchar_t* found = nullptr;
    std::filesystem::path folder = ".";
    if (SUCCEEDED(SHGetKnownFolderPath(id, KF_FLAG_DEFAULT, nullptr, &found)) && found) folder = found;
    CoTaskMemFree(found);
    return folder;
}

}  // namespace

std::filesystem::path settings_folder() { return known_folder(FOLDERID_RoamingAppData) / "Lagerhuis"; }

std::filesystem::path sessions_folder() { return known_folder(FOLDERID_Documents) / "Lagerhuis"; }

}  // namespace lagerhuis::platform
