// `lagerhuis join HOST[:PORT]`: the native participant app (app/participant_app.hpp).
#include <charconv>

#include "app/participant_app.hpp"
#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"

namespace lagerhuis::cli {
namespace {

struct JoinOptions {
    std::string address;
    std::string code;
    std::string name;
    std::string language;
    std::string assets;
    std::string window_size;
    int frames = 0;
    std::string screenshot;
    std::string dump_ui;
};

constexpr std::uint16_t default_port = 8080;

// "192.168.1.10:8080" → host and port; "laptop.local" → port 8080.
void split_address(const std::string& address, app::ParticipantAppOptions& options) {
    const auto colon = address.rfind(':');
    if (colon == std::string::npos) {
        options.host = address;
        options.port = default_port;
        return;
    }
    unsigned port = 0;
    const char* first = address.data() + colon + 1;
    const char* last = address.data() + address.size();
    const auto [end, error] = std::from_chars(first, last, port);
    if (error != std::errc{} || end != last || port == 0 || port > 65535)
        fail("join", "'" + address + "' is not HOST:PORT (a port is 1 to 65535)");
    options.host = address.substr(0, colon);
    options.port = static_cast<std::uint16_t>(port);
    if (options.host.empty()) fail("join", "'" + address + "' has no host before the ':'");
}

// "1280x800" → width and height.
void split_size(const std::string& size, app::WindowOptions& window) {
    const auto x = size.find('x');
    int width = 0;
    int height = 0;
    const bool read = x != std::string::npos &&
                      std::from_chars(size.data(), size.data() + x, width).ec == std::errc{} &&
                      std::from_chars(size.data() + x + 1, size.data() + size.size(), height).ec == std::errc{};
    if (!read || width < 320 || height < 240) fail("join", "'" + size + "' is not a window size like 1280x800");
    window.width = width;
    window.height = height;
}

int join(const JoinOptions& given) {
    app::ParticipantAppOptions options;
    split_address(given.address, options);
    options.code = given.code;
    options.name = given.name;
    if (!given.language.empty()) options.language = core::parse_enum<core::Language>(given.language);
    options.assets = given.assets;
    if (!given.window_size.empty()) split_size(given.window_size, options.window);
    options.window.frames = given.frames;
    options.window.screenshot = given.screenshot;
    options.window.dump_ui = given.dump_ui;
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
    command->add_option("address", options->address, "The host, as HOST:PORT (the port defaults to 8080)")->required();
    command->add_option("--code", options->code, "Session code (shown on the screen in the room)");
    command->add_option("--name", options->name, "Your name in the debate");
    command->add_option("--language", options->language, "Language of the app: nl (Nederlands) or en (English)")
        ->check(CLI::IsMember({"nl", "en"}));
    add_assets_option(*command, options->assets);
    command->add_option("--window-size", options->window_size, "Size of the window, e.g. 1280x800 (the default)");
    command->add_option("--frames", options->frames, "Draw this many frames (about 30 a second), then close (tests)")
        ->check(CLI::PositiveNumber);
    command->add_option("--screenshot", options->screenshot, "Write the last frame as PNG to this file");
    command->add_option("--dump-ui", options->dump_ui, "Write the windows and texts of the last frame to this file");
    command->callback([options] {
        const int status = join(*options);
        if (status != 0) throw CLI::RuntimeError(status);
    });
}

}  // namespace lagerhuis::cli
