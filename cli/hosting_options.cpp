#include "cli/hosting_options.hpp"

#include "cli/cli_support.hpp"
#include "demo/demo_script.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::cli {

void add_hosting_options(CLI::App& command, HostingFlags& flags) {
    command.add_option("--port", flags.port, "TCP port for the page and the WebSocket (0: any free port)")->capture_default_str();
    command.add_option("--bind", flags.bind, "Address to listen on (127.0.0.1: this machine only)")->capture_default_str();
    command.add_flag("--demo", flags.demo, "Start a new session with the demo's two statements, the first one open");
    command.add_option("--code", flags.code, "Session code participants type (default: six random digits)");
    command.add_option("--secret", flags.secret, "Facilitator secret for a co-facilitator (default: random)");
    command.add_option("--title", flags.title, "Title of a new session")->capture_default_str();
    command.add_option("--statement", flags.statements, "A statement of a new session (repeat for more)");
    command.add_flag("--anonymous-room", flags.anonymous_room,
                     "A new session asks no names: each participant gets one (\"Deelnemer 3\")");
    command.add_option("--tls-cert", flags.tls_cert, "TLS certificate chain (PEM, e.g. fullchain.pem): serve HTTPS and WSS");
    command.add_option("--tls-key", flags.tls_key, "TLS private key (PEM, e.g. privkey.pem), with --tls-cert");
    command.add_option("--keep-days", flags.keep_days, "Days a new session file is kept before it is due for deletion")
        ->capture_default_str()
        ->check(CLI::Range(1, 3650));
    add_language_option(command, flags.language);
    add_assets_option(command, flags.assets);
}

net::TlsFiles tls_files_or_fail(std::string_view command, const HostingFlags& flags, const proto::SessionAssets& assets) {
    const net::TlsFiles files{platform::path_from_utf8(flags.tls_cert), platform::path_from_utf8(flags.tls_key)};
    if (!files.enabled()) return files;
    if (auto problem = net::check_tls_files(files))
        fail(command, assets.messages.render("tls." + problem->code, {{"file", problem->file}, {"detail", problem->detail}},
                                             language_or(flags.language, core::Language::nl)));
    return files;
}

host::SessionSetup session_setup(const HostingFlags& flags, const proto::SessionAssets& assets) {
    host::SessionSetup setup;
    setup.config.title = flags.title;
    setup.config.language = language_or(flags.language, core::Language::nl);
    setup.config.catalog = assets.catalog;
    setup.config.weights = assets.weights;
    setup.statements = flags.statements;
    if (flags.anonymous_room) setup.config.rules.anonymous_room = true;
    if (flags.demo) {
        setup.config.title = "Participatiekamer (demo)";
        for (const auto& statement : demo::demo_statements()) setup.statements.emplace_back(statement.text);
    }
    return setup;
}

}  // namespace lagerhuis::cli
