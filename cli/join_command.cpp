// `lagerhuis join HOST[:PORT]`: the native participant app (app/participant/participant_app.hpp).

#include "app/participant/participant_app.hpp"
#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"
#include "cli/window_options.hpp"

namespace lagerhuis::cli {
namespace {

struct JoinOptions {
    std::string address;
    std::string code;
    std::string name;
    std::string language;
    std::string assets;
    std::string ca;
    WindowFlags window;
};

int join(const JoinOptions& given) {
    app::ParticipantAppOptions options;
    const HostPort address = parse_host_port("join", given.address);
    options.host = address.host;
    options.port = address.port;
    options.tls = {address.tls, given.ca};
    options.code = given.code;
    options.name = given.name;
    if (!given.language.empty()) options.language = core::parse_enum<core::Language>(given.language);
    options.assets = given.assets;
    options.window = window_options("join", given.window);
    return app::run_participant_app(options);
}

}  // namespace

void register_join(CLI::App& app) {
    auto options = std::make_shared<JoinOptions>();
    auto* command = app.add_subcommand("join", "Take part in a live debate from this computer (a window)");
    command->footer(
        "The same as the participant page in a browser: sit on a bench, raise your hand, vote, mark\n"
        "arguments that convince you and flag drogredenen. The app remembers your language, name and\n"
        "sign-in (in ~/.config/lagerhuis/), so after a restart you continue as the same participant.\n\n"
        "Examples:\n  lagerhuis join 192.168.1.10:8080\n  lagerhuis join 192.168.1.10:8080 --code 482913 --name Anna");
    command->add_option("address", options->address,
                        "The host, as HOST:PORT (the port defaults to 8080), or https://HOST[:PORT] for TLS")
        ->required();
    command->add_option("--ca", options->ca, "With https://: also trust certificates of this CA (PEM), besides the system's")
        ->check(existing_file());
    command->add_option("--code", options->code, "Session code (shown on the screen in the room)");
    command->add_option("--name", options->name, "Your name in the debate");
    command->add_option("--language", options->language, "Language of the app: nl (Nederlands) or en (English)")
        ->check(CLI::IsMember({"nl", "en"}));
    add_assets_option(*command, options->assets);
    add_window_options(*command, options->window);
    command->callback([options] {
        const int status = join(*options);
        if (status != 0) throw CLI::RuntimeError(status);
    });
}

}  // namespace lagerhuis::cli
