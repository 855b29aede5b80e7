// The Weergave panel (F6) and its keys: the facilitator sets the console's and the
// projector's text size and high contrast, by mouse or keyboard alone, and the console
// stays usable at the largest size in high contrast.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include <GLFW/glfw3.h>

#include "app/console/console_panels.hpp"
#include "app/console/projector/projector_screen.hpp"
#include "tests/app/console/console_scene.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;

namespace {

std::function<void()> console(tests::ConsoleScene& scene) { return scene.console_screen(); }

// The display changes asked for since the last call; the scene's console carries them
// out as the console app does (the panel shows what the windows show).
std::vector<app::DisplaySettings> take_display_changes(tests::ConsoleScene& scene) {
    std::vector<app::DisplaySettings> changes;
    for (const auto& action : scene.actions)
        if (const auto* change = std::get_if<app::ChangeDisplay>(&action)) changes.push_back(change->display);
    scene.actions.clear();
    if (!changes.empty()) scene.ui.display = changes.back();
    return changes;
}

// The n-th button (0-based, top to bottom, left to right) whose label is `label`.
const app::ui::RecordedItem* nth_button(const app::ui::UiRecord& record, std::string_view label, int n) {
    for (const auto& item : record.items())
        if (item.kind == ItemKind::button && item.text == label && n-- == 0) return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("Ctrl+= and Ctrl+- change the console's text size a step, also while typing", "[console][display][keys]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(console(scene));
    ui.press(GLFW_KEY_EQUAL, true, console(scene));
    auto changes = take_display_changes(scene);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].console_text == 125);
    CHECK(changes[0].projector_text == 100);  // the projector has its own size
    ui.press(GLFW_KEY_MINUS, true, console(scene));
    changes = take_display_changes(scene);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].console_text == 100);
    // At the smallest size, smaller asks for nothing.
    ui.press(GLFW_KEY_MINUS, true, console(scene));
    CHECK(take_display_changes(scene).empty());
}

TEST_CASE("F6 opens the Weergave panel: both text sizes and the contrast, each applied at once",
          "[console][display]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.ui.projector_open = true;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(console(scene));
    ui.press(GLFW_KEY_F6, false, console(scene));
    ui.settle(console(scene));
    REQUIRE(scene.ui.display_open);
    const auto& record = ui.record();
    CHECK(record.shows("Weergave"));
    CHECK(record.shows("Tekst op dit scherm"));
    CHECK(record.shows("Tekst op de projector"));
    CHECK(record.find(ItemKind::button, "Hoog contrast"));

    // The projector's "+" (the second one) makes only the projector's text larger.
    const auto* projector_larger = nth_button(record, "+", 1);
    REQUIRE(projector_larger);
    ui.click(projector_larger->centre(), console(scene));
    auto changes = take_display_changes(scene);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].projector_text == 125);
    CHECK(changes[0].console_text == 100);
    ui.settle(console(scene));
    CHECK(ui.record().shows("125 %"));

    const auto* high = ui.record().find(ItemKind::button, "Hoog contrast");
    REQUIRE(high);
    ui.click(high->centre(), console(scene));
    changes = take_display_changes(scene);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].high_contrast);
    CHECK(changes[0].projector_text == 125);  // kept

    ui.press(GLFW_KEY_ESCAPE, false, console(scene));
    CHECK_FALSE(scene.ui.display_open);
}

TEST_CASE("the Weergave panel works from the keyboard alone: arrows to a control, Space to use it",
          "[console][display][keys]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 900));
    // ImGui's keyboard navigation, on in the real window (app_window.cpp) and off in the
    // other headless tests, which press their keys within one frame.
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui.settle(console(scene));
    ui.press(GLFW_KEY_F6, false, console(scene));
    ui.settle(console(scene));
    // The panel takes the keyboard as it opens, on its first control (the console's "–"):
    // Right is its "+", Space presses it.
    ui.press(GLFW_KEY_RIGHT, false, console(scene));
    ui.press(GLFW_KEY_SPACE, false, console(scene));
    const auto changes = take_display_changes(scene);
    REQUIRE(changes.size() == 1);
    INFO("console " << changes[0].console_text << " projector " << changes[0].projector_text << " high "
                    << changes[0].high_contrast);
    CHECK(changes[0].console_text == 125);
    // Down is the projector's row; Space there changes the projector's size only.
    ui.press(GLFW_KEY_DOWN, false, console(scene));
    ui.press(GLFW_KEY_SPACE, false, console(scene));
    const auto next = take_display_changes(scene);
    REQUIRE(next.size() == 1);
    CHECK(next[0].console_text == 125);
    CHECK(next[0].projector_text == 125);
}

TEST_CASE("in high contrast at 200 % the console still shows a turn's controls whole, and the projector its parts",
          "[console][display][layout]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.ui.display = {.console_text = 200, .projector_text = 200, .high_contrast = true};
    tests::HeadlessUi ui(ImVec2(1920, 1080), 2.0f, {}, app::theme::Contrast::high);
    ui.settle(console(scene));
    INFO(ui.record().texts());
    for (const auto* label : {"Pauzeer (P)", "Beëindig beurt (E)", "Geef het woord (G)"}) {
        const auto* button = ui.record().find(ItemKind::button, label);
        INFO(label);
        REQUIRE(button);
        CHECK(button->in_view());
    }
    CHECK(ui.record().cut_items().empty());

    // 200 % asked for; a 1920×1080 image holds 150 %, and at that everything has its place.
    const float scale = app::projector_fitted_scale(2.0f, 1920, 1080);
    CHECK(scale == Approx(1.5f));
    CHECK(app::projector_fitted_scale(2.0f, 2560, 1440) == Approx(2.0f));
    CHECK(app::projector_fitted_scale(1.5f, 1280, 720) == Approx(1.0f));
    tests::HeadlessUi projector(ImVec2(1920, 1080), scale, app::projector_font_sizes, app::theme::Contrast::high);
    projector.settle([&] { app::draw_projector_screen(scene.frame()); });
    const auto& record = projector.record();
    INFO(record.texts());
    std::string cut;
    for (const auto* item : record.cut_items()) cut += item->text + "\n";
    CHECK(cut == "");
    const auto* clock = record.find(ItemKind::text, "0:40");
    const auto* benches = record.find(ItemKind::text, "Voor 3");
    const auto* speaker = record.find(ItemKind::text, "Daan");
    REQUIRE(clock);
    REQUIRE(benches);
    REQUIRE(speaker);
    CHECK(clock->max.y <= benches->min.y);  // the speaker's panel stays above the benches
    CHECK(speaker->max.y <= benches->min.y);
    CHECK(record.find(ItemKind::text, "Het zwembad in Vriezenveen moet dicht"));
}
