// `lagerhuis serve`: the host without the console. Participants join from their browsers
// (the page is served on the same port); a co-facilitator connects with the secret.
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <pthread.h>
#include <sys/resource.h>

#include "cli/cli_support.hpp"
#include "cli/lan_addresses.hpp"
#include "cli/subcommands.hpp"
#include "demo/demo_script.hpp"
#include "host/session_host.hpp"
#include "host/session_setup.hpp"
#include "net/server.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

struct ServeOptions {
    std::uint16_t port = 8080;
    std::string bind = "0.0.0.0";
    std::string session;
    bool demo = false;
    std::string code;
    std::string secret;
    std::string title = "Lagerhuis-debat";
    std::vector<std::string> statements;
    std::string assets;
    std::string language = "nl";
};

// ~/.local/share/lagerhuis/sessions/2026-11-29_1430.lagerhuis (XDG_DATA_HOME respected).
std::filesystem::path default_session_path() {
    std::filesystem::path base;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        base = data;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = ".";
    const std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d_%H%M%S", std::localtime(&now));
    return base / "lagerhuis" / "sessions" / (std::string(stamp) + ".lagerhuis");
}

host::SessionSetup setup_for(const ServeOptions& options, const proto::SessionAssets& assets) {
    host::SessionSetup setup;
    setup.config.title = options.title;
    setup.config.language = language_or(options.language, core::Language::nl);
    setup.config.catalog = assets.catalog;
    setup.config.weights = assets.weights;
    setup.statements = options.statements;
    if (options.demo) {
        setup.config.title = "Participatiekamer (demo)";
        for (const auto& statement : demo::demo_statements()) setup.statements.emplace_back(statement.text);
    }
    return setup;
}

// Every participant is a socket: a room of thousands needs more than the usual soft
// limit of 1024 open files. Raised to what the system allows this user.
void raise_open_file_limit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max) return;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
}

void serve(const ServeOptions& options) {
    const auto assets = load_assets_or_fail("serve", options.assets);
    raise_open_file_limit();
    // Ctrl-C and SIGTERM are taken by sigwait below, in every thread started from here on.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    // The port first: a taken port must not leave a new, empty session file behind.
    const std::filesystem::path assets_dir = options.assets;
    net::ServerOptions network;
    network.bind = options.bind;
    network.port = options.port;
    network.web_root = assets_dir / "web";
    network.messages_file = assets_dir / proto::messages_file_name;
    auto server = net::Server::start(std::move(network));
    if (!server) fail("serve", server.error() + " (choose another with --port)");
    const std::filesystem::path path =
        options.session.empty() ? default_session_path() : std::filesystem::path(options.session);
    std::error_code ignored;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
    auto file = store::SessionFile::open(path, {.program = "lagerhuis serve"});
    if (!file) fail("serve", file.error().message());

    host::HostOptions hosting;
    hosting.session_code = options.code;
    hosting.facilitator_secret = options.secret;
    auto host = host::SessionHost::start(std::move(file).value(), **server, std::move(hosting));
    if (!host) fail("serve", host.error());
    const bool resumed = (*host)->state().get().created;
    if (auto problem = host::set_up_session(**host, resumed, setup_for(options, assets))) fail("serve", *problem);
    (*server)->serve(**host);

    const auto port = (*server)->port();
    const std::string& code = (*host)->session_code();
    std::cout << "listening on http://" << (options.bind == "0.0.0.0" ? "127.0.0.1" : options.bind) << ":" << port << "/\n";
    std::cout << (resumed ? "Resumed session " : "New session ") << path.string() << "\n";
    std::cout << "Session code: " << code << "\n";
    std::cout << "Participants join at:\n";
    for (const auto& address : options.bind == "0.0.0.0" ? lan_addresses() : std::vector<std::string>{options.bind})
        std::cout << "  http://" << address << ":" << port << "/?code=" << code << "\n";
    std::cout << "Co-facilitator secret: " << (*host)->facilitator_secret() << "\n";
    std::cout << "Stop with Ctrl-C; the session is saved as it goes." << std::endl;

    int signal = 0;
    sigwait(&stop_signals, &signal);
    std::cout << "Stopping (" << (signal == SIGINT ? "Ctrl-C" : "SIGTERM") << ")..." << std::endl;
    (*host)->stop();
    (*server)->stop();
    std::cout << "Stopped; the session is in " << path.string() << std::endl;
}

}  // namespace

void register_serve(CLI::App& app) {
    auto options = std::make_shared<ServeOptions>();
    auto* command = app.add_subcommand("serve", "Host a live debate: participants join from their browsers");
    command->footer(
        "Participants open the printed address on their phone or laptop (same network), enter the\n"
        "session code and their name. Every accepted action is on disk before it is acknowledged;\n"
        "after a crash, run the same command with the same --session to continue.\n\n"
        "Examples:\n  lagerhuis serve --demo\n  lagerhuis serve --session debat.lagerhuis --title \"Wijkbudget\" --statement \"Inwoners beslissen zelf.\"");
    command->add_option("--port", options->port, "TCP port for the page and the WebSocket (0: any free port)")->capture_default_str();
    command->add_option("--bind", options->bind, "Address to listen on (127.0.0.1: this machine only)")->capture_default_str();
    command->add_option("--session", options->session, "Session file (.lagerhuis): created if missing, continued if it exists");
    command->add_flag("--demo", options->demo, "Start a new session with the demo's two statements, the first one open");
    command->add_option("--code", options->code, "Session code participants type (default: six random digits)");
    command->add_option("--secret", options->secret, "Facilitator secret for a co-facilitator (default: random)");
    command->add_option("--title", options->title, "Title of a new session")->capture_default_str();
    command->add_option("--statement", options->statements, "A statement of a new session (repeat for more)");
    add_language_option(*command, options->language);
    add_assets_option(*command, options->assets);
    command->callback([options] { serve(*options); });
}

}  // namespace lagerhuis::cli
