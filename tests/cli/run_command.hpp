#pragma once
// Runs a program the way a user would (through the shell) and captures what it said, so
// CLI tests check the real executable, exit code included.
#include <string>
#include <vector>

namespace lagerhuis::tests {

struct CommandOutput {
    int exit_code = -1;  // the program's exit status; 128 + signal if it was killed
    std::string out;
    std::string err;
};

// Each element of argv is quoted for the shell, so paths with spaces pass unchanged.
CommandOutput run_command(const std::vector<std::string>& argv);

}  // namespace lagerhuis::tests
