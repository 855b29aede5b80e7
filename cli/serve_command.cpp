// `lagerhuis serve`: the host without the console. Participants join from their browsers
// (the page is served on the same port); a co-facilitator connects with the secret.
#include <iostream>

#include "app/window/session_paths.hpp"
#include "cli/cli_support.hpp"
#include "cli/hosting_options.hpp"
#include "net/lan_addresses.hpp"
#include "cli/subcommands.hpp"
#include "host/session_host.hpp"
#include "host/session_setup.hpp"
#include "net/server.hpp"
#include "platform/process_identity.hpp"
#include "platform/process_limits.hpp"
#include "platform/stop_request.hpp"
#include "platform/utf8_path.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {
namespace {

struct ServeOptions {
    HostingFlags hosting;
    std::string session;
    std::string base_path;
};

void serve(const ServeOptions& options) {
    const auto assets = load_assets_or_fail("serve", options.hosting.assets);
    platform::raise_open_file_limit();
    // Before the first thread: every thread started from here on leaves the stop to it.
    platform::StopRequest stop_request;

    // The port first: a taken port must not leave a new, empty session file behind.
    const std::filesystem::path assets_dir = platform::path_from_utf8(options.hosting.assets);
    net::ServerOptions network;
    network.bind = options.hosting.bind;
    network.port = options.hosting.port;
    network.web_root = assets_dir / "web";
    network.messages_file = assets_dir / proto::messages_file_name;
    network.tls = tls_files_or_fail("serve", options.hosting, assets);
    network.base_path = options.base_path;
    while (network.base_path.ends_with('/')) network.base_path.pop_back();
    if (!network.base_path.empty() && !network.base_path.starts_with('/'))
        fail("serve", "--base-path '" + options.base_path + "' must start with '/', like /lagerhuis");
    auto server = net::Server::start(std::move(network));
    if (!server) fail("serve", server.error() + " (choose another with --port)");
    const std::filesystem::path path =
        options.session.empty() ? app::default_session_path() : platform::path_from_utf8(options.session);
    std::error_code ignored;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
    auto file = store::SessionFile::open(path, {.program = "lagerhuis serve", .keep_days = options.hosting.keep_days});
    if (!file) fail("serve", file.error().message());

    host::HostOptions hosting;
    hosting.session_code = options.hosting.code;
    hosting.facilitator_secret = options.hosting.secret;
    auto host = host::SessionHost::start(std::move(file).value(), **server, std::move(hosting));
    if (!host) fail("serve", host.error());
    const bool resumed = (*host)->state().get().created;
    if (auto problem = host::set_up_session(**host, resumed, session_setup(options.hosting, assets))) fail("serve", *problem);
    (*server)->serve(**host);

    const auto port = (*server)->port();
    const std::string& code = (*host)->session_code();
    const bool tls = (*server)->tls();
    std::cout << "listening on " << (tls ? "https://" : "http://") << (options.hosting.bind == "0.0.0.0" ? "127.0.0.1" : options.hosting.bind) << ":" << port << "/\n";
    std::cout << (resumed ? "Resumed session " : "New session ") << platform::utf8_of(path) << "\n";
    std::cout << "Session code: " << code << "\n";
    std::cout << "Participants join at:\n";
    for (const auto& url : net::join_urls(options.hosting.bind, port, code, tls)) std::cout << "  " << url << "\n";
    std::cout << "Co-facilitator secret: " << (*host)->facilitator_secret() << "\n";
    if (tls) std::cout << "A renewed TLS certificate is taken in by itself (or now: kill -HUP " << platform::process_id() << ").\n";
    std::cout << "Stop with Ctrl-C; the session is saved as it goes." << std::endl;

    std::cout << "Stopping (" << stop_request.wait() << ")..." << std::endl;
    (*host)->stop();
    (*server)->stop();
    std::cout << "Stopped; the session is in " << platform::utf8_of(path) << std::endl;
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
    command->add_option("--session", options->session, "Session file (.lagerhuis): created if missing, continued if it exists");
    add_hosting_options(*command, options->hosting);
    command->add_option("--base-path", options->base_path,
                        "Serve below this path (behind a proxy, e.g. /lagerhuis: the page at /lagerhuis/)");
    command->callback([options] { serve(*options); });
}

}  // namespace lagerhuis::cli
