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
    int keep_days = store::default_keep_days;  // a new session file's retention (store/retention.hpp)
    std::string assets;
    std::string language;  // empty: Dutch for a new session, the remembered one for the console
};

void add_hosting_options(CLI::App& command, HostingFlags& flags);
// What a new session starts with (a resumed one ignores it).
host::SessionSetup session_setup(const HostingFlags& flags, const proto::SessionAssets& assets);

}  // namespace lagerhuis::cli
