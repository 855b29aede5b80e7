// The console's card for a device asking to take over someone's seat: shown on every tab
// under the top bar, saying whether that person's own device was asked, with allow and
// refuse; what it sends is the answer to that request.
#include "tests/app/console/console_panel_fixture.hpp"

namespace {

void draw_seat_requests(const app::ConsoleFrame& frame, app::ConsoleUiState&, app::ConsoleActions& out, float width) {
    app::draw_console_seat_requests(frame, out, width);
}

TEST_CASE("a device asking for someone's seat is shown with allow and refuse, and the answer names its request",
          "[console][take_over]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel card{scene, draw_seat_requests, 900};
    scene.presence = proto::Presence{{scene.person("Anna")}, {}};
    CHECK(card.show().items().empty());  // nobody asks: nothing drawn

    scene.presence = proto::Presence{{scene.person("Anna")}, {{4, scene.person("Anna")}, {5, scene.person("Bram")}}};
    const auto& record = card.show();
    INFO(record.texts());
    CHECK(record.shows(scene.texts("console.take_over.asked_online", {{"name", "Anna"}})));
    CHECK(record.shows(scene.texts("console.take_over.asked_offline", {{"name", "Bram"}})));
    // Each card's buttons sit under its own text: Bram's "Toestaan" is the first below his.
    const auto* bram_text = record.find(ItemKind::text, scene.texts("console.take_over.asked_offline", {{"name", "Bram"}}));
    REQUIRE(bram_text);
    const RecordedItem* allow_bram = nullptr;
    for (const auto& item : record.items())
        if (item.kind == ItemKind::button && item.text == scene.texts("console.take_over.allow") &&
            item.min.y > bram_text->max.y && (!allow_bram || item.min.y < allow_bram->min.y))
            allow_bram = &item;
    REQUIRE(allow_bram);
    CHECK(count_of(record, scene.texts("console.take_over.refuse")) == 2);
    card.click(allow_bram);
    REQUIRE(scene.actions.size() == 1);
    const auto* answer = std::get_if<app::AnswerTakeOver>(&scene.actions[0]);
    REQUIRE(answer);
    CHECK(answer->request == 5);
    CHECK(answer->allow);
}

TEST_CASE("a console that cannot know who is connected shows no seat requests", "[console][take_over]") {
    tests::ConsoleScene scene;  // a co-facilitator's console: no presence
    scene.debate_in_progress();
    Panel card{scene, draw_seat_requests, 900};
    CHECK(card.show().items().empty());
}

}  // namespace
