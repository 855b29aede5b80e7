// A whole statement run from the keyboard alone, as issue #5 asks: participants act
// through their own commands (as they would from their phones), the gespreksleider only
// presses keys. Every command a key produces goes through the rules engine.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "app/console/console_panels.hpp"
#include "tests/app/console/console_scene.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;

namespace {

class KeyboardRun {
public:
    KeyboardRun() : ui_(ImVec2(1440, 900)) { ui_.settle(draw()); }

    // Presses a key and carries out what it asked for; returns how many commands it sent.
    std::size_t press(int key, bool ctrl = false, bool alt = false) {
        ui_.press(key, ctrl, alt, draw());
        return carry_out();
    }
    std::size_t type(std::string_view text) {
        ui_.type(text, draw());
        return carry_out();
    }
    tests::ConsoleScene scene;
    tests::TestSession& session() { return scene.session(); }
    const core::State& state() { return scene.state(); }

private:
    std::function<void()> draw() { return scene.console_screen(); }
    std::size_t carry_out() {
        const auto commands = tests::commands_in(scene.actions);
        scene.actions.clear();
        for (const auto& command : commands) session().lead(command);  // REQUIREs that the rules accept it
        ui_.frame(draw());
        return commands.size();
    }
    tests::HeadlessUi ui_;
};

}  // namespace

TEST_CASE("a statement runs from the keyboard alone: open, positions, the floor, tagging, flags, a poll, close",
          "[console][keys][run]") {
    KeyboardRun run;
    auto& s = run.session();
    s.add_statement("Het zwembad in Vriezenveen moet dicht");
    const auto anna = s.join("Anna");
    const auto bram = s.join("Bram");
    const auto daan = s.join("Daan");
    const auto eva = s.join("Eva");

    REQUIRE(run.press(GLFW_KEY_O) == 1);  // open the statement
    REQUIRE(run.state().active_statement == core::StatementId{1});
    s.take_seat(anna, core::Side::voor);
    s.take_seat(bram, core::Side::voor);
    s.take_seat(daan, core::Side::tegen);
    s.take_seat(eva, core::Side::tegen);
    REQUIRE(run.press(GLFW_KEY_V) == 1);  // the opening position
    REQUIRE(run.state().statement(core::StatementId{1})->opening);

    s.accept(daan, core::RaiseHand{});
    s.accept(anna, core::RaiseHand{});
    REQUIRE(run.press(GLFW_KEY_G) == 1);  // the floor to the suggestion: the first hand
    const core::Turn* turn = run.state().turn(run.state().current_turn);
    REQUIRE(turn);
    CHECK(turn->speaker == daan);

    // T puts the cursor in the note; Alt+2 makes it contra; Enter tags it.
    CHECK(run.press(GLFW_KEY_T) == 0);
    CHECK(run.type("Een dorp zonder zwembad verliest zijn hart.") == 0);
    CHECK(run.press(GLFW_KEY_2, false, true) == 0);
    REQUIRE(run.press(GLFW_KEY_ENTER) == 1);
    REQUIRE(run.state().arguments.size() == 1);
    CHECK(run.state().arguments[0].kind == core::ArgumentKind::contra);
    CHECK(run.state().arguments[0].text == "Een dorp zonder zwembad verliest zijn hart.");
    CHECK(run.state().arguments[0].speaker == daan);

    // Letters typed into a field are not shortcuts: leave the field first (Esc).
    run.press(GLFW_KEY_ESCAPE);
    s.flag(anna, "ad_hominem");
    s.flag(bram, "ad_hominem");
    REQUIRE(run.press(GLFW_KEY_J) == 2);  // both flags of the group confirmed
    for (const auto& flag : run.state().flags) CHECK(flag.outcome == core::FlagOutcome::confirmed);

    REQUIRE(run.press(GLFW_KEY_P) == 1);  // pause
    CHECK(run.state().turn(run.state().current_turn)->paused());
    REQUIRE(run.press(GLFW_KEY_P) == 1);  // resume
    s.wait(30'000);
    REQUIRE(run.press(GLFW_KEY_E) == 1);  // end the turn
    CHECK(run.state().current_turn.is_none());

    REQUIRE(run.press(GLFW_KEY_S) == 1);  // open a secret poll
    REQUIRE_FALSE(run.state().open_poll.is_none());
    s.cast_ballot(anna, core::Side::voor);
    s.cast_ballot(daan, core::Side::tegen);
    s.cast_ballot(eva, core::Side::tegen);
    REQUIRE(run.press(GLFW_KEY_S) == 1);  // close it
    CHECK(run.state().open_poll.is_none());
    CHECK(run.state().polls.back().count(core::Side::tegen) == 2);

    REQUIRE(run.press(GLFW_KEY_V) == 1);  // the closing position
    REQUIRE(run.state().statement(core::StatementId{1})->closing);
    CHECK(run.press(GLFW_KEY_E, true) == 1);  // Ctrl+E closes the statement
    CHECK(run.state().statement(core::StatementId{1})->status == core::StatementStatus::closed);
    CHECK(run.press(GLFW_KEY_O) == 0);  // no statement left to open
}
