#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "app/window/app_settings.hpp"
#include "app/ui/fallacy_filter.hpp"
#include "app/participant/participant_panels.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_text.hpp"
#include "proto/asset_files.hpp"
#include "tests/app/ui/headless_ui.hpp"
#include "tests/core/shipped_assets.hpp"
#include "tests/store/store_fixture.hpp"

using namespace lagerhuis;
using app::NoticeArea;
using app::ui::ItemKind;

namespace {

constexpr double host_now = 100'000 + 5'000;  // the turn below has run 5 s of its stretch

app::Texts shipped_texts(core::Language language) {
    auto texts = app::Texts::load(tests::shipped_assets_dir(), language);
    REQUIRE(texts.ok());
    return std::move(texts).value();
}

core::FallacyCatalog shipped_catalog() {
    auto assets = proto::load_session_assets(tests::shipped_assets_dir());
    REQUIRE(assets.ok());
    return assets->catalog;
}

// Bram speaks for voor (60 s, 12 s used before the running stretch); Anna, this
// participant, sits on the tegen bench.
app::ParticipantSnapshot debate_snapshot() {
    app::ParticipantSnapshot snapshot;
    snapshot.phase = app::ParticipantPhase::debate;
    snapshot.connection = app::ConnectionStatus::online;
    snapshot.title = "Participatiekamer";
    snapshot.host = "127.0.0.1:8080";
    proto::ParticipantView view;
    view.session.title = snapshot.title;
    view.statement = proto::StatementSection{core::StatementId{1}, "Het zwembad in Vriezenveen moet dicht.",
                                             core::StatementStatus::active, 1, 2};
    view.turn = proto::TurnSection{core::TurnId{3}, core::ParticipantId{5}, "Bram", core::Side::voor, 60'000, 15'000,
                                   12'000, core::Millis{100'000}, false};
    view.room = proto::RoomSection{3, 4, 1, 2, 8};
    view.arguments = {proto::ArgumentItem{core::ArgumentId{4}, core::TurnId{3}, "Bram", core::Side::voor,
                                          core::ArgumentKind::pro, "Het zwembad kost elk jaar \u20ac 450.000.", 2}};
    snapshot.view = view;
    proto::PersonalView me;
    me.participant = core::ParticipantId{7};
    me.name = "Anna";
    me.seat = core::Side::tegen;
    snapshot.me = me;
    snapshot.catalog = shipped_catalog();
    return snapshot;
}

template <class Command>
std::vector<Command> commands_in(const app::ParticipantActions& actions, NoticeArea area) {
    std::vector<Command> found;
    for (const auto& action : actions)
        if (const auto* command = std::get_if<app::CommandAction>(&action); command && command->area == area)
            if (const auto* body = std::get_if<Command>(&command->body)) found.push_back(*body);
    return found;
}

bool inside(const app::ui::RecordedItem& inner, const app::ui::RecordedItem& outer) {
    return inner.min.x >= outer.min.x && inner.max.x <= outer.max.x && inner.min.y >= outer.min.y &&
           inner.max.y <= outer.max.y;
}

// The screen of one snapshot, as the app draws it each frame.
struct Screen {
    app::ParticipantSnapshot snapshot = debate_snapshot();
    app::Texts texts = shipped_texts(core::Language::nl);
    app::ParticipantUiState ui;
    app::ParticipantActions actions;
    tests::HeadlessUi headless;

    explicit Screen(ImVec2 display = ImVec2(1280, 800)) : headless(display) {}

    std::function<void()> draw() {
        return [this] {
            const app::ParticipantFrame frame{snapshot, texts, host_now};
            app::draw_participant_screen(frame, ui, actions);
        };
    }
    void show() { headless.settle(draw()); }
    void click(const app::ui::RecordedItem* item) {
        REQUIRE(item);
        headless.click(item->centre(), draw());
    }
    const app::ui::UiRecord& record() const { return headless.record(); }
};

}  // namespace

TEST_CASE("the participant screen shows the statement, the speaker with the time left, and the benches") {
    Screen screen;
    screen.show();
    const auto& record = screen.record();
    INFO(record.texts());
    CHECK(record.find(ItemKind::text, "Het zwembad in Vriezenveen moet dicht."));
    CHECK(record.find(ItemKind::text, "Bram"));
    // 60 s − 12 s − 5 s running = 43 s left.
    CHECK(record.find(ItemKind::text, "0:43"));
    CHECK(record.find(ItemKind::text, "3"));
    CHECK(record.find(ItemKind::text, "4"));
    CHECK(record.find(ItemKind::text, "1"));
    CHECK(record.windows() == std::vector<std::string>{"Lagerhuis"});
    CHECK(record.missing_glyphs().empty());
}

TEST_CASE("the participant's own bench is marked, and only that one") {
    Screen screen;
    screen.show();
    const auto& record = screen.record();
    INFO(record.texts());
    const auto* own = record.find(ItemKind::button,
                                  screen.texts("web.benches.button_yours", {{"side", "tegen"}, {"count", "4"}}));
    REQUIRE(own);
    const std::string marker = "\u2713 " + screen.texts("web.benches.yours");
    const auto* shown = record.find(ItemKind::text, marker);
    REQUIRE(shown);
    CHECK(inside(*shown, *own));
    const auto markers = std::count_if(record.items().begin(), record.items().end(),
                                       [&](const auto& item) { return item.text == marker; });
    CHECK(markers == 1);
    CHECK(record.find(ItemKind::button, screen.texts("web.benches.button", {{"side", "voor"}, {"count", "3"}})));
}

TEST_CASE("clicking another bench asks to take a seat there; one's own bench sends nothing") {
    Screen screen;
    screen.show();
    const auto voor = *screen.record().find(ItemKind::button,
                                            screen.texts("web.benches.button", {{"side", "voor"}, {"count", "3"}}));
    const auto tegen = *screen.record().find(
        ItemKind::button, screen.texts("web.benches.button_yours", {{"side", "tegen"}, {"count", "4"}}));
    screen.click(&tegen);
    CHECK(commands_in<core::TakeSeat>(screen.actions, NoticeArea::seat).empty());
    screen.click(&voor);
    const auto seats = commands_in<core::TakeSeat>(screen.actions, NoticeArea::seat);
    REQUIRE(seats.size() == 1);
    CHECK(seats[0].side == core::Side::voor);
    CHECK(seats[0].participant.is_none());
}

TEST_CASE("the countdown is drawn from the turn and the host clock, like the page's") {
    proto::TurnSection turn{core::TurnId{1}, core::ParticipantId{2}, "Bram", core::Side::tegen, 60'000, 15'000, 12'000,
                            core::Millis{100'000}, false};
    CHECK(app::time_left(turn, 105'000.0) == 43'000);
    CHECK(app::time_left(turn, std::nullopt) == 48'000);  // no clock estimate yet: the stretch is not counted
    CHECK(app::format_time_left(43'000) == "0:43");
    CHECK(app::format_time_left(42'001) == "0:43");  // a second shows until it has fully passed
    CHECK(app::format_time_left(60'000) == "1:00");
    CHECK(app::format_time_left(0) == "0:00");
    CHECK(app::format_time_left(-12'500) == "+0:12");
    CHECK(app::format_duration(52'400) == "0:52");
    CHECK(app::turn_phase(turn, 43'000) == app::TurnPhase::normal);
    CHECK(app::turn_phase(turn, 15'000) == app::TurnPhase::warning);
    CHECK(app::turn_phase(turn, -1) == app::TurnPhase::overtime);
    CHECK(app::is_running(turn));
    turn.running_since.reset();
    CHECK(app::is_paused(turn));
    CHECK_FALSE(app::is_running(turn));
    turn.ended = true;
    CHECK(app::turn_phase(turn, 43'000) == app::TurnPhase::ended);
    CHECK_FALSE(app::is_paused(turn));
}

TEST_CASE("a running turn keeps the screen redrawing; a paused one lets it sleep") {
    Screen screen;
    const app::ParticipantFrame running{screen.snapshot, screen.texts, host_now};
    CHECK(app::participant_screen_animates(running));
    screen.snapshot.view->turn->running_since.reset();
    const app::ParticipantFrame paused{screen.snapshot, screen.texts, host_now};
    CHECK_FALSE(app::participant_screen_animates(paused));
    screen.show();
    CHECK(screen.record().shows(screen.texts("web.turn.paused")));
    CHECK(screen.record().find(ItemKind::text, "0:48"));
}

TEST_CASE("a refusal is shown in the participant's language beside its action until dismissed") {
    Screen screen;
    const core::Refusal refusal = core::Refusal(core::ReasonCode::already_seated).with("side", "tegen");
    screen.snapshot.notices[app::index_of(NoticeArea::seat)] = app::Notice{1, app::NoticeTone::problem, refusal};
    screen.show();
    const std::string dutch = screen.texts.refusal(refusal);
    CHECK(dutch.find("already_seated") == std::string::npos);  // a real text, not the code
    CHECK(dutch.find("{side}") == std::string::npos);
    CHECK(screen.record().shows(dutch));

    screen.texts = shipped_texts(core::Language::en);
    screen.show();
    const std::string english = screen.texts.refusal(refusal);
    CHECK(english != dutch);
    CHECK(screen.record().shows(english));
    CHECK_FALSE(screen.record().shows(dutch));

    screen.click(screen.record().find(ItemKind::button, "\u00d7"));
    const bool dismissed = std::any_of(screen.actions.begin(), screen.actions.end(), [](const auto& action) {
        const auto* dismiss = std::get_if<app::DismissAction>(&action);
        return dismiss && dismiss->area == NoticeArea::seat;
    });
    CHECK(dismissed);
}

TEST_CASE("an open poll offers three ballots; a closed one shows the result") {
    Screen screen;
    screen.snapshot.view->poll = proto::PollSection{core::PollId{2}, true, 5, 0, 0, 0, {}};
    screen.show();
    INFO(screen.record().texts());
    CHECK(screen.record().shows(screen.texts("web.poll.heading_secret")));
    screen.click(screen.record().find(ItemKind::button, screen.texts("side.tegen")));
    const auto ballots = commands_in<core::CastBallot>(screen.actions, NoticeArea::poll);
    REQUIRE(ballots.size() == 1);
    CHECK(ballots[0].poll == core::PollId{2});
    CHECK(ballots[0].choice == core::Side::tegen);

    screen.snapshot.view->poll = proto::PollSection{core::PollId{2}, false, 5, 1, 3, 1, {}};
    screen.snapshot.me->poll = core::PollId{2};
    screen.snapshot.me->ballot = core::Side::tegen;
    screen.show();
    CHECK(screen.record().shows(screen.texts("web.poll.closed")));
    CHECK_FALSE(screen.record().find(ItemKind::button, screen.texts("side.tegen")));
    CHECK(screen.record().shows(screen.texts("web.poll.your_ballot", {{"side", "tegen"}})));
}

TEST_CASE("an argument can be marked as convincing once") {
    Screen screen;
    screen.show();
    screen.click(screen.record().find(ItemKind::button, screen.texts("web.arguments.appreciate")));
    const auto marks = commands_in<core::Appreciate>(screen.actions, NoticeArea::arguments);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].argument == core::ArgumentId{4});

    screen.snapshot.me->appreciated = {core::ArgumentId{4}};
    screen.show();
    CHECK(screen.record().find(ItemKind::button, screen.texts("web.arguments.marked")));
    CHECK_FALSE(screen.record().find(ItemKind::button, screen.texts("web.arguments.appreciate")));
}

TEST_CASE("a mark can be taken back, and one's own argument offers none") {
    Screen screen;
    screen.snapshot.me->appreciated = {core::ArgumentId{4}};
    screen.show();
    screen.click(screen.record().find(ItemKind::button, screen.texts("web.arguments.marked")));
    const auto withdrawn = commands_in<core::WithdrawAppreciation>(screen.actions, NoticeArea::arguments);
    REQUIRE(withdrawn.size() == 1);
    CHECK(withdrawn[0].argument == core::ArgumentId{4});

    screen.snapshot.me->appreciated.clear();
    screen.snapshot.me->cannot_appreciate = {core::ArgumentId{4}};  // the rules: her own argument
    screen.show();
    CHECK_FALSE(screen.record().find(ItemKind::button, screen.texts("web.arguments.appreciate")));
    CHECK_FALSE(screen.record().find(ItemKind::button, screen.texts("web.arguments.marked")));
}

TEST_CASE("flagging a drogreden: filter the list, choose one, send it about the chosen argument") {
    Screen screen(ImVec2(1280, 1500));
    screen.ui.flag_query = "STROPOP";
    screen.show();
    const auto& catalog = screen.snapshot.catalog;
    const auto* straw_man = catalog.find("straw_man");
    REQUIRE(straw_man);
    INFO(screen.record().texts());
    CHECK(screen.record().find(ItemKind::text, straw_man->explanation.nl));
    CHECK_FALSE(screen.record().find(ItemKind::option, catalog.find("ad_hominem")->name.nl));

    // Sending without a choice says what is missing, and sends nothing.
    screen.click(screen.record().find(ItemKind::button, screen.texts("web.flag.submit")));
    CHECK(commands_in<core::FlagFallacy>(screen.actions, NoticeArea::flag).empty());
    screen.show();
    CHECK(screen.record().shows(screen.texts("web.flag.choose")));

    screen.click(screen.record().find(ItemKind::option, straw_man->name.nl));
    CHECK(screen.ui.flag_choice == "straw_man");
    screen.ui.flag_target = core::ArgumentId{4};
    const auto command = app::flag_command(screen.ui);
    REQUIRE(command);
    CHECK(command->fallacy == "straw_man");
    CHECK(command->argument == core::ArgumentId{4});
    CHECK(command->turn.is_none());

    screen.show();
    screen.click(screen.record().find(ItemKind::button, screen.texts("web.flag.submit")));
    const auto flags = commands_in<core::FlagFallacy>(screen.actions, NoticeArea::flag);
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].fallacy == command->fallacy);
    CHECK(flags[0].argument == command->argument);
    CHECK(flags[0].turn == command->turn);
    CHECK(screen.ui.flag_choice.empty());
}

TEST_CASE("a flag's outcome and a confirmation of sending are shown with the fallacy's name") {
    Screen screen;
    screen.snapshot.me->flags = {proto::OwnFlag{core::FlagId{3}, core::TurnId{2}, core::ArgumentId{}, "ad_hominem",
                                                core::FlagOutcome::confirmed}};
    screen.snapshot.notices[app::index_of(NoticeArea::flag)] = app::Notice{2, app::NoticeTone::ok, app::FlagSent{"ad_hominem"}};
    screen.show();
    const auto& name = screen.snapshot.catalog.find("ad_hominem")->name.nl;
    CHECK(screen.record().find(ItemKind::text, name));
    CHECK(screen.record().find(ItemKind::text, screen.texts("outcome.confirmed")));
    CHECK(screen.record().shows(screen.texts("web.flag.sent", {{"fallacy", name}})));
}

TEST_CASE("the join form asks for what is missing before it joins") {
    Screen screen;
    screen.snapshot = app::ParticipantSnapshot{};
    screen.snapshot.host = "127.0.0.1:8080";
    screen.show();
    CHECK(screen.record().shows(screen.texts("web.join.heading")));
    screen.click(screen.record().find(ItemKind::button, screen.texts("web.join.submit")));
    CHECK(screen.actions.empty());
    screen.show();
    CHECK(screen.record().shows(screen.texts("web.join.code_missing")));

    screen.ui.join_code = " 123456 ";
    screen.ui.join_name = "Anna";
    screen.show();
    screen.click(screen.record().find(ItemKind::button, screen.texts("web.join.submit")));
    REQUIRE(screen.actions.size() == 1);
    const auto* join = std::get_if<app::JoinAction>(&screen.actions[0]);
    REQUIRE(join);
    CHECK(join->code == "123456");
    CHECK(join->name == "Anna");
}

TEST_CASE("the language switch in the top bar asks for the other language") {
    Screen screen;
    screen.show();
    screen.click(screen.record().find(ItemKind::button, "EN"));
    REQUIRE(screen.actions.size() == 1);
    const auto* language = std::get_if<app::LanguageAction>(&screen.actions[0]);
    REQUIRE(language);
    CHECK(language->language == core::Language::en);
}

TEST_CASE("Dutch letters have glyphs in the app's fonts, and a missing glyph is reported") {
    tests::HeadlessUi headless;
    headless.frame([] {
        ImGui::Begin("glyphs");
        app::ui::text("\u00eb \u00e9 \u00ef \u0133 \u20ac \u2018 \u2019 \u2026 \u2713 \u00d7");
        ImGui::End();
    });
    CHECK(headless.record().missing_glyphs().empty());
    headless.frame([] {
        ImGui::Begin("glyphs");
        app::ui::text("\u6f22");
        ImGui::End();
    });
    REQUIRE(headless.record().missing_glyphs().size() == 1);
    CHECK(headless.record().missing_glyphs()[0].codepoint == 0x6f22);
    CHECK(headless.record().dump().find("missing-glyph U+6F22") != std::string::npos);
}

TEST_CASE("the fallacy search ignores case and accents and needs every word") {
    CHECK(app::fold_for_search("\u0132sbeer \u00c9TRE Caf\u00e9") == "ijsbeer etre cafe");
    const auto catalog = shipped_catalog();
    CHECK(app::filter_fallacies(catalog, "").size() == catalog.fallacies.size());
    const auto straw = app::filter_fallacies(catalog, "  stropop ");
    REQUIRE(straw.size() == 1);
    CHECK(straw[0]->id == "straw_man");
    CHECK(app::filter_fallacies(catalog, "straw twisted").size() == 1);  // English, name and explanation
    CHECK(app::filter_fallacies(catalog, "stropop medelijden").empty());
}

TEST_CASE("settings keep the language, the name and a token per host and session code") {
    tests::TempDir dir;
    const auto file = dir / "lagerhuis" / "settings.ini";
    CHECK(app::load_settings(file) == app::AppSettings{});

    app::AppSettings settings;
    settings.language = core::Language::en;
    settings.host = "192.168.1.10:8080";
    settings.code = "482913";
    settings.name = "Ren\u00e9e";
    settings.set_token("192.168.1.10:8080", "482913", "t-abc");
    settings.set_token("192.168.1.10:8080", "111111", "t-def");
    REQUIRE_FALSE(app::save_settings(file, settings));
    const auto loaded = app::load_settings(file);
    CHECK(loaded == settings);
    CHECK(loaded.token_for("192.168.1.10:8080", "482913") == std::optional<std::string>("t-abc"));
    CHECK_FALSE(loaded.token_for("192.168.1.11:8080", "482913"));

    settings.forget_token("192.168.1.10:8080", "482913");
    REQUIRE_FALSE(app::save_settings(file, settings));
    CHECK_FALSE(app::load_settings(file).token_for("192.168.1.10:8080", "482913"));
    CHECK(app::load_settings(file).token_for("192.168.1.10:8080", "111111"));
}
