// `lagerhuis host [FILE]`: the facilitator console (app/console/console_app.hpp) with the host
// embedded, or `--connect HOST:PORT --secret S` as co-facilitator of a host elsewhere.
#include <algorithm>
#include <iostream>

#include "app/console/console_app.hpp"
#include "app/window/session_paths.hpp"
#include "cli/cli_support.hpp"
#include "cli/hosting_options.hpp"
#include "store/session_log.hpp"
#include "cli/subcommands.hpp"
#include "cli/window_options.hpp"
#include "demo/demo_debate.hpp"
#include "demo/demo_moment.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::cli {
namespace {

struct HostOptions {
    std::string session;
    HostingFlags hosting;
    std::size_t demo_at = 0;
    std::string connect;
    std::string ca;
    std::string name = "Tweede gespreksleider";
    WindowFlags window;
    bool projector = false;
    int projector_monitor = -1;
    int projector_text_size = 0;
    std::string projector_screenshot;
    std::string projector_dump_ui;
    bool profile = false;
    std::string settings;
};

// The demo debate up to a lively moment with the room open for whoever follows the README,
// or exactly its first --demo-at events (a moment as it was: the room may be locked).
void write_demo_session(const std::filesystem::path& path, const HostOptions& options,
                        const proto::SessionAssets& assets) {
    const auto events = demo::demo_debate(assets.catalog, assets.weights,
                                          language_or(options.hosting.language, core::Language::nl));
    const std::size_t count = options.demo_at > 0 ? std::min(options.demo_at, events.size())
                                                  : demo::lively_moment(events);
    const auto opening = options.demo_at > 0
                             ? std::vector<core::Event>(events.begin(), events.begin() + static_cast<std::ptrdiff_t>(count))
                             : demo::hosted_demo(events, count);
    if (auto problem = store::write_session(path, opening)) fail("host", *problem);
    std::cout << "Demo session: the demo debate's first " << count << " of " << events.size() << " events\n";
}

app::LocalLinkOptions local_link(const HostOptions& options) {
    const auto assets = load_assets_or_fail("host", options.hosting.assets);
    app::LocalLinkOptions link;
    link.session = !options.session.empty()   ? platform::path_from_utf8(options.session)
                   : options.hosting.demo     ? app::default_session_path("demo-")
                                              : app::default_session_path();
    if (options.hosting.demo && !std::filesystem::exists(link.session)) {
        std::error_code ignored;
        if (link.session.has_parent_path()) std::filesystem::create_directories(link.session.parent_path(), ignored);
        write_demo_session(link.session, options, assets);
        link.resume_paused_turn = true;
    }
    link.assets = options.hosting.assets;
    link.bind = options.hosting.bind;
    link.port = options.hosting.port;
    link.code = options.hosting.code;
    link.secret = options.hosting.secret;
    link.tls = tls_files_or_fail("host", options.hosting, assets);
    link.keep_days = options.hosting.keep_days;
    link.setup = session_setup(options.hosting, assets);
    return link;
}

int host(const HostOptions& given) {
    app::ConsoleAppOptions options;
    if (given.connect.empty()) {
        options.link = local_link(given);
        // No file and no demo: the console asks (a new session, or a recent one).
        options.start_screen = given.session.empty() && !given.hosting.demo && given.hosting.statements.empty();
    } else {
        if (given.hosting.secret.empty()) fail("host", "--connect needs --secret: the facilitator secret the host printed");
        const HostPort address = parse_host_port("host", given.connect);
        app::RemoteLinkOptions remote;
        remote.host = address.host;
        remote.port = address.port;
        remote.tls = {address.tls, given.ca};
        remote.secret = given.hosting.secret;
        remote.name = given.name;
        options.link = std::move(remote);
    }
    if (!given.hosting.language.empty()) options.language = core::parse_enum<core::Language>(given.hosting.language);
    options.assets = given.hosting.assets;
    options.settings_file = given.settings;
    options.window = window_options("host", given.window);
    options.window.title = "Lagerhuis \u2013 gespreksleider";
    options.projector = given.projector || !given.projector_screenshot.empty() || !given.projector_dump_ui.empty();
    if (given.projector_monitor >= 0) options.projector_monitor = given.projector_monitor;
    if (given.projector_text_size > 0) options.projector_text_size = given.projector_text_size;
    options.projector_screenshot = given.projector_screenshot;
    options.projector_dump_ui = given.projector_dump_ui;
    options.profile = given.profile;
    return app::run_console_app(options);
}

}  // namespace

void register_host(CLI::App& app) {
    auto options = std::make_shared<HostOptions>();
    auto* command = app.add_subcommand("host", "Run a live debate from the facilitator console (a window)");
    command->footer(
        "The console hosts the session on this laptop: participants join at the address and code it\n"
        "shows (also as a QR code, and on the projector: F5). Everything is saved as it happens; open\n"
        "the same FILE again after a crash to continue. F1 lists the keyboard shortcuts.\n\n"
        "Examples:\n  lagerhuis host --demo\n  lagerhuis host wijkbudget.lagerhuis --title \"Wijkbudget\" --statement \"Inwoners beslissen zelf.\"\n"
        "  lagerhuis host --connect 192.168.1.10:8080 --secret kiwi-tafel-93   (co-facilitator)");
    command->add_option("file", options->session, "Session file (.lagerhuis): created if missing, continued if it exists");
    add_hosting_options(*command, options->hosting);
    command->add_option("--demo-at", options->demo_at,
                        "With --demo: start after exactly this many of the demo's events (default: a turn under way, "
                        "the room open)");
    command->add_option("--connect", options->connect,
                        "Co-facilitate the host at HOST:PORT or https://HOST[:PORT] (needs --secret)");
    command->add_option("--ca", options->ca, "With --connect https://: also trust this CA (PEM), besides the system's")
        ->check(existing_file());
    command->add_option("--name", options->name, "Your name as co-facilitator")->capture_default_str();
    add_window_options(*command, options->window);
    command->add_flag("--projector", options->projector, "Open the projector window at the start (F5 toggles it)");
    command->add_option("--projector-monitor", options->projector_monitor,
                        "Show the projector fullscreen on this monitor (0 is the first)");
    command->add_option("--projector-text-size", options->projector_text_size,
                        "The projector's text size in percent: 100, 125, 150, 175 or 200 (F6 in the console)")
        ->check(text_size_check());
    command->add_option("--projector-screenshot", options->projector_screenshot,
                        "With --frames: write the projector's last frame as PNG");
    command->add_option("--projector-dump-ui", options->projector_dump_ui,
                        "With --frames: write the projector's windows and texts of the last frame");
    command->add_flag("--profile", options->profile, "Print frame statistics (UI CPU per frame) when the window closes");
    command->add_option("--settings", options->settings, "Settings file (default: ~/.config/lagerhuis/settings.ini)");
    command->callback([options] {
        const int status = host(*options);
        if (status != 0) throw CLI::RuntimeError(status);
    });
}

}  // namespace lagerhuis::cli
