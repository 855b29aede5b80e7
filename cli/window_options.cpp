#include "cli/window_options.hpp"

#include <charconv>
#include <utility>
#include <vector>

#include "app/ui/display_settings.hpp"
#include "cli/cli_support.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::cli {

CLI::IsMember text_size_check() {
    return CLI::IsMember(std::vector<int>(app::text_size_steps.begin(), app::text_size_steps.end()));
}

void add_window_options(CLI::App& command, WindowFlags& flags) {
    command.add_option("--window-size", flags.size, "Size of the window, e.g. 1280x800 (the default)");
    command.add_option("--frames", flags.frames, "Draw this many frames (about 30 a second), then close (tests)")
        ->check(CLI::PositiveNumber);
    command.add_option("--screenshot", flags.screenshot, "Write the last frame as PNG to this file");
    command.add_option("--dump-ui", flags.dump_ui, "Write the windows and texts of the last frame to this file");
    command.add_option("--ui-scale", flags.ui_scale, "Size of texts and controls, e.g. 1.5 for 150 % (default: the screen's)")
        ->check(CLI::Range(1.0f, 4.0f));
    command.add_option("--text-size", flags.text_size, "Text size in percent of --ui-scale: 100, 125, 150, 175 or 200")
        ->check(text_size_check());
    command.add_flag("--high-contrast", flags.high_contrast, "Black on white, darker colours, thicker borders");
}

app::WindowOptions window_options(std::string_view command, const WindowFlags& flags) {
    app::WindowOptions window;
    if (!flags.size.empty()) {
        const auto& size = flags.size;
        const auto x = size.find('x');
        int width = 0;
        int height = 0;
        const bool read = x != std::string::npos &&
                          std::from_chars(size.data(), size.data() + x, width).ec == std::errc{} &&
                          std::from_chars(size.data() + x + 1, size.data() + size.size(), height).ec == std::errc{};
        if (!read || width < 320 || height < 240) fail(command, "'" + size + "' is not a window size like 1280x800");
        window.width = width;
        window.height = height;
    }
    window.frames = flags.frames;
    window.screenshot = platform::path_from_utf8(flags.screenshot);
    window.dump_ui = platform::path_from_utf8(flags.dump_ui);
    window.ui_scale = flags.ui_scale;
    if (flags.text_size > 0) window.text_size = flags.text_size;
    if (flags.high_contrast) window.contrast = app::theme::Contrast::high;
    return window;
}

HostPort parse_host_port(std::string_view command, const std::string& given) {
    std::string address = given;
    bool tls = false;
    for (const auto& [scheme, secure] : {std::pair{"https://", true}, {"wss://", true}, {"http://", false}, {"ws://", false}}) {
        if (address.starts_with(scheme)) {
            address.erase(0, std::string_view(scheme).size());
            tls = secure;
            break;
        }
    }
    address = address.substr(0, address.find('/'));
    const std::uint16_t default_port = tls ? 443 : 8080;
    const auto colon = address.rfind(':');
    if (colon == std::string::npos) {
        if (address.empty()) fail(command, "'" + given + "' has no host");
        return {address, default_port, tls};
    }
    unsigned port = 0;
    const char* first = address.data() + colon + 1;
    const char* last = address.data() + address.size();
    const auto [end, error] = std::from_chars(first, last, port);
    if (error != std::errc{} || end != last || port == 0 || port > 65535)
        fail(command, "'" + address + "' is not HOST:PORT (a port is 1 to 65535)");
    HostPort parsed{address.substr(0, colon), static_cast<std::uint16_t>(port), tls};
    if (parsed.host.empty()) fail(command, "'" + address + "' has no host before the ':'");
    return parsed;
}

}  // namespace lagerhuis::cli
