#include "cli/command_line.hpp"

#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/subcommands.hpp"
#include "lagerhuis_commit.hpp"  // written at build time (cmake/version.cmake)

namespace lagerhuis::cli {

int run_command_line(const std::vector<std::string>& arguments) {
    CLI::App app{"Lagerhuis: run Lagerhuis-style debates and learn from them.", "lagerhuis"};
    app.require_subcommand(1);
    // CLI11 takes "/x" for an option on Windows by default; our options are --x on every
    // system, and "/x" is a path (Wine passes Linux paths like that).
    app.allow_windows_style_options(false);
    app.set_help_all_flag("--help-all", "Show the help of every subcommand");
    app.set_version_flag("--version", "lagerhuis " LAGERHUIS_VERSION " (" LAGERHUIS_COMMIT ")",
                         "Show the version and the commit it was built from");

    auto* analyze = app.add_subcommand("analyze", "Score an argument graph or a recorded session");
    analyze->require_subcommand(1);
    register_analyze_strength(*analyze);
    register_analyze_session(*analyze);
    register_demo(app);
    register_export(app);
    register_serve(app);
    register_join(app);
    register_host(app);
    register_replay(app);
    register_privacy(app);
    register_sessions(app);
    register_delete(app);
    register_erase(app);

    try {
        std::vector<std::string> reversed(arguments.rbegin(), arguments.rend());  // as CLI11 takes them
        app.parse(reversed);
    } catch (const CLI::ParseError& error) {
        // Help exits 0; every usage or input error exits 2, whatever CLI11 numbers it.
        return app.exit(error) == 0 ? 0 : 2;
    } catch (const std::exception& error) {
        std::cerr << "lagerhuis: internal error: " << error.what() << '\n';
        return 70;
    }
    return 0;
}

}  // namespace lagerhuis::cli
