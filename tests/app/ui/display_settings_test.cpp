// The facilitator's display choices: the text-size steps Ctrl+= and Ctrl+- walk, and
// settings.ini keeping them, a hand-edited file included.
#include <catch2/catch.hpp>

#include <fstream>

#include "app/ui/display_settings.hpp"
#include "app/window/app_settings.hpp"
#include "tests/store/store_fixture.hpp"

using namespace lagerhuis;

TEST_CASE("text sizes go up and down in steps of 25 % between 100 % and 200 %", "[ui][display]") {
    CHECK(app::larger_text(100) == 125);
    CHECK(app::larger_text(175) == 200);
    CHECK(app::larger_text(200) == 200);
    CHECK(app::smaller_text(125) == 100);
    CHECK(app::smaller_text(100) == 100);
    // From a size between steps, the next step in that direction.
    CHECK(app::larger_text(130) == 150);
    CHECK(app::smaller_text(130) == 125);
    CHECK(app::nearest_text_step(140) == 150);
    CHECK(app::nearest_text_step(20) == 100);
    CHECK(app::nearest_text_step(900) == 200);
}

TEST_CASE("settings.ini keeps the console's and the projector's text size and the contrast", "[ui][display]") {
    tests::TempDir dir;
    const auto file = dir / "settings.ini";
    CHECK(app::load_settings(file).display == app::DisplaySettings{});

    app::AppSettings settings;
    settings.display = {.console_text = 150, .projector_text = 175, .high_contrast = true};
    REQUIRE_FALSE(app::save_settings(file, settings));
    const auto loaded = app::load_settings(file);
    CHECK(loaded.display == settings.display);
    CHECK(loaded.display.contrast() == app::theme::Contrast::high);
}

TEST_CASE("a hand-edited display section is read as far as it makes sense, never refused", "[ui][display]") {
    tests::TempDir dir;
    const auto file = dir / "settings.ini";
    std::ofstream(file) << "[display]\nconsole_text = 130\nprojector_text = groot\nhigh_contrast = ja\n";
    std::string problem;
    const auto loaded = app::load_settings(file, &problem);
    CHECK(problem.empty());
    CHECK(loaded.display.console_text == 125);    // the nearest size offered
    CHECK(loaded.display.projector_text == 100);  // not a number: the default
    CHECK_FALSE(loaded.display.high_contrast);    // only "yes" turns it on, as the file writes it
}
