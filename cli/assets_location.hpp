#pragma once
// Where the data files (fallacies.ini, scoring.ini, messages.ini, web/) are when --assets
// does not say. An installed binary, <prefix>/bin/lagerhuis, reads <prefix>/share/lagerhuis
// (found from where the binary is, so a package unpacked anywhere finds its own files); a
// binary in its build tree reads the source tree's assets/ it was built from.
#include <filesystem>

namespace lagerhuis::cli {

// `executable` is the running binary (empty when unknown); `relative` leads from its folder
// to the installed data folder ("../share/lagerhuis"), which counts when it holds
// messages.ini. Else `fallback` (the source tree's assets/; empty in a package build, which
// must not point at the machine it was built on), else the installed folder anyway, so an
// error names where the files were looked for.
std::filesystem::path choose_assets_dir(const std::filesystem::path& executable,
                                        const std::filesystem::path& relative,
                                        const std::filesystem::path& fallback);

// choose_assets_dir for this binary, with the layout and fallback it was built with.
std::filesystem::path default_assets_dir();

}  // namespace lagerhuis::cli
