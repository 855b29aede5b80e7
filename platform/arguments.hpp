#pragma once
// The program's arguments as UTF-8, whatever the system handed main(): Windows passes
// main() the arguments in the old ANSI code page, so "Zoë" in a path would not survive;
// its wide command line does.
#include <string>
#include <vector>

namespace lagerhuis::platform {

// Without the program's own name.
std::vector<std::string> utf8_arguments(int argc, char** argv);

}  // namespace lagerhuis::platform
