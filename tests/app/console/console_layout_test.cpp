// The console on the screens facilitators have: a 1366×768 municipal laptop, 1280×720 and
// 1920×1080, each at 100 % and 150 %. While a turn runs, its clock and controls and the
// queue with "Geef het woord" are in view without scrolling, and no text anywhere is
// drawn wider than its place.
#include <catch2/catch.hpp>

#include <string>

#include "app/console/console_keys.hpp"
#include "app/console/console_panels.hpp"
#include "app/console/projector/projector_screen.hpp"
#include "tests/app/console/console_scene.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;

namespace {

struct Screen {
    float width;
    float height;
    float scale;
};

std::string describe(const Screen& screen) {
    return std::to_string(static_cast<int>(screen.width)) + "x" + std::to_string(static_cast<int>(screen.height)) + " at " +
           std::to_string(static_cast<int>(screen.scale * 100)) + " %";
}

void check_in_view(const app::ui::UiRecord& record, ItemKind kind, const std::string& text) {
    const auto* item = record.find(kind, text);
    INFO(text);
    REQUIRE(item);
    INFO("at y " << item->min.y << ".." << item->max.y << ", its column shows y " << item->clip_min.y << ".."
                 << item->clip_max.y);
    CHECK(item->in_view());
}

std::string cut_texts(const app::ui::UiRecord& record) {
    std::string all;
    for (const auto* item : record.cut_items())
        all += item->text + " (x " + std::to_string(static_cast<int>(item->min.x)) + ".." +
               std::to_string(static_cast<int>(item->max.x)) + ", shown to " + std::to_string(static_cast<int>(item->clip_max.x)) +
               ")\n";
    return all;
}

}  // namespace

TEST_CASE("a running turn's controls and the queue are in view on every facilitator's screen, and no text is cut",
          "[console][layout]") {
    const Screen screen = GENERATE(Screen{1366, 768, 1.0f}, Screen{1280, 720, 1.0f}, Screen{1920, 1080, 1.0f},
                                   Screen{1366, 768, 1.5f}, Screen{1280, 720, 1.5f}, Screen{1920, 1080, 1.5f});
    INFO(describe(screen));
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(screen.width, screen.height), screen.scale);
    ui.settle([&] { app::draw_console_screen(scene.frame(), scene.ui, scene.actions); });
    const auto& record = ui.record();
    INFO(record.texts());

    check_in_view(record, ItemKind::text, "0:40");  // Daan's clock
    check_in_view(record, ItemKind::button, "Pauzeer (P)");
    check_in_view(record, ItemKind::button, "Beëindig beurt (E)");
    check_in_view(record, ItemKind::button, "Geef het woord (G)");
    check_in_view(record, ItemKind::text, "Handen omhoog (2)");
    CHECK(cut_texts(record) == "");
}

TEST_CASE("the statement's administration folds away while it runs, and opens when asked", "[console][layout]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    tests::HeadlessUi ui(ImVec2(1440, 1200));
    auto draw = [&] { app::draw_console_screen(scene.frame(), scene.ui, scene.actions); };
    ui.settle(draw);
    CHECK_FALSE(ui.record().find(ItemKind::button, "Sluit de stelling"));
    CHECK_FALSE(ui.record().find(ItemKind::input, "Bijvoorbeeld: Het zwembad moet dicht"));
    const auto* fold = ui.record().find(ItemKind::button, "Stelling beheren");
    REQUIRE(fold);
    ui.click(fold->centre(), draw);
    ui.settle(draw);
    CHECK(ui.record().find(ItemKind::button, "Sluit de stelling"));
    CHECK(ui.record().find(ItemKind::button, "Leg de eindpositie vast"));
}

TEST_CASE("the shortcut list fits the window at every screen size", "[console][layout]") {
    const Screen screen = GENERATE(Screen{1366, 768, 1.0f}, Screen{1920, 1080, 1.0f}, Screen{1366, 768, 1.5f});
    INFO(describe(screen));
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.ui.shortcuts_open = true;
    tests::HeadlessUi ui(ImVec2(screen.width, screen.height), screen.scale);
    ui.settle([&] { app::draw_console_screen(scene.frame(), scene.ui, scene.actions); });
    INFO(ui.record().texts());
    CHECK(cut_texts(ui.record()) == "");
}

TEST_CASE("the co-facilitator secret stays hidden on the join tab until asked", "[console][screen]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.ui.tab = app::ConsoleTab::join;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    auto draw = [&] { app::draw_console_screen(scene.frame(), scene.ui, scene.actions); };
    ui.settle(draw);
    CHECK_FALSE(ui.record().shows("kiwi-tafel-93"));
    const auto* show = ui.record().find(ItemKind::button, "Toon het geheim");
    REQUIRE(show);
    ui.click(show->centre(), draw);
    ui.settle(draw);
    CHECK(ui.record().shows("kiwi-tafel-93"));
    REQUIRE(ui.record().find(ItemKind::button, "Verberg het geheim"));
}

TEST_CASE("the projector labels every occupied bench, a bench of one too", "[console][projector]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();  // Fatima alone on twijfel, six on the others
    tests::HeadlessUi ui(ImVec2(1280, 720));
    ui.settle([&] { app::draw_projector_screen(scene.frame()); });
    INFO(ui.record().texts());
    CHECK(ui.record().shows("Twijfel 1"));
}

TEST_CASE("the projector shows a running poll while people still join, then its result", "[console][projector]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.session().lead(core::OpenPoll{});
    scene.session().accept(scene.person("Anna"), core::CastBallot{scene.person("Anna"), {}, core::Side::voor});
    tests::HeadlessUi ui(ImVec2(1920, 1080));
    ui.settle([&] { app::draw_projector_screen(scene.frame()); });
    INFO(ui.record().texts());
    CHECK(ui.record().shows("Geheime stemming loopt"));
    CHECK(ui.record().shows("QR http://192.168.1.20:8080/?code=482913"));  // the room is open: still the join card
    CHECK_FALSE(ui.record().shows("Voor 1"));  // how people vote stays secret while it runs

    scene.session().lead(core::ClosePoll{});
    ui.settle([&] { app::draw_projector_screen(scene.frame()); });
    INFO(ui.record().texts());
    CHECK(ui.record().shows("Uitslag van de stemming"));
    CHECK(ui.record().shows("Voor 1"));
}
