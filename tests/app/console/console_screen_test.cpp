#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include <GLFW/glfw3.h>

#include "app/console/console_keys.hpp"
#include "app/console/console_panels.hpp"
#include "app/console/projector/projector_screen.hpp"
#include "app/ui/qr_code.hpp"
#include "tests/app/console/console_scene.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;

namespace {

// The console's whole window, drawn at the scene's clock plus `later_ms`.
auto screen(tests::ConsoleScene& scene, core::Millis later_ms = 0) { return scene.console_screen(later_ms); }

template <class Body>
int count_of(const std::vector<core::CommandBody>& commands) {
    return static_cast<int>(std::count_if(commands.begin(), commands.end(),
                                          [](const core::CommandBody& body) { return std::holds_alternative<Body>(body); }));
}

}  // namespace

TEST_CASE("the console shows every panel of a debate under way, with no debug window and no missing glyph",
          "[console][screen]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen(scene));
    const auto& record = ui.record();
    INFO(record.texts());
    CHECK(record.windows() == std::vector<std::string>{"Lagerhuis console"});
    CHECK(record.shows("Het zwembad in Vriezenveen moet dicht"));  // statement
    CHECK(record.shows("0:40"));                                   // Daan's 60 s, 20 s used
    for (const char* name : {"Anna", "Bram", "Carla", "Daan", "Eva", "Fatima", "Gerrit"}) CHECK(record.shows(name));
    CHECK(record.shows("Zaal"));
    CHECK(record.find(ItemKind::button, "Meldingen (2)"));  // two pending flags
    CHECK(record.find(ItemKind::button, "Mensen (7)"));
    CHECK(record.shows("482913"));                          // the session code in the top bar
    CHECK(record.missing_glyphs().empty());
}

TEST_CASE("the console's tabs switch the right column", "[console][screen]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen(scene));
    const auto* join_tab = ui.record().find(ItemKind::button, "Meedoen");
    REQUIRE(join_tab);
    const ImVec2 where = join_tab->centre();
    ui.click(where, screen(scene));
    ui.settle(screen(scene));
    CHECK(scene.ui.tab == app::ConsoleTab::join);
    INFO(ui.record().texts());
    CHECK(ui.record().shows("http://192.168.1.20:8080/?code=482913"));
    CHECK(ui.record().shows("QR http://192.168.1.20:8080/?code=482913"));
    CHECK_FALSE(ui.record().shows("kiwi-tafel-93"));  // the co-facilitator secret waits until asked
}

TEST_CASE("one key gives the floor to the suggested speaker, as the queue's button does", "[console][keys]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen(scene));
    ui.press(GLFW_KEY_G, false, screen(scene));
    const auto commands = tests::commands_in(scene.actions);
    REQUIRE(count_of<core::GiveFloor>(commands) == 1);
    const auto expected = app::give_floor_to_suggestion(scene.state());
    REQUIRE(expected);
    CHECK(std::get<core::GiveFloor>(commands.front()).participant ==
          std::get<core::GiveFloor>(*expected).participant);
}

TEST_CASE("P pauses the running turn, E ends it, J confirms the oldest flags, Ctrl+Z undoes", "[console][keys]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen(scene));
    ui.press(GLFW_KEY_P, false, screen(scene));
    ui.press(GLFW_KEY_E, false, screen(scene));
    ui.press(GLFW_KEY_J, false, screen(scene));
    ui.press(GLFW_KEY_Z, true, screen(scene));
    const auto commands = tests::commands_in(scene.actions);
    CHECK(count_of<core::PauseTurn>(commands) == 1);
    CHECK(count_of<core::EndTurn>(commands) == 1);
    CHECK(count_of<core::DecideFlag>(commands) == 2);  // Eva's and Anna's flag: one group
    for (const auto& command : commands)
        if (const auto* decide = std::get_if<core::DecideFlag>(&command))
            CHECK(decide->outcome == core::FlagOutcome::confirmed);
    CHECK(count_of<core::Undo>(commands) == 1);
    // Z without Ctrl is not undo.
    scene.actions.clear();
    ui.press(GLFW_KEY_Z, false, screen(scene));
    CHECK(tests::commands_in(scene.actions).empty());
}

TEST_CASE("letters typed into a field are text, not shortcuts", "[console][keys]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 1200));  // the tagging note in view
    ui.settle(screen(scene));
    const auto* field = ui.record().find(ItemKind::input, "Kort: wat werd er gezegd?");  // the tagging note
    REQUIRE(field);
    REQUIRE(field->in_view());
    const ImVec2 where = field->centre();  // the record is redrawn by the click
    ui.click(where, screen(scene));
    REQUIRE(ImGui::GetIO().WantTextInput);
    ui.press(GLFW_KEY_G, false, screen(scene));
    ui.press(GLFW_KEY_E, false, screen(scene));
    CHECK(tests::commands_in(scene.actions).empty());
}

TEST_CASE("F1 shows every shortcut with what it does, and Esc closes the list", "[console][keys]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen(scene));
    ui.press(GLFW_KEY_F1, false, screen(scene));
    ui.settle(screen(scene));
    REQUIRE(scene.ui.shortcuts_open);
    for (const auto& shortcut : app::console_shortcuts()) {
        CHECK(ui.record().shows(shortcut.label));
        CHECK(ui.record().shows(scene.texts(shortcut.text)));
    }
    ui.press(GLFW_KEY_ESCAPE, false, screen(scene));
    CHECK_FALSE(scene.ui.shortcuts_open);
}

TEST_CASE("the console speaks English when asked, every label from the catalog", "[console][screen]") {
    tests::ConsoleScene scene(core::Language::en);
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen(scene));
    INFO(ui.record().texts());
    CHECK(ui.record().find(ItemKind::button, "Flags (2)"));
    CHECK(ui.record().shows("Room"));
    CHECK_FALSE(ui.record().shows("Meldingen"));
    // No key of the catalog shows up raw (a missing text renders as its key).
    for (const auto& item : ui.record().items()) CHECK(item.text.rfind("console.", 0) == std::string::npos);
}

TEST_CASE("the projector shows the statement, the speaker, the clock and the benches, and nothing private",
          "[console][projector]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1280, 720));
    ui.settle([&] { app::draw_projector_screen(scene.frame()); });
    const auto& record = ui.record();
    INFO(record.texts());
    CHECK(record.shows("Het zwembad in Vriezenveen moet dicht"));
    CHECK(record.shows("Daan"));
    CHECK(record.shows("0:40"));
    CHECK(record.shows("Voor 3"));   // Anna, Bram, Carla
    CHECK(record.shows("Tegen 3"));  // Daan, Eva, Gerrit
    // The room is open: the QR code and the code; never the secret, flags or who flagged.
    CHECK(record.shows("QR http://192.168.1.20:8080/?code=482913"));
    CHECK(record.shows("482913"));
    CHECK_FALSE(record.shows("kiwi-tafel-93"));
    CHECK_FALSE(record.shows("Eva"));
    CHECK_FALSE(record.shows("Anna"));
    CHECK_FALSE(record.shows("Op de man"));
    CHECK(record.missing_glyphs().empty());
}

TEST_CASE("the projector's clock turns to overtime, and a locked room shows no QR code", "[console][projector]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.session().lead(core::LockRoom{true});
    tests::HeadlessUi ui(ImVec2(1280, 720));
    ui.settle([&] { app::draw_projector_screen(scene.frame(45'000)); });  // 65 s of 60
    INFO(ui.record().texts());
    CHECK(ui.record().shows("+0:05"));
    CHECK_FALSE(ui.record().shows("QR "));
}

TEST_CASE("a confirmed drogreden shows on the projector as a teaching card for ten seconds, naming nobody",
          "[console][projector]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1920, 1080), 1.0f, app::projector_font_sizes);
    ui.settle([&] { app::draw_projector_screen(scene.frame()); });
    CHECK_FALSE(ui.record().shows("Drogreden:"));  // Eva's and Anna's flags are still pending

    scene.session().lead(core::DecideFlag{scene.state().flags.front().id, core::FlagOutcome::confirmed});
    ui.settle([&] { app::draw_projector_screen(scene.frame(2'000)); });
    INFO(ui.record().texts());
    CHECK(ui.record().shows("Drogreden: Op de man spelen"));
    // The scene's catalog names its rules "Regel N" and explains each drogreden briefly.
    CHECK(ui.record().shows("Regel 1: Regel 1"));
    CHECK(ui.record().shows("Op de man spelen: uitleg"));
    CHECK(ui.record().shows("Het zwembad in Vriezenveen moet dicht"));  // drawn first, the card over it
    CHECK_FALSE(ui.record().shows("Eva"));
    CHECK_FALSE(ui.record().shows("Anna"));
    CHECK(ui.record().missing_glyphs().empty());

    ui.settle([&] { app::draw_projector_screen(scene.frame(10'500)); });
    CHECK_FALSE(ui.record().shows("Drogreden:"));
}

// Read from 10 metres: by the signage rule of thumb (a letter legible at 200 times its
// height) that is a cap height of 5 cm, 1/30 of a 1.5 m high image; the clock twice that.
// DejaVu Sans's capitals are 0.73 of its pixel size.
TEST_CASE("the projector's statement, speaker, clock and benches are big enough for the back row at 1920x1080",
          "[console][projector]") {
    constexpr float cap_height = 0.73f;
    constexpr float screen_height = 1080;
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1920, screen_height), 1.0f, app::projector_font_sizes);
    ui.settle([&] { app::draw_projector_screen(scene.frame()); });
    const auto& record = ui.record();
    INFO(record.texts());
    const auto cap_share = [&](std::string_view text) {
        for (const auto& item : record.items())
            if (item.text.find(text) != std::string::npos) return item.font_size * cap_height / screen_height;
        FAIL("not on the projector: " << text);
        return 0.0f;
    };
    CHECK(cap_share("Het zwembad in Vriezenveen moet dicht") >= 1.0f / 30);
    CHECK(cap_share("Daan") >= 1.0f / 30);
    CHECK(cap_share("Voor 3") >= 1.0f / 30);
    CHECK(cap_share("Tegen 3") >= 1.0f / 30);
    CHECK(cap_share("0:40") >= 1.0f / 15);
}

TEST_CASE("a join address becomes a QR code with its finder patterns in three corners", "[console][qr]") {
    const app::QrCode code("http://192.168.1.10:8080/?code=123456");
    REQUIRE_FALSE(code.empty());
    CHECK(code.size() == 29);  // version 3 at error correction M
    // A finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 centre.
    const auto finder_at = [&](int left, int top) {
        for (int y = 0; y < 7; ++y)
            for (int x = 0; x < 7; ++x) {
                const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                if (code.dark(left + x, top + y) != (ring || centre)) return false;
            }
        return true;
    };
    CHECK(finder_at(0, 0));
    CHECK(finder_at(code.size() - 7, 0));
    CHECK(finder_at(0, code.size() - 7));
    CHECK_FALSE(finder_at(code.size() - 7, code.size() - 7));
    CHECK(&app::cached_qr_code(code.text()) == &app::cached_qr_code(code.text()));
}

TEST_CASE("a running clock wakes the console once a second, when its display changes; a paused one never",
          "[console][screen]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();  // Daan: 60 s, 20 s spoken, running
    CHECK(app::console_redraw_in(scene.frame()) == 1'001);     // 40.000 s left: "0:40" until 39.999
    CHECK(app::console_redraw_in(scene.frame(250)) == 751);    // 39.750 s left
    CHECK(app::console_redraw_in(scene.frame(45'300)) == 701);  // 5.3 s over: "+0:05" until 6.0 s over
    scene.session().lead(core::PauseTurn{});
    CHECK_FALSE(app::console_redraw_in(scene.frame()));
}
