#pragma once
// The whole command line of `lagerhuis` (every subcommand), shared by the console program
// (main.cpp) and Windows' double-click program Lagerhuis.exe (gui_main.cpp).
#include <string>
#include <vector>

namespace lagerhuis::cli {

// `arguments` without the program's name, as UTF-8; returns the exit code.
int run_command_line(const std::vector<std::string>& arguments);

}  // namespace lagerhuis::cli
