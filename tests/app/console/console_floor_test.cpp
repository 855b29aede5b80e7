#include <catch2/catch.hpp>

#include "tests/app/console/console_panel_fixture.hpp"

TEST_CASE("the queue suggests the next speaker with the reason, and one click gives the floor", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel queue{scene, app::draw_console_queue};
    const auto& record = queue.show();
    INFO(record.texts());
    CHECK(record.find(ItemKind::text, "Handen omhoog (2)"));
    CHECK(record.find(ItemKind::text, "Voor is aan de beurt; Carla heeft nog niet gesproken"));
    CHECK(under(record, "Carla", "nog niet gesproken"));
    CHECK(under(record, "Fatima", "nog niet gesproken"));

    queue.click(record.find(ItemKind::button, "Geef het woord (G)"));
    CHECK(only_command<core::GiveFloor>(scene.actions).participant == scene.person("Carla"));
    CHECK(only_command<core::GiveFloor>(scene.actions).override_reason.empty());
    // The key does what the click does.
    const auto keyed = app::give_floor_to_suggestion(scene.state());
    REQUIRE(keyed);
    CHECK(std::get<core::GiveFloor>(*keyed).participant == scene.person("Carla"));
}

TEST_CASE("without raised hands the queue has no suggestion", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    for (const char* name : {"Carla", "Fatima"}) scene.session().lead(core::LowerHand{scene.person(name)});
    CHECK_FALSE(app::give_floor_to_suggestion(scene.state()));
    Panel queue{scene, app::draw_console_queue};
    const auto& record = queue.show();
    CHECK(record.find(ItemKind::text, "Nog geen handen omhoog."));
    CHECK_FALSE(record.find(ItemKind::button, "Geef het woord (G)"));
}

TEST_CASE("giving the floor to someone who must wait asks for a reason and records it", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    const auto bram = scene.person("Bram");
    scene.session().accept(bram, core::RaiseHand{});
    Panel queue{scene, app::draw_console_queue};
    const auto& record = queue.show();
    INFO(record.texts());
    CHECK(under(record, "Bram", "wacht nog 1 beurt"));

    queue.click(in_row_of(record, "Bram", ItemKind::button, "Geef woord"));
    CHECK(scene.actions.empty());
    CHECK(scene.ui.queue.override_for == bram);
    CHECK(record.find(ItemKind::text, "Het woord aan Bram geven tegen de regels in?"));
    CHECK(record.find(ItemKind::text, "Bram moet nog 1 beurt wachten."));
    const auto* give = record.find(ItemKind::button, "Geef toch het woord");
    REQUIRE(give);
    CHECK(give->disabled);  // not without a reason

    queue.type("Hij beantwoordt de vraag van Daan");  // the reason field took the keyboard
    queue.click(record.find(ItemKind::button, "Geef toch het woord"));
    const auto command = only_command<core::GiveFloor>(scene.actions);
    CHECK(command.participant == bram);
    CHECK(command.override_reason == "Hij beantwoordt de vraag van Daan");
    CHECK(scene.ui.queue.override_for.is_none());

    // The engine takes it, and the timer shows why the rules were bent.
    scene.session().lead(command);
    queue.panel = app::draw_console_timer;
    CHECK(queue.show().find(ItemKind::text, "Tegen de regels in het woord gegeven: Hij beantwoordt de vraag van Daan"));
}

TEST_CASE("giving the floor to someone on the other bench while voor is up asks for a reason; cancel sends nothing",
          "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.session().accept(scene.person("Eva"), core::RaiseHand{});
    Panel queue{scene, app::draw_console_queue};
    const auto& record = queue.show();
    INFO(record.texts());
    queue.click(in_row_of(record, "Eva", ItemKind::button, "Geef woord"));
    INFO(record.texts());
    CHECK(record.find(ItemKind::text, "Voor is aan de beurt en Eva zit bij Tegen."));
    queue.click(record.find(ItemKind::button, "Annuleer"));
    CHECK(scene.actions.empty());
    CHECK(scene.ui.queue.override_for.is_none());
    CHECK_FALSE(record.find(ItemKind::button, "Geef toch het woord"));
}

TEST_CASE("giving the floor to another person of the side that is up needs no reason", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    const auto anna = scene.person("Anna");
    scene.session().accept(anna, core::RaiseHand{});
    Panel queue{scene, app::draw_console_queue};
    const auto& record = queue.show();
    queue.click(in_row_of(record, "Anna", ItemKind::button, "Geef woord"));
    const auto command = only_command<core::GiveFloor>(scene.actions);
    CHECK(command.participant == anna);
    CHECK(command.override_reason.empty());
}

TEST_CASE("a hand is lowered from the queue", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel queue{scene, app::draw_console_queue};
    const auto& record = queue.show();
    queue.click(in_row_of(record, "Fatima", ItemKind::button, "\u2715"));
    CHECK(only_command<core::LowerHand>(scene.actions).participant == scene.person("Fatima"));
}

TEST_CASE("the timer counts down on the host's clock, warns near the end and runs into overtime", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel timer{scene, app::draw_console_timer};
    {
        const auto& record = timer.show();
        INFO(record.texts());
        CHECK(record.find(ItemKind::text, "Daan"));
        CHECK(record.find(ItemKind::text, "Tegen"));
        CHECK(record.find(ItemKind::text, "0:40"));  // 60 s, 20 s spoken
        CHECK_FALSE(record.shows("Bijna klaar"));
        CHECK_FALSE(record.shows("Over de tijd"));
    }
    timer.later_ms = 25'000;
    {
        const auto& record = timer.show();
        INFO(record.texts());
        CHECK(record.find(ItemKind::text, "0:15"));
        CHECK(record.find(ItemKind::text, "Bijna klaar"));
        // Per side: Bram's 40 s for voor, Daan's running 45 s for tegen.
        CHECK(record.find(ItemKind::text, "0:40"));
        CHECK(record.find(ItemKind::text, "0:45"));
        CHECK(record.find(ItemKind::text, "Daan sprak in totaal 0:45, in 1 beurt."));
    }
    timer.later_ms = 45'000;
    {
        const auto& record = timer.show();
        INFO(record.texts());
        CHECK(record.find(ItemKind::text, "+0:05"));
        CHECK(record.find(ItemKind::text, "Over de tijd"));
        CHECK_FALSE(record.shows("Bijna klaar"));
    }
}

TEST_CASE("pause, resume and end turn: one key and one click do the same", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    auto command = app::pause_or_resume(scene.state());
    REQUIRE(command);
    CHECK(std::holds_alternative<core::PauseTurn>(*command));

    Panel timer{scene, app::draw_console_timer};
    const auto& record = timer.show();
    timer.click(record.find(ItemKind::button, "Pauzeer (P)"));
    CHECK(only_command<core::PauseTurn>(scene.actions).reason == core::PauseReason::facilitator);
    scene.actions.clear();

    scene.session().lead(core::PauseTurn{});
    command = app::pause_or_resume(scene.state());
    REQUIRE(command);
    CHECK(std::holds_alternative<core::ResumeTurn>(*command));
    timer.later_ms = 30'000;  // a paused clock stands still
    timer.show();
    INFO(record.texts());
    CHECK(record.find(ItemKind::text, "Gepauzeerd"));
    CHECK(record.find(ItemKind::text, "0:40"));
    CHECK_FALSE(record.shows("0:10"));
    timer.click(record.find(ItemKind::button, "Hervat (P)"));
    only_command<core::ResumeTurn>(scene.actions);
    scene.actions.clear();

    timer.click(record.find(ItemKind::button, "Beëindig beurt (E)"));
    only_command<core::EndTurn>(scene.actions);
    scene.session().lead(core::EndTurn{});
    CHECK_FALSE(app::pause_or_resume(scene.state()));
    timer.show();
    CHECK(record.find(ItemKind::text, "Beurt afgelopen"));
    CHECK(record.find(ItemKind::button, "Pauzeer (P)")->disabled);
}

TEST_CASE("the room says who is here now beside who is in the session", "[console][floor][presence]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel room{scene, app::draw_console_room, 480};
    // Not known (a replay): everyone in the session counts.
    CHECK(room.show().shows(scene.texts("console.floor.room.summary", {{"present", "7"}, {"hands", "2"}})));
    // Two phones still connected, and Gerrit (no device) is here whatever his phone does.
    scene.presence = proto::Presence{{scene.person("Anna"), scene.person("Daan")}, {}};
    const auto& record = room.show();
    INFO(record.texts());
    CHECK(record.shows(
        scene.texts("console.floor.room.summary_live", {{"present", "3"}, {"in_session", "7"}, {"hands", "2"}})));
}

TEST_CASE("the room seats everyone on their bench and marks the speaker, hands and who just crossed",
          "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel room{scene, app::draw_console_room, 480};
    const auto& record = room.show();
    INFO(record.texts());
    const auto* voor = record.find(ItemKind::text, "Voor 3");
    const auto* twijfel = record.find(ItemKind::text, "Twijfel 1");
    const auto* tegen = record.find(ItemKind::text, "Tegen 3");
    REQUIRE(voor);
    REQUIRE(twijfel);
    REQUIRE(tegen);
    CHECK(voor->min.x < twijfel->min.x);
    CHECK(twijfel->min.x < tegen->min.x);
    const auto on_bench = [&](const char* name, const RecordedItem* header) {
        const auto* tile = record.find(ItemKind::button, name);
        return tile && tile->min.x <= header->centre().x && header->centre().x <= tile->max.x;
    };
    for (const char* name : {"Anna", "Bram", "Carla"}) CHECK(on_bench(name, voor));
    CHECK(on_bench("Fatima", twijfel));
    for (const char* name : {"Daan", "Eva", "Gerrit"}) CHECK(on_bench(name, tegen));

    const auto* crossed = record.find(ItemKind::text, "\u2190 overgestoken");
    REQUIRE(crossed);
    CHECK(inside(*crossed, *record.find(ItemKind::button, "Fatima")));
    CHECK(count_of(record, "\u2190 overgestoken") == 1);
    CHECK(inside(*record.find(ItemKind::text, "spreekt"), *record.find(ItemKind::button, "Daan")));
    CHECK(inside(*record.find(ItemKind::text, "zonder apparaat"), *record.find(ItemKind::button, "Gerrit")));
    // The place in the queue, "hand 2", or "↑2" beside a name that needs the room.
    const auto hand_shown = [&](const char* name, int place) {
        const auto* tile = record.find(ItemKind::button, name);
        const std::string full = "hand " + std::to_string(place);
        const std::string short_form = "\u2191" + std::to_string(place);
        return tile && std::any_of(record.items().begin(), record.items().end(), [&](const RecordedItem& item) {
                   return (item.text == full || item.text == short_form) && inside(item, *tile);
               });
    };
    CHECK(hand_shown("Carla", 1));
    CHECK(hand_shown("Fatima", 2));
    CHECK_FALSE(hand_shown("Anna", 1));

    // A minute after the crossing the marker is gone.
    room.later_ms = 41'000;
    room.show();
    CHECK_FALSE(record.shows("overgestoken"));
}

TEST_CASE("the room header counts the hands as a Dutch user says it, 2 handen, 1 hand, 0 handen omhoog",
          "[console][floor]") {
    for (const auto language : {core::Language::nl, core::Language::en}) {
        tests::ConsoleScene scene(language);
        scene.debate_in_progress();  // hands up: Carla, then Fatima
        const bool nl = language == core::Language::nl;
        Panel room{scene, app::draw_console_room, 480};
        CHECK(room.show().shows(nl ? "7 aanwezig \u00b7 2 handen omhoog" : "7 present \u00b7 2 hands raised"));
        scene.session().lead(core::LowerHand{scene.person("Carla")});
        INFO(room.show().texts());
        CHECK(room.record().shows(nl ? "7 aanwezig \u00b7 1 hand omhoog" : "7 present \u00b7 1 hand raised"));
        scene.session().lead(core::LowerHand{scene.person("Fatima")});
        CHECK(room.show().shows(nl ? "7 aanwezig \u00b7 0 handen omhoog" : "7 present \u00b7 0 hands raised"));
    }
}

TEST_CASE("clicking a tile in the room opens that person in the people tab", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    Panel room{scene, app::draw_console_room, 480};
    const auto& record = room.show();
    room.click(record.find(ItemKind::button, "Eva"));
    CHECK(scene.ui.people.selected == scene.person("Eva"));
    CHECK(scene.ui.tab == app::ConsoleTab::people);
    CHECK(scene.actions.empty());
}

TEST_CASE("the people panel seats, raises a hand, renames, removes after confirming, adds and locks",
          "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    const auto gerrit = scene.person("Gerrit");
    scene.ui.people.selected = gerrit;
    Panel people{scene, app::draw_console_people};
    const auto& record = people.show();
    INFO(record.texts());
    CHECK(scene.ui.people.rename_to == "Gerrit");
    CHECK(record.find(ItemKind::text, "Tegen \u00b7 zonder apparaat"));

    people.click(record.find(ItemKind::button, "Voor"));
    CHECK(only_command<core::TakeSeat>(scene.actions).participant == gerrit);
    CHECK(only_command<core::TakeSeat>(scene.actions).side == core::Side::voor);
    scene.actions.clear();

    people.click(record.find(ItemKind::button, "Steek de hand op"));
    CHECK(only_command<core::RaiseHand>(scene.actions).participant == gerrit);
    scene.actions.clear();

    scene.ui.people.rename_to = "Gerrit Jan";
    people.show();
    people.click(record.find(ItemKind::button, "Wijzig"));
    const auto rename = only_command<core::RenameParticipant>(scene.actions);
    CHECK(rename.participant == gerrit);
    CHECK(rename.name == "Gerrit Jan");
    scene.actions.clear();

    people.click(record.find(ItemKind::button, "Verwijder uit de sessie"));
    CHECK(scene.actions.empty());
    CHECK(record.find(ItemKind::text, "Gerrit wordt uit de sessie gehaald. Weet je het zeker?"));
    people.click(record.find(ItemKind::button, "Annuleer"));
    CHECK(scene.actions.empty());
    CHECK_FALSE(record.shows("Weet je het zeker?"));
    people.click(record.find(ItemKind::button, "Verwijder uit de sessie"));
    people.click(record.find(ItemKind::button, "Ja, verwijder"));
    CHECK(only_command<core::RemoveParticipant>(scene.actions).participant == gerrit);
    scene.actions.clear();

    scene.ui.people.new_person = "Hanna";
    people.show();
    people.click(record.find(ItemKind::button, "Voeg toe"));
    CHECK(only_command<core::AddPerson>(scene.actions).name == "Hanna");
    CHECK(scene.ui.people.new_person.empty());
    scene.actions.clear();

    people.click(record.find(ItemKind::button, "Zet de zaal op slot"));
    CHECK(only_command<core::LockRoom>(scene.actions).locked);
    scene.actions.clear();
    scene.session().lead(core::LockRoom{true});
    people.show();
    CHECK(record.find(ItemKind::text, "De zaal is op slot: niemand kan nog aansluiten."));
    people.click(record.find(ItemKind::button, "Open de zaal"));
    CHECK_FALSE(only_command<core::LockRoom>(scene.actions).locked);
}

TEST_CASE("the people panel lists removed participants greyed, without actions", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    const auto eva = scene.person("Eva");
    scene.session().lead(core::RemoveParticipant{eva});
    scene.ui.people.selected = eva;
    Panel people{scene, app::draw_console_people};
    const auto& record = people.show();
    INFO(record.texts());
    CHECK(record.find(ItemKind::option, "Eva"));
    CHECK(record.find(ItemKind::text, "verwijderd"));
    CHECK_FALSE(record.find(ItemKind::button, "Verwijder uit de sessie"));
    CHECK_FALSE(record.find(ItemKind::button, "Steek de hand op"));
    // Clicking another row selects that person.
    people.click(record.find(ItemKind::option, "Bram"));
    CHECK(scene.ui.people.selected == scene.person("Bram"));
}

TEST_CASE("the floor panels speak English", "[console][floor]") {
    tests::ConsoleScene scene(core::Language::en);
    scene.debate_in_progress();
    scene.ui.statement.manage_open = true;  // "Manage the statement", folded while it runs
    tests::HeadlessUi headless(ImVec2(1280, 3000));
    headless.settle([&] { draw_all(scene, 480); });
    const auto& record = headless.record();
    INFO(record.texts());
    for (const char* text : {"Statement 1 of 2", "Opening position", "Close the statement", "Speaking time per side",
                             "Pause (P)", "End turn (E)", "Raised hands (2)", "For is up; Carla has not spoken yet",
                             "Give the floor (G)", "has not spoken yet", "\u2190 crossed over", "For 3",
                             "Lock the room", "Add someone without a device"})
        CHECK(record.shows(text));
    CHECK_FALSE(record.shows("console.floor."));
    CHECK(record.missing_glyphs().empty());
}

TEST_CASE("the floor panels draw every glyph, narrow and wide, in Dutch", "[console][floor]") {
    tests::ConsoleScene scene;
    scene.debate_in_progress();
    scene.session().accept(scene.person("Bram"), core::RaiseHand{});
    scene.ui.queue.override_for = scene.person("Bram");
    scene.ui.people.selected = scene.person("Gerrit");
    scene.ui.people.confirm_remove = true;
    for (const float width : {360.0f, 700.0f}) {
        tests::HeadlessUi headless(ImVec2(1280, 3000));
        headless.settle([&] { draw_all(scene, width, 45'000); });
        const auto& record = headless.record();
        INFO(record.texts());
        CHECK(record.shows("Beëindig beurt (E)"));
        CHECK(record.shows("+0:05"));
        CHECK_FALSE(record.shows("console.floor."));
        CHECK(record.missing_glyphs().empty());
        CHECK(record.windows() == std::vector<std::string>{"Console"});
    }
}

TEST_CASE("a room of 200 participants draws, its lists bounded", "[console][floor]") {
    tests::ConsoleScene scene;
    auto& session = scene.session();
    std::vector<core::ParticipantId> people;
    for (int i = 1; i <= 200; ++i) people.push_back(session.join("Deelnemer " + std::to_string(i)));
    session.open_statement("Het zwembad in Vriezenveen moet dicht");
    const core::Side sides[] = {core::Side::voor, core::Side::tegen, core::Side::twijfel};
    for (std::size_t i = 0; i < people.size(); ++i) session.take_seat(people[i], sides[i % 3]);
    for (std::size_t i = 0; i < 40; ++i) session.accept(people[i * 5], core::RaiseHand{});
    session.give_floor(people[0]);
    session.wait(10'000);
    session.take_seat(people[7], core::Side::voor);

    tests::HeadlessUi headless(ImVec2(1280, 3000));
    headless.settle([&] { draw_all(scene, 500); });
    const auto& record = headless.record();
    CHECK(record.shows("Voor 68"));
    CHECK(record.shows("Tegen 66"));
    CHECK(record.shows("Twijfel 66"));
    CHECK(record.shows("Handen omhoog (39)"));
    CHECK(record.missing_glyphs().empty());
    CHECK(record.find(ItemKind::button, "Deelnemer 1"));
    CHECK_FALSE(record.find(ItemKind::button, "Deelnemer 199"));  // scrolled out of sight, not drawn

    // Each list scrolls instead of growing: no panel is taller than a console's screen.
    for (const app::ConsolePanel panel : {app::draw_console_queue, app::draw_console_room, app::draw_console_people}) {
        headless.settle([&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("Console", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            panel(scene.frame(), scene.ui, scene.actions, 500);
            ImGui::End();
        });
        float top = 1e9f;
        float bottom = 0;
        for (const auto& item : headless.record().items()) {
            top = std::min(top, item.min.y);
            bottom = std::max(bottom, item.max.y);
        }
        CHECK(bottom - top < 800);
    }
    CHECK(scene.actions.empty());
}
