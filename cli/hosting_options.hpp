#pragma once
// Options `lagerhuis serve` and `lagerhuis host` share: where participants connect, the
// session code and secret, and what a new session starts with.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "host/session_setup.hpp"
#include "net/server_tls.hpp"
#include "proto/asset_files.hpp"
#include "store/retention.hpp"

namespace lagerhuis::cli {

struct HostingFlags {
    std::uint16_t port = 8080;
    std::string bind = "0.0.0.0";
    bool demo = false;
    std::string code;
    std::string secret;
    std::string title = "Lagerhuis-debat";
    std::vector<std::string> statements;
    bool anonymous_room = false;  // participants get a generated name, none is asked
    int keep_days = store::default_keep_days;  // a new session file's retention (store/retention.hpp)
    std::string assets;
    std::string language;  // empty: Dutch for a new session, the remembered one for the console
    std::string tls_cert;  // both set: HTTPS and WSS on the port
    std::string tls_key;
};

void add_hosting_options(CLI::App& command, HostingFlags& flags);
// The TLS files asked for, checked: a problem fails the command (naming the file, in the
// language asked for, Dutch by default) before anything starts.
net::TlsFiles tls_files_or_fail(std::string_view command, const HostingFlags& flags, const proto::SessionAssets& assets);
// What a new session starts with (a resumed one ignores it).
host::SessionSetup session_setup(const HostingFlags& flags, const proto::SessionAssets& assets);

}  // namespace lagerhuis::cli
