#pragma once
// The console's start screen, when `lagerhuis host` is run without a file: start a new
// session (title, statements, time rules, language, secret or open ballots) or open a
// recent one, which continues it (also after a crash).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/console/console_action.hpp"
#include "app/console/console_overdue.hpp"
#include "app/window/session_paths.hpp"
#include "app/ui/texts.hpp"
#include "core/session_config.hpp"

namespace lagerhuis::app {

struct StartForm {
    std::string title;
    std::vector<std::string> statements{std::string()};  // the last one is always empty: room for another
    int turn_seconds = 60;
    int warning_seconds = 15;
    int wait_turns = 2;
    bool alternate_sides = true;
    bool anonymous_ballots = true;
    bool anonymous_room = false;  // names given by the room ("Deelnemer 3"), none asked
    core::Language language = core::Language::nl;
    std::string open_path;
    // Why the last attempt did not start (in the user's language), shown beside the button
    // that made it: starting a new session, or opening one.
    std::string new_problem;
    std::string open_problem;
};

// What the facilitator chose: a new session (with its config and statements) or a file.
struct StartChoice {
    std::filesystem::path session;
    bool is_new = false;
    core::SessionConfig config;  // a new session's, without catalog and weights
    std::vector<std::string> statements;
};

struct StartFrame {
    const Texts& texts;
    const std::vector<RecentSession>& recent;
    std::vector<OverdueSession> overdue = {};  // past their retention date: named, with what to do
};

// Draws the whole window; returns the choice once the facilitator made one. A language
// switch is appended to `out`.
std::optional<StartChoice> draw_console_start(const StartFrame& frame, StartForm& form, ConsoleActions& out);

// The rules a form asks for (the engine checks them again when the session is created).
core::SessionConfig config_of(const StartForm& form);

}  // namespace lagerhuis::app
