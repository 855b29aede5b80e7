#pragma once
// `lagerhuis join`: the native participant app. The same screen as the browser page, in
// a window of its own: join with the session code and a name, then follow and take part
// in the debate. Remembers language, host, name and the host's token between runs.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "app/window/app_window.hpp"
#include "core/enums.hpp"
#include "net/wire_client.hpp"

namespace lagerhuis::app {

struct ParticipantAppOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    net::WireTls tls;  // an https:// host: wss://, verified against the system's CAs
    std::string code;  // empty: asked in the join form
    std::string name;
    std::optional<core::Language> language;  // empty: the remembered one, else Dutch
    std::filesystem::path assets;            // the folder with messages.ini
    std::filesystem::path settings_file;     // empty: default_settings_file()
    WindowOptions window;
};

// Runs the app until its window closes. Returns the exit code; problems that stop it
// (no messages.ini, no display) are said on stderr.
int run_participant_app(const ParticipantAppOptions& options);

}  // namespace lagerhuis::app
