// `lagerhuis`: one executable, one subcommand per job (see --help).
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/subcommands.hpp"
#include "lagerhuis_commit.hpp"  // written at build time (cmake/version.cmake)

int main(int argc, char** argv) {
    CLI::App app{"Lagerhuis: run Lagerhuis-style debates and learn from them."};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Show the help of every subcommand");
    app.set_version_flag("--version", "lagerhuis " LAGERHUIS_VERSION " (" LAGERHUIS_COMMIT ")",
                         "Show the version and the commit it was built from");

    auto* analyze = app.add_subcommand("analyze", "Score an argument graph or a recorded session");
    analyze->require_subcommand(1);
    lagerhuis::cli::register_analyze_strength(*analyze);
    lagerhuis::cli::register_analyze_session(*analyze);
    lagerhuis::cli::register_demo(app);
    lagerhuis::cli::register_export(app);
    lagerhuis::cli::register_serve(app);
    lagerhuis::cli::register_join(app);
    lagerhuis::cli::register_host(app);
    lagerhuis::cli::register_replay(app);
    lagerhuis::cli::register_privacy(app);
    lagerhuis::cli::register_sessions(app);
    lagerhuis::cli::register_delete(app);
    lagerhuis::cli::register_erase(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // Help exits 0; every usage or input error exits 2, whatever CLI11 numbers it.
        return app.exit(error) == 0 ? 0 : 2;
    } catch (const std::exception& error) {
        std::cerr << "lagerhuis: internal error: " << error.what() << '\n';
        return 70;
    }
    return 0;
}
