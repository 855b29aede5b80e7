// Lagerhuis.exe, what a trainer double-clicks on Windows: a program of the GUI subsystem
// (no black console window) that opens the console's start screen, or the replay viewer on
// a .lagerhuis file it was given (a double-clicked session file, or one dropped on it).
// Any other arguments go to the same command line as lagerhuis.exe's.
#include "cli/command_line.hpp"
#include "platform/arguments.hpp"

namespace {

bool is_session_file(const std::string& argument) {
    constexpr std::string_view extension = ".lagerhuis";
    return argument.size() > extension.size() && argument.compare(argument.size() - extension.size(), extension.size(), extension) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> arguments = lagerhuis::platform::utf8_arguments(argc, argv);
    if (arguments.empty()) arguments = {"host"};
    else if (arguments.size() == 1 && is_session_file(arguments.front())) arguments.insert(arguments.begin(), "replay");
    return lagerhuis::cli::run_command_line(arguments);
}
