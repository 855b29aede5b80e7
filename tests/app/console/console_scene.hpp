#pragma once
// A facilitator console's view of a debate, for drawing console panels in tests: a
// TestSession (core::SessionDriver with the test catalog) played to a moment, the
// shipped texts, and a ConsoleFrame built from it with the scoreboard of that state.
//
//   tests::ConsoleScene scene;
//   scene.debate_in_progress();
//   ui.settle([&] { app::draw_console_queue(scene.frame(), scene.ui, scene.actions, 600); });
#include <functional>
#include <string>
#include <vector>

#include "app/console/console_action.hpp"
#include "app/console/console_frame.hpp"
#include "app/console/console_ui_state.hpp"
#include "tests/core/session_fixture.hpp"

namespace lagerhuis::tests {

class ConsoleScene {
public:
    explicit ConsoleScene(core::Language language = core::Language::nl);

    TestSession& session() { return session_; }
    const core::State& state() const { return session_.state(); }
    // The frame at the session's clock (now() of the TestSession, plus `later_ms`).
    // Valid until the next call or the next command.
    const app::ConsoleFrame& frame(core::Millis later_ms = 0);
    // The whole console as its app draws it each frame: the keys, then the screen.
    std::function<void()> console_screen(core::Millis later_ms = 0);

    // A debate under way, the same every time:
    //   statement 1 open ("Het zwembad in Vriezenveen moet dicht"), statement 2 pending;
    //   Anna, Bram, Carla (voor), Daan, Eva (tegen), Fatima (twijfel), Gerrit (no device, tegen);
    //   opening position fixed; Bram spoke (pro argument, ended); Daan now speaks for tegen
    //   (turn running 20 s of 60 s, one contra argument targeting Bram's), hands up:
    //   Carla then Fatima; Eva and Anna flagged Daan's argument as "ad_hominem" (pending);
    //   Fatima crossed from voor to twijfel after Bram's turn.
    void debate_in_progress();
    core::ParticipantId person(const std::string& name) const;

    app::ConsoleUiState ui;
    app::ConsoleActions actions;
    app::ConsoleNotices notices;
    app::JoinInfo join;
    app::Texts texts;
    // Who is connected, as the embedded host tells the console; empty: not known (a replay).
    std::optional<proto::Presence> presence;

private:
    TestSession session_;
    core::Scoreboard scoreboard_;
    std::optional<app::ConsoleFrame> frame_;
};

// The commands among `actions`, in order.
std::vector<core::CommandBody> commands_in(const app::ConsoleActions& actions);

}  // namespace lagerhuis::tests
