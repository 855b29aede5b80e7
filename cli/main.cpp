// `lagerhuis`: one executable, one subcommand per job (see --help).
#include <CLI/CLI.hpp>

#include "cli/subcommands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"Lagerhuis: run Lagerhuis-style debates and learn from them."};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Show the help of every subcommand");

    auto* analyze = app.add_subcommand("analyze", "Score an argument graph or a recorded session");
    analyze->require_subcommand(1);
    lagerhuis::cli::register_analyze_strength(*analyze);
    lagerhuis::cli::register_analyze_session(*analyze);
    lagerhuis::cli::register_demo(app);

    CLI11_PARSE(app, argc, argv);
    return 0;
}
