// `lagerhuis`: one executable, one subcommand per job (see --help).
#include "cli/command_line.hpp"
#include "platform/arguments.hpp"
#include "platform/terminal.hpp"

int main(int argc, char** argv) {
    lagerhuis::platform::use_utf8_console();
    return lagerhuis::cli::run_command_line(lagerhuis::platform::utf8_arguments(argc, argv));
}
