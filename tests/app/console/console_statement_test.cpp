// The statement panel: the statement large, its opening position (fixed by itself or by
// the gespreksleider), closing it and adding the next.
#include "tests/app/console/console_panel_fixture.hpp"

TEST_CASE("the statement panel says the opening position fixes itself, then how it was fixed, and offers fixing it "
          "again until someone speaks",
          "[console][floor]") {
    // Issue "A real training day": a fresh console showed only "Leg de beginpositie vast",
    // and nothing said that forgetting it lost every crossing.
    tests::ConsoleScene scene;
    auto& s = scene.session();
    s.open_statement();
    const auto anna = s.join("Anna");
    s.take_seat(anna, core::Side::voor);
    Panel statement{scene, app::draw_console_statement};
    const auto& record = statement.show();
    INFO(record.texts());
    CHECK(record.find(ItemKind::text, "Beginpositie nog niet vastgelegd. Dat gebeurt vanzelf bij de eerste beurt, of bij "
                                      "de eerste wissel vanaf 1:00 na het openen."));
    CHECK(record.find(ItemKind::button, "Leg de beginpositie vast"));

    SECTION("fixed by the gespreksleider: it can be fixed again until a turn starts") {
        s.wait(15'000);
        s.fix(core::PositionKind::opening);
        statement.show();
        CHECK(record.find(ItemKind::text, "Vastgelegd door de gespreksleider, 0:15 na het openen."));
        statement.click(record.find(ItemKind::button, "Leg de beginpositie opnieuw vast"));
        CHECK(only_command<core::FixPosition>(scene.actions).kind == core::PositionKind::opening);
        s.give_floor(anna);
        statement.show();
        CHECK_FALSE(record.find(ItemKind::button, "Leg de beginpositie opnieuw vast"));
    }
    SECTION("fixed by itself at the first turn") {
        s.wait(90'000);
        s.give_floor(anna);
        statement.show();
        CHECK(record.find(ItemKind::text, "Vanzelf vastgelegd bij de eerste beurt, 1:30 na het openen."));
        CHECK_FALSE(record.find(ItemKind::button, "Leg de beginpositie opnieuw vast"));
        CHECK_FALSE(record.find(ItemKind::button, "Leg de beginpositie vast"));
    }
}

TEST_CASE("the statement panel shows the statement large, fixes positions, closes, opens the next and adds",
          "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.ui.statement.manage_open = true;  // "Stelling beheren", folded while it runs
    Panel statement{scene, app::draw_console_statement};
    const auto& record = statement.show();
    INFO(record.texts());
    CHECK(record.find(ItemKind::text, "Stelling 1 van 2"));
    CHECK(record.find(ItemKind::text, "Het zwembad in Vriezenveen moet dicht"));
    CHECK(record.find(ItemKind::text, "Open"));
    // The opening position: Fatima still sat on voor then.
    const auto* opening = record.find(ItemKind::text, "Beginpositie");
    REQUIRE(opening);
    CHECK(follows(record, "Beginpositie", "Voor 4"));
    CHECK(follows(record, "Beginpositie", "Tegen 3"));
    CHECK(follows(record, "Beginpositie", "Twijfel 0"));
    CHECK(record.find(ItemKind::text, "Hierna: stelling 2, \u2018Inwoners beslissen zelf over het wijkbudget\u2019"));

    statement.click(record.find(ItemKind::button, "Leg de eindpositie vast"));
    CHECK(only_command<core::FixPosition>(scene.actions).kind == core::PositionKind::closing);
    scene.actions.clear();
    scene.session().lead(core::FixPosition{core::PositionKind::closing});
    statement.show();
    CHECK_FALSE(record.find(ItemKind::button, "Leg de eindpositie vast"));
    CHECK(follows(record, "Eindpositie", "Voor 3"));
    CHECK(follows(record, "Eindpositie", "Twijfel 1"));
    statement.click(record.find(ItemKind::button, "Sluit de stelling"));
    only_command<core::CloseStatement>(scene.actions);
    scene.actions.clear();

    scene.ui.statement.new_statement = "Elke wijk krijgt een eigen buurthuis";
    statement.show();
    statement.click(record.find(ItemKind::button, "Voeg toe"));
    CHECK(only_command<core::AddStatement>(scene.actions).text == "Elke wijk krijgt een eigen buurthuis");
    CHECK(scene.ui.statement.new_statement.empty());
    scene.actions.clear();

    // Between statements the next one is shown, ready to open.
    scene.session().lead(core::CloseStatement{});
    statement.show();
    CHECK(record.find(ItemKind::text, "Stelling 2 van 2"));
    CHECK(record.find(ItemKind::text, "Nog niet geopend"));
    statement.click(record.find(ItemKind::button, "Open stelling 2"));
    CHECK(only_command<core::OpenStatement>(scene.actions).statement == core::StatementId{2});
}
