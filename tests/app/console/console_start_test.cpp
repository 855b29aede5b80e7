// The console's start screen: a new session from the form, or a recent session file.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <thread>

#include "app/console/console_start.hpp"
#include "tests/app/ui/headless_ui.hpp"
#include "tests/core/shipped_assets.hpp"
#include "store/retention.hpp"
#include "store/session_log.hpp"
#include "tests/store/sql_change.hpp"
#include "tests/store/store_fixture.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;

namespace {

app::Texts dutch() {
    auto texts = app::Texts::load(tests::shipped_assets_dir(), core::Language::nl);
    REQUIRE(texts.ok());
    return std::move(texts).value();
}

// Sessions live under $XDG_DATA_HOME: a folder of the test's own, restored afterwards.
class DataHome {
public:
    explicit DataHome(const std::filesystem::path& path) {
        if (const char* old = std::getenv("XDG_DATA_HOME")) old_ = old;
        setenv("XDG_DATA_HOME", path.c_str(), 1);
    }
    ~DataHome() {
        if (old_.empty())
            unsetenv("XDG_DATA_HOME");
        else
            setenv("XDG_DATA_HOME", old_.c_str(), 1);
    }

private:
    std::string old_;
};

struct StartScreen {
    app::Texts texts = dutch();
    std::vector<app::RecentSession> recent;
    std::vector<app::OverdueSession> overdue;
    app::StartForm form;
    app::ConsoleActions actions;
    std::optional<app::StartChoice> choice;

    auto draw() {
        return [this] {
            if (auto made = app::draw_console_start({texts, recent, overdue}, form, actions)) choice = std::move(made);
        };
    }
};

// Clicks the button as it stands now (a notice above may have moved it since).
void click_button(tests::HeadlessUi& ui, StartScreen& screen, const std::string& label) {
    ui.frame(screen.draw());
    ui.frame(screen.draw());
    const auto* button = ui.record().find(ItemKind::button, label);
    INFO(ui.record().texts());
    REQUIRE(button);
    const ImVec2 where = button->centre();
    ui.click(where, screen.draw());
}

}  // namespace

TEST_CASE("starting a session needs a title and a statement, and says so", "[console][start]") {
    StartScreen screen;
    // Tall enough for the whole form with its rules (a real window scrolls).
    tests::HeadlessUi ui(ImVec2(1440, 1000));
    ui.settle(screen.draw());
    click_button(ui, screen, "Start de sessie");
    CHECK_FALSE(screen.choice);
    CHECK(screen.form.new_problem == "Geef de sessie een titel.");
    screen.form.title = "Wijkbudget";
    click_button(ui, screen, "Start de sessie");
    CHECK_FALSE(screen.choice);
    CHECK(screen.form.new_problem == "Vul minstens één stelling in.");
    ui.settle(screen.draw());
    CHECK(ui.record().shows("Vul minstens één stelling in."));
    CHECK(ui.record().missing_glyphs().empty());
}

TEST_CASE("the start form's rules and statements become the new session's", "[console][start]") {
    tests::TempDir dir;
    DataHome home(dir.path());
    StartScreen screen;
    // Tall enough for the whole form with three statement fields (a real window scrolls).
    tests::HeadlessUi ui(ImVec2(1440, 1300));
    screen.form.title = "  Wijkbudget  ";
    screen.form.statements = {"Inwoners beslissen zelf.", ""};
    ui.settle(screen.draw());
    // Typing a statement opens a field for the next one.
    CHECK(screen.form.statements.size() == 2);
    screen.form.statements[1] = "Het zwembad blijft open.";
    ui.settle(screen.draw());
    CHECK(screen.form.statements.size() == 3);
    // 60 s + 15 = 75 s per turn (the first "+"); secret ballots off.
    click_button(ui, screen, "+");
    CHECK(screen.form.turn_seconds == 75);
    click_button(ui, screen, "Open");
    CHECK_FALSE(screen.form.anonymous_ballots);
    CHECK_FALSE(screen.form.anonymous_room);  // names are asked unless chosen otherwise
    click_button(ui, screen, "Anoniem");
    CHECK(screen.form.anonymous_room);
    click_button(ui, screen, "Start de sessie");
    REQUIRE(screen.choice);
    CHECK(screen.choice->is_new);
    CHECK(screen.choice->config.title == "Wijkbudget");
    CHECK(screen.choice->config.rules.turns.turn_limit_ms == 75'000);
    CHECK(screen.choice->config.rules.turns.warning_ms == 15'000);
    CHECK_FALSE(screen.choice->config.rules.anonymous_ballots);
    CHECK(screen.choice->config.rules.names_generated());
    CHECK(screen.choice->statements == std::vector<std::string>{"Inwoners beslissen zelf.", "Het zwembad blijft open."});
    CHECK(screen.choice->session.parent_path() == dir.path() / "lagerhuis" / "sessions");
    CHECK(screen.choice->session.extension() == ".lagerhuis");
}

TEST_CASE("recent sessions are listed newest first, and one click opens one", "[console][start]") {
    tests::TempDir dir;
    DataHome home(dir.path());
    const auto folder = dir.path() / "lagerhuis" / "sessions";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "oud.lagerhuis") << "x";
    std::ofstream(folder / "notities.txt") << "x";
    std::filesystem::last_write_time(folder / "oud.lagerhuis",
                                     std::filesystem::file_time_type::clock::now() - std::chrono::hours(24));
    std::ofstream(folder / "nieuw.lagerhuis") << "x";
    const auto recent = app::recent_sessions(8);
    REQUIRE(recent.size() == 2);
    CHECK(recent[0].path.filename() == "nieuw.lagerhuis");
    CHECK(recent[1].path.filename() == "oud.lagerhuis");

    StartScreen screen;
    screen.recent = recent;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen.draw());
    const auto& items = ui.record().items();
    const auto old = std::find_if(items.begin(), items.end(), [](const app::ui::RecordedItem& item) {
        return item.kind == ItemKind::button && item.text.find("oud.lagerhuis") != std::string::npos;
    });
    REQUIRE(old != items.end());
    const ImVec2 where = old->centre();
    ui.click(where, screen.draw());
    REQUIRE(screen.choice);
    CHECK_FALSE(screen.choice->is_new);
    CHECK(screen.choice->session == folder / "oud.lagerhuis");
}

TEST_CASE("the start screen names the session files past their retention date, with the command to delete each",
          "[console][start][privacy]") {
    tests::TempDir dir;
    const auto overdue = dir / "verlopen.lagerhuis";
    const auto fresh = dir / "vers.lagerhuis";
    for (const auto& path : {overdue, fresh}) REQUIRE_FALSE(store::write_session(path, tests::shipped_demo_events()));
    tests::change_by_sql(overdue, "UPDATE meta SET value = '2026-01-31' WHERE key = 'keep_until'");
    const auto listed = app::overdue_sessions(dir.path(), store::today_utc());
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].path == overdue);
    CHECK(listed[0].keep_until == "2026-01-31");

    StartScreen screen;
    screen.overdue = listed;
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen.draw());
    std::string shown;
    for (const auto& item : ui.record().items()) shown += item.text + "\n";
    CHECK_THAT(shown, Catch::Contains("1 sessie is over de bewaardatum:") &&
                          Catch::Contains("verlopen.lagerhuis · bewaren tot 2026-01-31") &&
                          Catch::Contains("lagerhuis delete " + overdue.string()));
    CHECK(shown.find("vers.lagerhuis") == std::string::npos);
}

TEST_CASE("opening a file that is not there says which, and opens nothing", "[console][start]") {
    StartScreen screen;
    screen.form.open_path = "/nergens/debat.lagerhuis";
    tests::HeadlessUi ui(ImVec2(1440, 900));
    ui.settle(screen.draw());
    click_button(ui, screen, "Openen");
    CHECK_FALSE(screen.choice);
    CHECK(screen.form.open_problem.find("/nergens/debat.lagerhuis") != std::string::npos);
}
