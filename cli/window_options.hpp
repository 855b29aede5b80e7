#pragma once
// Options every windowed subcommand shares (`join`, `host`, later `replay`): the window's
// size and the test outputs (--frames, --screenshot, --dump-ui), and HOST:PORT addresses.
#include <cstdint>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "app/window/app_window.hpp"

namespace lagerhuis::cli {

struct WindowFlags {
    std::string size;  // "1280x800"
    int frames = 0;
    std::string screenshot;
    std::string dump_ui;
    float ui_scale = 0;
    int text_size = 0;  // 0: as remembered
    bool high_contrast = false;
};

void add_window_options(CLI::App& command, WindowFlags& flags);
// Accepts the text sizes offered (app::text_size_steps), for --text-size and its kin.
CLI::IsMember text_size_check();
// The window options asked for; fails (naming `command`) on a size that is not WxH.
app::WindowOptions window_options(std::string_view command, const WindowFlags& flags);

struct HostPort {
    std::string host;
    std::uint16_t port = 8080;
    bool tls = false;  // https:// or wss://
};
// "192.168.1.10:8080" → host and port; "laptop.local" → port 8080; "https://debat.example.nl"
// (or wss://) → TLS, port 443; "http://" is plain. A path after the host is ignored.
// Fails naming `command`.
HostPort parse_host_port(std::string_view command, const std::string& address);

}  // namespace lagerhuis::cli
