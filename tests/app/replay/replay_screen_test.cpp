// The replay viewer's window, drawn without a display: the "done when" list
// walked by clicking, at most three clicks from opening the demo debate.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
#include <string>

#include "app/console/console_frame.hpp"
#include "app/replay/replay_export.hpp"
#include "app/replay/replay_moment_source.hpp"
#include "app/replay/replay_panels.hpp"
#include "app/replay/replay_session.hpp"
#include "report/feedback_pointers.hpp"
#include "report/html_people.hpp"
#include "store/session_log.hpp"
#include "report/number_format.hpp"
#include "tests/app/ui/headless_ui.hpp"
#include "tests/core/shipped_assets.hpp"
#include "tests/store/store_fixture.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;

namespace {

// What replay_app.cpp builds each frame, for the demo debate.
struct ReplayScene {
    explicit ReplayScene(core::Language language = core::Language::nl)
        : ReplayScene(app::ReplaySession::from_events(tests::shipped_demo_events()), language) {}
    ReplayScene(app::ReplaySession opened, core::Language language)
        : texts(app::Texts::load(tests::shipped_assets_dir(), language).value()),
          session(std::move(opened)),
          timeline(app::build_timeline(session)) {}

    void draw() {
        const app::Moment shown = moments.update(session, true);
        app::ConsoleFrame moment{*shown.state, *shown.board, texts, shown.at_ms, join, notices};
        moment.review = true;
        app::ConsoleFrame end{session.final_state(), session.final_board(), texts, session.end_ms(), join, notices};
        end.review = true;
        const report::ReportContext whole(session.final_state(), session.final_board(), texts.catalog(), texts.language());
        const app::ReplayView view{session, timeline, moment, end, whole, texts, holder, exporting, note_problem};
        app::handle_replay_keys(view, ui, actions);
        app::draw_replay_screen(view, ui, actions);
        for (const auto& action : actions)
            if (const auto* seek = std::get_if<app::SeekTo>(&action)) session.seek(seek->at_ms);
    }
    auto drawer() {
        return [this] {
            actions.clear();
            draw();
        };
    }

    app::Texts texts;
    app::ReplaySession session;
    app::MomentSource moments;
    app::Timeline timeline;
    app::ReplayUiState ui;
    app::ReplayActions actions;
    app::JoinInfo join;
    app::ConsoleNotices notices;
    std::optional<std::string> holder;
    app::ExportStatus exporting;
    std::string note_problem;
};

// Clicks the button whose text starts with `label`; counts the click.
void click(tests::HeadlessUi& ui, ReplayScene& scene, std::string_view label, int& clicks) {
    const auto& items = ui.record().items();
    const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) {
        return item.kind == ItemKind::button && item.text.rfind(label, 0) == 0;
    });
    INFO("button " << label << " in " << ui.record().texts());
    REQUIRE(found != items.end());
    const ImVec2 where = found->centre();
    ui.click(where, scene.drawer());
    ui.settle(scene.drawer());
    ++clicks;
}

}  // namespace

TEST_CASE("the replay viewer opens at the end of the debate with the room, the timeline and no missing glyph",
          "[replay_viewer][screen]") {
    ReplayScene scene;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(scene.drawer());
    const auto& record = ui.record();
    INFO(record.texts());
    CHECK(record.windows() == std::vector<std::string>{"Lagerhuis replay"});
    CHECK(record.shows("Terugkijken: Participatiekamer Twenterand"));
    CHECK(record.find(ItemKind::button, "Tijdlijn"));
    CHECK(record.find(ItemKind::button, "▶ Afspelen"));
    CHECK(record.shows("Zaal"));
    CHECK(record.shows("1:02:15 / 1:02:15"));
    // Review mode: the console's commands are not offered.
    for (const char* command : {"console.floor.timer.end", "console.polls.open", "console.floor.statement.close"}) {
        const std::string label = scene.texts(command);
        CHECK_FALSE(record.find(ItemKind::button, label));
    }
    CHECK(record.missing_glyphs().empty());
}

TEST_CASE("from the viewer alone, each question of a review is answered within three clicks", "[replay_viewer][screen]") {
    ReplayScene scene;
    const auto& board = scene.session.final_board();
    const report::ReportContext whole(scene.session.final_state(), board, scene.texts.catalog(), scene.texts.language());
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(scene.drawer());

    SECTION("speaking time per side and per person: one click") {
        int clicks = 0;
        click(ui, scene, "Grafieken", clicks);
        const auto& record = ui.record();
        INFO(record.texts());
        for (const auto& side : board.sides)
            CHECK((record.shows(scene.texts.side(side.side)) &&
                   record.shows(report::minutes_seconds(side.measures.speaking_ms.value))));
        for (const auto& person : board.participants)
            if (person.measures.turns.value > 0) CHECK(record.shows(report::minutes_seconds(person.measures.speaking_ms.value)));
        CHECK(clicks <= 3);
    }
    SECTION("every drogreden, who committed it, who flagged it, and its outcome: one click") {
        int clicks = 0;
        click(ui, scene, "Drogredenen", clicks);
        const auto& record = ui.record();
        INFO(record.texts());
        REQUIRE(board.fallacies.size() >= 10);
        int missed = 0;
        for (const auto& fallacy : board.fallacies) {
            CHECK(record.shows(whole.fallacy_name(fallacy.fallacy)));
            CHECK(record.shows(whole.name_of(fallacy.committed_by)));
            for (const auto flagger : fallacy.flagged_by) CHECK(record.shows(whole.name_of(flagger)));
            CHECK(record.shows(whole.status_name(fallacy.status, fallacy.missed)));
            missed += fallacy.missed;
        }
        CHECK(missed > 0);
        CHECK(record.shows("Gemist"));
        CHECK(clicks <= 3);
    }
    SECTION("every crossing with the turn and the argument before it: one click, and a click goes there") {
        int clicks = 0;
        click(ui, scene, "Oversteken", clicks);
        const auto& record = ui.record();
        INFO(record.texts());
        for (const auto& crossing : board.crossings) {
            CHECK(record.shows(whole.name_of(crossing.participant)));
            if (!crossing.after_turn.is_none())
                CHECK(record.shows(scene.texts("report.card.crossing_after", {{"turn", std::to_string(crossing.after_turn.value)},
                                                                              {"name", whole.name_of(crossing.after_speaker)}})));
            for (const auto argument : crossing.after_arguments) CHECK(record.shows(whole.argument(argument)->text));
        }
        // The first crossing's time takes the timeline there.
        const auto& first = board.crossings.front();
        click(ui, scene, report::session_clock(first.at_ms - scene.session.start_ms()), clicks);
        CHECK(scene.session.at_ms() == first.at_ms);
    }
    SECTION("the arguments that stood and fell, and the verdict beside positions and poll: one click") {
        int clicks = 0;
        click(ui, scene, "Argumenten", clicks);
        const auto& record = ui.record();
        INFO(record.texts());
        int stood = 0, fell = 0;
        for (const auto& argument : board.arguments) {
            if (argument.retracted || argument.kind == core::ArgumentKind::question) continue;
            stood += report::fate_of(argument) == report::ArgumentFate::stood;
            fell += report::fate_of(argument) == report::ArgumentFate::fell;
        }
        REQUIRE(stood > 0);
        REQUIRE(fell > 0);
        // Per statement the groups add up to the session's.
        int shown_stood = 0, shown_fell = 0;
        for (const auto& item : record.items()) {
            for (int n = 1; n < 60; ++n) {
                if (item.text == "Bleven staan (" + std::to_string(n) + ")") shown_stood += n;
                if (item.text == "Vielen (" + std::to_string(n) + ")") shown_fell += n;
            }
        }
        CHECK(shown_stood == stood);
        CHECK(shown_fell == fell);
        CHECK(record.shows("Wonnen de betere argumenten de zaal?"));
        CHECK(record.shows("Beginpositie: voor 4 · tegen 5 · twijfel 3"));
        CHECK(record.shows("Geheime stemming"));
        CHECK(record.shows("argumenteerde beter: sterkte van de stelling"));
        CHECK(clicks <= 3);
    }
    SECTION("each participant's feedback card: two clicks") {
        int clicks = 0;
        click(ui, scene, "Feedback", clicks);
        // The fourth card in the list (the first is open already).
        const core::PersonReport* chosen = nullptr;
        int seen = 0;
        for (const auto& person : board.participants)
            if (report::gets_feedback_card(person) && ++seen == 4) chosen = &person;
        REQUIRE(chosen);
        const auto& items = ui.record().items();
        const auto name = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.text == chosen->name; });
        REQUIRE(name != items.end());
        const ImVec2 where = name->centre();
        ui.click(where, scene.drawer());
        ui.settle(scene.drawer());
        ++clicks;
        const auto& record = ui.record();
        INFO(record.texts());
        CHECK(scene.ui.person == chosen->id);
        CHECK(record.shows(report::minutes_seconds(chosen->measures.speaking_ms.value)));
        CHECK(record.shows("Gemelde drogredenen"));
        CHECK(record.shows("Begane drogredenen"));
        CHECK(record.shows("Oversteken"));
        // The card ends with the report's pointers for this person.
        CHECK(record.shows("Om mee te nemen"));
        const report::ReportContext whole(scene.session.final_state(), board, scene.texts.catalog(), scene.texts.language());
        const auto pointers = report::feedback_pointers(whole, *chosen);
        REQUIRE(!pointers.empty());
        for (const auto& pointer : pointers) CHECK(record.shows(report::pointer_text(whole, pointer)));
        CHECK(clicks <= 3);
    }
}

TEST_CASE("in the replay's narrow seats a name breaks between words or ends in an ellipsis, and shows whole on hover",
          "[replay_viewer][screen]") {
    ReplayScene scene;
    tests::HeadlessUi ui(ImVec2(1280, 800));
    // Whether `part` is whole words of `name`: "Hanneke", "Bos", never "Hanne" or "ke Bos".
    const auto whole_words = [](std::string_view part, std::string_view name) {
        for (auto at = name.find(part); at != std::string_view::npos; at = name.find(part, at + 1))
            if ((at == 0 || name[at - 1] == ' ') && (at + part.size() == name.size() || name[at + part.size()] == ' '))
                return true;
        return false;
    };
    int parted = 0;
    std::optional<ImVec2> shortened_tile;
    std::string shortened_name;
    const core::Millis start = scene.session.start_ms();
    const core::Millis step = (scene.session.end_ms() - start) / 24;
    for (core::Millis at = start + step; at <= scene.session.end_ms(); at += step) {
        scene.session.seek(at);
        ui.settle(scene.drawer());
        const auto& items = ui.record().items();
        for (const auto& person : scene.session.final_state().participants) {
            const auto tile = std::find_if(items.begin(), items.end(), [&](const auto& item) {
                return item.kind == ItemKind::button && item.text == person.name;
            });
            if (tile == items.end()) continue;
            for (const auto& item : items) {
                const bool in_tile = item.kind == ItemKind::text && item.min.x >= tile->min.x && item.max.x <= tile->max.x + 1 &&
                                     item.min.y >= tile->min.y && item.max.y <= tile->max.y + 1;
                const bool ellipsis = item.text.ends_with("\u2026");
                if (!in_tile || item.text == person.name || (!ellipsis && person.name.find(item.text) == std::string::npos))
                    continue;  // elsewhere, whole, or a marker ("spreekt")
                INFO("at " << report::session_clock(at - start) << ", the tile of " << person.name << " shows " << item.text);
                CHECK((ellipsis || whole_words(item.text, person.name)));
                ++parted;
                if (ellipsis && !shortened_tile) {
                    shortened_tile = tile->centre();
                    shortened_name = person.name;
                }
            }
        }
    }
    CHECK(parted > 0);  // some seat was too narrow for a whole name
    if (shortened_tile) {  // the tooltip has it whole
        const auto whole = [&] {
            return std::count_if(ui.record().items().begin(), ui.record().items().end(),
                                 [&](const auto& item) { return item.kind == ItemKind::text && item.text == shortened_name; });
        };
        ui.settle(scene.drawer());
        const auto before = whole();
        ui.hover(*shortened_tile, scene.drawer());
        CHECK(whole() == before + 1);
    }
}

TEST_CASE("the timeline scrubs, plays and jumps between flagged moments", "[replay_viewer][screen]") {
    ReplayScene scene;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(scene.drawer());
    const auto* bar = ui.record().find(ItemKind::button, "Tijdlijn");
    REQUIRE(bar);
    // A click in the middle of the bar goes to the middle of the session.
    const ImVec2 middle = bar->centre();
    ui.click(middle, scene.drawer());
    const core::Millis half = (scene.session.start_ms() + scene.session.end_ms()) / 2;
    CHECK(std::abs(scene.session.at_ms() - half) < (scene.session.end_ms() - scene.session.start_ms()) / 50);

    int clicks = 0;
    const core::Millis before = scene.session.at_ms();
    click(ui, scene, "Volgende", clicks);
    const auto next = app::next_moment(scene.timeline, before);
    REQUIRE(next);
    CHECK(scene.session.at_ms() == *next);
    click(ui, scene, "◀ Vorige", clicks);
    CHECK(scene.session.at_ms() < *next);

    click(ui, scene, "▶ Afspelen", clicks);
    CHECK(scene.ui.playing);
    CHECK(ui.record().find(ItemKind::button, "Pauze"));
    click(ui, scene, "16×", clicks);
    CHECK(scene.ui.speed == 16);
}

TEST_CASE("the replay viewer speaks English when asked", "[replay_viewer][screen]") {
    ReplayScene scene(core::Language::en);
    tests::HeadlessUi ui(ImVec2(1280, 800));
    ui.settle(scene.drawer());
    int clicks = 0;
    click(ui, scene, "Fallacies", clicks);
    INFO(ui.record().texts());
    CHECK(ui.record().shows("Every fallacy"));
    CHECK(ui.record().shows("Missed"));
    CHECK(ui.record().missing_glyphs().empty());
}

TEST_CASE("a note is written at the moment on the timeline and shows as a mark", "[replay_viewer][screen]") {
    tests::TempDir dir;
    const auto path = dir / "debat.lagerhuis";
    REQUIRE_FALSE(store::write_session(path, tests::shipped_demo_events()).has_value());
    auto opened = app::ReplaySession::open(path);
    REQUIRE(opened.ok());
    ReplayScene scene(std::move(opened).value(), core::Language::nl);
    scene.session.seek(scene.session.start_ms() + 754'000);  // 12:34
    scene.ui.tab = app::ReplayTab::notes;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(scene.drawer());
    CHECK(ui.record().find(ItemKind::button, "Bij dit moment (12:34)"));
    const auto* field = ui.record().find(ItemKind::input, "Wat wil je bespreken?");
    REQUIRE(field);
    const ImVec2 where = field->centre();
    ui.click(where, scene.drawer());
    ui.type("Hier kantelde het debat", scene.drawer());
    ui.settle(scene.drawer());
    const auto* add = ui.record().find(ItemKind::button, "Notitie toevoegen");
    REQUIRE(add);
    const ImVec2 add_at = add->centre();
    ui.click(add_at, scene.drawer());
    REQUIRE(scene.actions.size() == 1);
    const auto* note = std::get_if<app::AddNote>(&scene.actions.front());
    REQUIRE(note);
    CHECK(note->note.text == "Hier kantelde het debat");
    CHECK(note->note.at_ms == scene.session.start_ms() + 754'000);
    // As the viewer carries it out: written to the file, listed, marked on the timeline.
    REQUIRE_FALSE(scene.session.add_note(note->note).has_value());
    scene.timeline = app::build_timeline(scene.session);
    ui.settle(scene.drawer());
    CHECK(ui.record().shows("Hier kantelde het debat"));
    CHECK(std::count_if(scene.timeline.marks.begin(), scene.timeline.marks.end(),
                        [](const auto& mark) { return mark.kind == app::MarkKind::note; }) == 1);
}

TEST_CASE("an export from the viewer writes the report beside the session file, with progress, never over a file",
          "[replay_viewer]") {
    tests::TempDir dir;
    const auto session_path = dir / "debat.lagerhuis";
    auto texts = app::Texts::load(tests::shipped_assets_dir(), core::Language::nl).value();
    std::atomic<int> wakes{0};
    app::ReplayExport exporter([&] { ++wakes; });
    app::ExportRequest request;
    request.events = tests::shipped_demo_events();
    request.notes = {{std::optional<core::Millis>(60'000), {}, "Trainer", "Let op de eerste oversteek"}};
    request.messages = texts.catalog();
    request.session = session_path;
    exporter.start(request, texts);
    exporter.wait();
    auto status = exporter.status();
    CHECK_FALSE(status.running);
    CHECK(status.problem.empty());
    CHECK(status.fraction == 1.0);
    CHECK(wakes > 0);
    CHECK(status.written == (dir / "debat-rapport.html").string());
    const std::string html = tests::file_bytes(dir / "debat-rapport.html");
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
    CHECK_THAT(html, Catch::Contains("Let op de eerste oversteek"));

    // Again: a new name, the first report stays.
    exporter.start(request, texts);
    exporter.wait();
    CHECK(exporter.status().written == (dir / "debat-rapport-2.html").string());
    CHECK(tests::file_bytes(dir / "debat-rapport.html") == html);

    request.format = app::ExportFormat::csv;
    exporter.start(request, texts);
    exporter.wait();
    status = exporter.status();
    CHECK(status.written == (dir / "debat-csv").string());
    CHECK(std::filesystem::exists(dir / "debat-csv" / "turns.csv"));
    CHECK(std::filesystem::exists(dir / "debat-csv" / "participants.csv"));
}
