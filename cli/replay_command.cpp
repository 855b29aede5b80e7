// `lagerhuis replay FILE`: the trainer's replay viewer (app/replay/replay_app.hpp).
#include <charconv>

#include "app/replay/replay_app.hpp"
#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"
#include "cli/window_options.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::cli {
namespace {

struct ReplayOptions {
    std::string file;
    std::string at;
    std::string tab;
    std::string language;
    std::string assets;
    std::string settings;
    bool play = false;
    int speed = 1;
    WindowFlags window;
};

// "95", "1:35", "1:02:35" → milliseconds; nullopt for anything else.
std::optional<core::Millis> parse_moment(std::string_view text) {
    core::Millis total = 0;
    int parts = 0;
    while (!text.empty()) {
        const auto colon = text.find(':');
        const std::string_view part = text.substr(0, colon);
        long value = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (error != std::errc{} || end != part.data() + part.size() || part.empty() || value < 0) return std::nullopt;
        if (parts > 0 && value >= 60) return std::nullopt;  // "1:75" is a typo, not 2:15
        total = total * 60 + value;
        if (++parts > 3) return std::nullopt;
        if (colon == std::string_view::npos) break;
        text.remove_prefix(colon + 1);
        if (text.empty()) return std::nullopt;
    }
    if (parts == 0) return std::nullopt;
    return total * 1000;
}

int replay(const ReplayOptions& given) {
    app::ReplayAppOptions options;
    options.session = platform::path_from_utf8(given.file);
    if (!given.at.empty()) {
        options.at_ms = parse_moment(given.at);
        if (!options.at_ms) fail("replay", "--at '" + given.at + "' is not a moment: write MM:SS, H:MM:SS or seconds, e.g. --at 12:30");
    }
    if (!given.tab.empty()) options.tab = app::replay_tab_named(given.tab);
    if (!given.language.empty()) options.language = core::parse_enum<core::Language>(given.language);
    options.assets = platform::path_from_utf8(given.assets);
    options.settings_file = platform::path_from_utf8(given.settings);
    options.play = given.play;
    options.speed = given.speed;
    options.window = window_options("replay", given.window);
    return app::run_replay_app(options);
}

}  // namespace

void register_replay(CLI::App& app) {
    auto options = std::make_shared<ReplayOptions>();
    auto* command = app.add_subcommand("replay", "Review a recorded debate: timeline, charts, feedback, notes (a window)");
    command->footer(
        "Opens a session file without changing its events; a session still running on this machine\n"
        "is followed live. Drag the timeline or press Space to play; Page Up/Down jump between flags\n"
        "and crossings. Notes are kept in the session file, beside (never inside) the record.\n\n"
        "Examples:\n  lagerhuis replay debat.lagerhuis\n  lagerhuis replay debat.lagerhuis --at 12:30 --tab fallacies");
    command->add_option("file", options->file, "The session file (.lagerhuis) or event log (.jsonl)")->required();
    command->add_option("--at", options->at, "Open at this moment since the start: MM:SS, H:MM:SS or seconds");
    command->add_option("--tab", options->tab, "Open this tab")
        ->check(CLI::IsMember({"moment", "charts", "fallacies", "crossings", "arguments", "feedback", "notes"}));
    command->add_option("--language", options->language, "nl (Nederlands) or en (English)")->check(CLI::IsMember({"nl", "en"}));
    command->add_flag("--play", options->play, "Start playing");
    command->add_option("--speed", options->speed, "Playing speed: 1, 2, 4, 8 or 16 times")
        ->check(CLI::IsMember({1, 2, 4, 8, 16}));
    command->add_option("--settings", options->settings, "Settings file (default ~/.config/lagerhuis/settings.ini)");
    add_assets_option(*command, options->assets);
    add_window_options(*command, options->window);
    command->callback([options] {
        const int status = replay(*options);
        if (status != 0) throw CLI::RuntimeError(status);
    });
}

}  // namespace lagerhuis::cli
