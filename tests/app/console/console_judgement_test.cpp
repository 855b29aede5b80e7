#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include <GLFW/glfw3.h>

#include "app/console/console_argument_graph.hpp"
#include "app/console/console_judgement_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/fallacy_filter.hpp"
#include "app/ui/turn_clock.hpp"
#include "tests/app/console/console_scene.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;
using core::ArgumentId;
using core::ArgumentKind;
using core::Side;

namespace {

// One console panel in a window as tall as it needs, drawn from the scene's debate
// (tests::ConsoleScene::debate_in_progress unless a test plays its own).
struct Panel {
    tests::ConsoleScene scene;
    tests::HeadlessUi headless{ImVec2(1280, 2600)};
    app::ConsolePanel panel;
    float width = 520;

    explicit Panel(app::ConsolePanel drawn, core::Language language = core::Language::nl, bool debate = true)
        : scene(language), panel(drawn) {
        if (debate) scene.debate_in_progress();
    }

    std::function<void()> draw() {
        return [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("Lagerhuis console", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            panel(scene.frame(), scene.ui, scene.actions, width);
            ImGui::End();
        };
    }
    void show() { headless.settle(draw()); }
    void click(const app::ui::RecordedItem* item) {
        INFO(record().texts());
        REQUIRE(item);
        REQUIRE_FALSE(item->disabled);
        headless.click(item->centre(), draw());
        show();
    }
    void hover(const app::ui::RecordedItem* item) {
        INFO(record().texts());
        REQUIRE(item);
        headless.hover(item->centre(), draw());
    }
    const app::ui::UiRecord& record() const { return headless.record(); }
    std::string t(std::string_view key, const app::Texts::Params& params = {}) const { return scene.texts(key, params); }
    std::vector<core::CommandBody> commands() const { return tests::commands_in(scene.actions); }
};

std::vector<const app::ui::RecordedItem*> all_of(const app::ui::UiRecord& record, ItemKind kind, std::string_view text) {
    std::vector<const app::ui::RecordedItem*> found;
    for (const auto& item : record.items())
        if (item.kind == kind && item.text == text) found.push_back(&item);
    return found;
}

// The item of `kind` and `text` on the same line as `row` (a table row, a list row).
const app::ui::RecordedItem* on_row_of(const app::ui::UiRecord& record, ItemKind kind, std::string_view text,
                                       const app::ui::RecordedItem& row) {
    for (const auto* item : all_of(record, kind, text))
        if (item->centre().y >= row.min.y && item->centre().y <= row.max.y) return item;
    return nullptr;
}

template <class Body>
Body only_command(const std::vector<core::CommandBody>& commands) {
    REQUIRE(commands.size() == 1);
    REQUIRE(std::holds_alternative<Body>(commands.front()));
    return std::get<Body>(commands.front());
}

}  // namespace

TEST_CASE("the tagging panel shows the running turn's speaker, side and arguments with their strength",
          "[console][judgement]") {
    Panel panel(app::draw_console_tagging);
    panel.show();
    const auto& record = panel.record();
    INFO(record.texts());
    CHECK(record.shows(panel.t("console.tagging.turn", {{"turn", "2"}, {"name", "Daan"}, {"side", "tegen"}})));
    CHECK(record.shows("Beurt 2: Daan \u00b7 Tegen"));
    const core::Argument& reply = panel.scene.state().arguments.at(1);
    CHECK(record.find(ItemKind::text, reply.text));
    CHECK(record.shows("#2 weerlegging \u2192 #1 \u00b7 ervaring"));
    CHECK(record.shows(panel.t("console.scores.node_scores",
                               {{"base", app::decimal(reply.base, 2, core::Language::nl)},
                                {"strength", app::decimal(reply.strength, 2, core::Language::nl)}})));
    // Bram's argument belongs to the turn before: not listed here.
    CHECK_FALSE(record.find(ItemKind::text, panel.scene.state().arguments.at(0).text));
    CHECK(record.missing_glyphs().empty());
}

TEST_CASE("tagging an argument: click the kind, choose what it answers, write a note, Noteer", "[console][judgement]") {
    Panel panel(app::draw_console_tagging);
    panel.show();
    const auto* submit = panel.record().find(ItemKind::button, panel.t("console.tagging.submit"));
    REQUIRE(submit);
    CHECK(submit->disabled);  // no note yet: nothing to send

    // Alt+4 while typing picks the fourth kind; a click picks another.
    ImGuiIO& io = ImGui::GetIO();
    io.KeyAlt = true;
    io.KeysDown[GLFW_KEY_4] = true;
    panel.headless.frame(panel.draw());
    io.KeyAlt = false;
    io.KeysDown[GLFW_KEY_4] = false;
    CHECK(panel.scene.ui.tagging.kind == ArgumentKind::rebuttal);
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.kind_support")));
    CHECK(panel.scene.ui.tagging.kind == ArgumentKind::support);
    panel.click(panel.record().find(ItemKind::input, panel.t("console.tagging.the_statement")));
    const core::Argument& bram = panel.scene.state().arguments.at(0);
    panel.click(panel.record().find(ItemKind::option, app::argument_label(panel.scene.state(), bram)));
    CHECK(panel.scene.ui.tagging.target == bram.id);
    panel.click(panel.record().find(ItemKind::input, panel.t("evidence.none")));
    panel.click(panel.record().find(ItemKind::option, panel.t("evidence.expert")));
    CHECK(panel.scene.ui.tagging.evidence == core::EvidenceKind::expert);
    panel.scene.ui.tagging.text = "De zwemvereniging betaalt al mee";
    panel.show();
    CHECK(panel.scene.actions.empty());
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.submit")));

    const auto tag = only_command<core::TagArgument>(panel.commands());
    CHECK(tag.turn == panel.scene.state().latest_turn());
    CHECK(tag.turn == panel.scene.state().current_turn);
    CHECK(tag.kind == ArgumentKind::support);
    CHECK(tag.target == bram.id);
    CHECK(tag.evidence == core::EvidenceKind::expert);
    CHECK(tag.text == "De zwemvereniging betaalt al mee");
    CHECK(std::get<app::ConsoleCommand>(panel.scene.actions.front()).area == app::ConsoleArea::tagging);
    // Ready for the next one: same kind, the rest cleared.
    CHECK(panel.scene.ui.tagging.text.empty());
    CHECK(panel.scene.ui.tagging.target.is_none());
    CHECK(panel.scene.ui.tagging.kind == ArgumentKind::support);
    // What was sent is accepted by the engine.
    panel.scene.session().lead(tag);
}

TEST_CASE("an argument is corrected, retracted or marked irrelevant from its row, and undo is one click",
          "[console][judgement]") {
    Panel panel(app::draw_console_tagging);
    panel.show();
    const ArgumentId reply{2};
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.mark_irrelevant")));
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.retract")));
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.undo")));
    auto commands = panel.commands();
    REQUIRE(commands.size() == 3);
    REQUIRE(std::holds_alternative<core::SetRelevance>(commands[0]));
    CHECK(std::get<core::SetRelevance>(commands[0]).argument == reply);
    CHECK(std::get<core::SetRelevance>(commands[0]).irrelevant);
    REQUIRE(std::holds_alternative<core::RetractArgument>(commands[1]));
    CHECK(std::get<core::RetractArgument>(commands[1]).argument == reply);
    CHECK(std::holds_alternative<core::Undo>(commands[2]));

    panel.scene.actions.clear();
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.edit")));
    CHECK(panel.scene.ui.tagging.editing == reply);
    CHECK(panel.record().shows(panel.t("console.tagging.editing", {{"id", "2"}})));
    CHECK(panel.scene.ui.tagging.text == panel.scene.state().arguments.at(1).text);
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.kind_contra")));
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.save")));
    const auto correction = only_command<core::CorrectArgument>(panel.commands());
    CHECK(correction.argument == reply);
    CHECK(correction.kind == ArgumentKind::contra);
    CHECK(correction.target == ArgumentId{1});
    CHECK(correction.evidence == core::EvidenceKind::experience);
    CHECK(correction.text == panel.scene.state().arguments.at(1).text);
    CHECK(panel.scene.ui.tagging.editing.is_none());
}

TEST_CASE("the drogreden search filters the catalog as you type and notes the chosen one", "[console][judgement]") {
    Panel panel(app::draw_console_tagging);
    panel.scene.ui.tagging.fallacy_query = "stro";
    panel.show();
    const auto& catalog = panel.scene.state().config.catalog;
    INFO(panel.record().texts());
    CHECK(panel.record().find(ItemKind::option, "Stropop"));
    CHECK(panel.record().shows(panel.t("web.flag.rule", {{"number", "3"}, {"rule", "Regel 3"}})));
    for (const auto& fallacy : catalog.fallacies)
        if (fallacy.id != "straw_man") CHECK_FALSE(panel.record().find(ItemKind::option, fallacy.name.nl));
    CHECK(panel.record().find(ItemKind::button, panel.t("console.tagging.fallacy_submit"))->disabled);

    panel.click(panel.record().find(ItemKind::option, "Stropop"));
    CHECK(panel.scene.ui.tagging.fallacy_choice == "straw_man");
    panel.click(panel.record().find(ItemKind::input, panel.t("web.flag.whole_turn")));
    const core::Argument& reply = panel.scene.state().arguments.at(1);
    const auto options = all_of(panel.record(), ItemKind::option, app::argument_label(panel.scene.state(), reply));
    REQUIRE(options.size() == 1);  // only the running turn's own arguments
    panel.click(options.front());
    CHECK(panel.scene.ui.tagging.fallacy_argument == reply.id);
    panel.scene.ui.tagging.fallacy_note = "Bram zei dat niet";
    panel.show();
    panel.click(panel.record().find(ItemKind::button, panel.t("console.tagging.fallacy_submit")));
    const auto tag = only_command<core::TagFallacy>(panel.commands());
    CHECK(tag.turn == panel.scene.state().current_turn);
    CHECK(tag.argument == reply.id);
    CHECK(tag.fallacy == "straw_man");
    CHECK(tag.note == "Bram zei dat niet");
    CHECK(panel.scene.ui.tagging.fallacy_choice.empty());

    // Once noted it is listed with the turn, and can be taken back.
    panel.scene.session().lead(tag);
    panel.scene.actions.clear();
    panel.show();
    const std::string listed = panel.t("console.tagging.tag", {{"fallacy", "Stropop"}, {"about", "#2"}});
    CHECK(panel.record().find(ItemKind::text, listed));
    const auto retracts = all_of(panel.record(), ItemKind::button, panel.t("console.tagging.retract"));
    REQUIRE(retracts.size() == 2);  // the argument's, then the tag's
    panel.click(retracts.back());
    CHECK(only_command<core::RetractFallacyTag>(panel.commands()).tag == core::FallacyTagId{1});
}

TEST_CASE("the English search finds a fallacy by its English name", "[console][judgement]") {
    CHECK(app::filter_fallacies(tests::test_catalog(), "stro").front()->id == "straw_man");
    Panel panel(app::draw_console_tagging, core::Language::en);
    panel.scene.ui.tagging.fallacy_query = "straw";
    panel.show();
    INFO(panel.record().texts());
    CHECK(panel.record().find(ItemKind::option, "Straw man"));
    CHECK_FALSE(panel.record().find(ItemKind::option, "Ad hominem"));
    CHECK(panel.record().find(ItemKind::button, "Note it (Enter)"));
    CHECK(panel.record().shows("Turn 2: Daan \u00b7 Against"));
    CHECK(panel.record().missing_glyphs().empty());
}

TEST_CASE("the flags feed groups the flags on one drogreden, and one click decides them all", "[console][judgement]") {
    Panel panel(app::draw_console_flags);
    panel.show();
    const auto& record = panel.record();
    INFO(record.texts());
    const std::string group = "2\u00d7 Op de man spelen \u2014 Daan, beurt 2";
    CHECK(record.find(ItemKind::text, group));
    CHECK(record.shows(panel.t("console.flags.by", {{"names", "Eva, Anna"}})));
    CHECK(record.shows(panel.t("console.flags.pending", {{"count", "1"}})));

    const auto expected = app::decide_oldest_flags(panel.scene.state(), core::FlagOutcome::confirmed);
    panel.click(record.find(ItemKind::button, panel.t("console.flags.confirm_key")));
    const auto commands = panel.commands();
    REQUIRE(commands.size() == 2);
    REQUIRE(expected.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto decision = std::get<core::DecideFlag>(commands[i]);
        CHECK(decision.flag == panel.scene.state().flags[i].id);
        CHECK(decision.outcome == core::FlagOutcome::confirmed);
        CHECK(std::get<core::DecideFlag>(expected[i]).flag == decision.flag);
        CHECK(std::get<core::DecideFlag>(expected[i]).outcome == decision.outcome);
        CHECK(std::get<app::ConsoleCommand>(panel.scene.actions[i]).area == app::ConsoleArea::flags);
    }

    // Decided, the group moves down with its outcome; nothing is left for J or N.
    for (const auto& body : commands) panel.scene.session().lead(body);
    panel.show();
    CHECK(panel.record().find(ItemKind::text, group));
    CHECK(panel.record().find(ItemKind::text, panel.t("outcome.confirmed")));
    CHECK_FALSE(panel.record().find(ItemKind::button, panel.t("console.flags.confirm_key")));
    CHECK(app::decide_oldest_flags(panel.scene.state(), core::FlagOutcome::dismissed).empty());
}

TEST_CASE("the newest flag group is on top, but J and N decide the one waiting longest", "[console][judgement]") {
    Panel panel(app::draw_console_flags);
    auto& session = panel.scene.session();
    session.wait(1'000);
    const auto straw = session.flag(panel.scene.person("Carla"), "straw_man");
    panel.show();
    const auto& record = panel.record();
    INFO(record.texts());
    const auto* newest = record.find(ItemKind::text, "1\u00d7 Stropop \u2014 Daan, beurt 2");
    const auto* oldest = record.find(ItemKind::text, "2\u00d7 Op de man spelen \u2014 Daan, beurt 2");
    REQUIRE(newest);
    REQUIRE(oldest);
    CHECK(newest->min.y < oldest->min.y);
    CHECK(all_of(record, ItemKind::button, panel.t("console.flags.confirm_key")).size() == 1);

    const auto dismiss = app::decide_oldest_flags(panel.scene.state(), core::FlagOutcome::dismissed);
    REQUIRE(dismiss.size() == 2);
    CHECK(std::get<core::DecideFlag>(dismiss[0]).flag == core::FlagId{1});
    CHECK(std::get<core::DecideFlag>(dismiss[0]).outcome == core::FlagOutcome::dismissed);

    panel.click(record.find(ItemKind::button, panel.t("console.flags.dismiss")));  // the straw man's, without a key
    const auto decision = only_command<core::DecideFlag>(panel.commands());
    CHECK(decision.flag == straw);
    CHECK(decision.outcome == core::FlagOutcome::dismissed);
}

TEST_CASE("the poll counts its ballots against who is here now", "[console][judgement][presence]") {
    Panel panel(app::draw_console_polls);
    auto& scene = panel.scene;
    scene.session().open_poll();
    scene.session().cast_ballot(scene.person("Anna"), Side::tegen);
    scene.presence = proto::Presence{{scene.person("Anna"), scene.person("Bram")}, {}};  // and Gerrit, without a device
    panel.show();
    INFO(panel.record().texts());
    CHECK(panel.record().shows(panel.t("console.polls.ballots", {{"ballots", "1"}, {"present", "3"}})));
}

TEST_CASE("a secret poll is opened, fills its bars as ballots come in, and is closed", "[console][judgement]") {
    Panel panel(app::draw_console_polls);
    panel.show();
    INFO(panel.record().texts());
    CHECK(panel.record().shows(panel.t("console.polls.none")));
    CHECK(panel.record().find(ItemKind::text, "Voor 4"));  // the opening position
    CHECK(panel.record().find(ItemKind::text, "Tegen 3"));
    CHECK(panel.record().find(ItemKind::text, panel.t("console.polls.not_fixed")));  // no closing yet
    panel.click(panel.record().find(ItemKind::button, panel.t("console.polls.open")));
    only_command<core::OpenPoll>(panel.commands());

    auto& session = panel.scene.session();
    session.open_poll();
    session.cast_ballot(panel.scene.person("Anna"), Side::tegen);
    session.cast_ballot(panel.scene.person("Daan"), Side::tegen);
    session.cast_ballot(panel.scene.person("Bram"), Side::voor);
    panel.scene.actions.clear();
    panel.show();
    const auto& record = panel.record();
    CHECK(record.shows(panel.t("console.polls.running", {{"number", "1"}})));
    CHECK(record.shows(panel.t("console.polls.ballots", {{"ballots", "3"}, {"present", "7"}})));
    const auto* voor = record.find(ItemKind::text, "Voor");
    const auto* tegen = record.find(ItemKind::text, "Tegen");
    const auto* twijfel = record.find(ItemKind::text, "Twijfel");
    REQUIRE(voor);
    REQUIRE(tegen);
    REQUIRE(twijfel);
    CHECK(on_row_of(record, ItemKind::text, "1", *voor));
    CHECK(on_row_of(record, ItemKind::text, "2", *tegen));
    CHECK(on_row_of(record, ItemKind::text, "0", *twijfel));
    // The chart: the opening position, the poll, and the seats now.
    CHECK(record.find(ItemKind::text, panel.t("console.polls.chart_opening")));
    CHECK(record.find(ItemKind::text, panel.t("console.polls.chart_poll", {{"number", "1"}})));
    CHECK(record.find(ItemKind::text, panel.t("console.polls.chart_now")));
    CHECK(record.find(ItemKind::text, "57%"));  // 4 of 7 seats on voor at the opening

    panel.click(record.find(ItemKind::button, panel.t("console.polls.close")));
    only_command<core::ClosePoll>(panel.commands());
    CHECK(panel.record().missing_glyphs().empty());
}

TEST_CASE("the scoreboard lists every participant, and a number explains itself on hover", "[console][judgement]") {
    Panel panel(app::draw_console_scoreboard);
    panel.show();
    const auto& record = panel.record();
    INFO(record.texts());
    for (const char* name : {"Anna", "Bram", "Carla", "Daan", "Eva", "Fatima", "Gerrit"})
        CHECK(record.find(ItemKind::option, name));
    const auto& board = panel.scene.frame().scoreboard;
    const auto daan = panel.scene.person("Daan");
    const auto& measures = board.participants[daan.value - 1].measures;
    const std::string time = app::format_duration(static_cast<core::Millis>(measures.speaking_ms.value));
    const auto* cell = on_row_of(record, ItemKind::text, time, *record.find(ItemKind::option, "Daan"));
    REQUIRE(cell);
    const std::string term = panel.t("score.turn") + "  +" + time;
    CHECK_FALSE(record.find(ItemKind::text, term));

    const auto where = *cell;
    panel.hover(&where);
    INFO(panel.record().texts());
    CHECK(panel.record().shows(panel.t("console.scores.explain",
                                       {{"measure", panel.t("console.scores.col_time_long")}, {"who", "Daan"}, {"value", time}})));
    CHECK(panel.record().find(ItemKind::text, term));

    // The verdict, read both ways, with the rules behind it.
    const auto& report = board.statements.front();
    const std::string strength = app::decimal(report.strength.value, 2, core::Language::nl);
    panel.show();
    const auto* verdict = panel.record().find(ItemKind::text, strength);
    REQUIRE(verdict);
    const auto verdict_item = *verdict;
    panel.hover(&verdict_item);
    CHECK(panel.record().find(ItemKind::text, panel.t("score.neutral") + "  +0,50"));
    CHECK(panel.record().missing_glyphs().empty());
}

TEST_CASE("the argument graph draws the statement and each argument, and a click pins one", "[console][judgement]") {
    Panel panel([](const app::ConsoleFrame& frame, app::ConsoleUiState& ui, app::ConsoleActions&, float width) {
        app::draw_argument_graph(frame, ui, width, 320);
    });
    panel.show();
    INFO(panel.record().texts());
    const auto& state = panel.scene.state();
    CHECK(panel.record().find(ItemKind::text, panel.t("console.scores.statement_node",
                                                      {{"strength", app::decimal(state.statements[0].strength, 2, core::Language::nl)}})));
    const auto* bram = panel.record().find(ItemKind::text, "#1");
    const auto* daan = panel.record().find(ItemKind::text, "#2");
    REQUIRE(bram);
    REQUIRE(daan);
    CHECK(bram->min.y < daan->min.y);  // the reply hangs below what it answers
    // Clicking a node (just above its label) pins its scores below the graph.
    panel.headless.click(ImVec2(daan->centre().x, daan->min.y - 20), panel.draw());
    panel.show();
    CHECK(panel.scene.ui.scores.argument == ArgumentId{2});
    CHECK(panel.record().shows(panel.t("console.scores.node_scores",
                                       {{"base", app::decimal(state.arguments[1].base, 2, core::Language::nl)},
                                        {"strength", app::decimal(state.arguments[1].strength, 2, core::Language::nl)}})));
}

TEST_CASE("the judgement panels speak English when the console does", "[console][judgement]") {
    for (const auto panel_function : {app::draw_console_tagging, app::draw_console_flags, app::draw_console_polls,
                                      app::draw_console_scoreboard}) {
        Panel panel(panel_function, core::Language::en);
        panel.width = 400;
        panel.show();
        INFO(panel.record().texts());
        CHECK(panel.record().missing_glyphs().empty());
        for (const char* dutch : {"Noteer", "Meldingen", "Stemming", "Spreektijd", "Beurt", "stelling"})
            CHECK_FALSE(panel.record().shows(dutch));
    }
    Panel flags(app::draw_console_flags, core::Language::en);
    flags.show();
    CHECK(flags.record().shows("2\u00d7 Ad hominem \u2014 Daan, turn 2"));
    CHECK(flags.record().find(ItemKind::button, "Confirm (J)"));
}

TEST_CASE("200 participants and 500 arguments draw in every judgement panel, at both widths", "[console][judgement]") {
    Panel panel(app::draw_console_scoreboard, core::Language::nl, false);
    auto& session = panel.scene.session();
    session.open_statement("Het zwembad in Vriezenveen moet dicht");
    std::vector<core::ParticipantId> people;
    for (int i = 0; i < 200; ++i) {
        people.push_back(session.join("Deelnemer " + std::to_string(i + 1)));
        session.take_seat(people.back(), i % 3 == 0 ? Side::voor : i % 3 == 1 ? Side::tegen : Side::twijfel);
    }
    session.fix(core::PositionKind::opening);
    std::vector<ArgumentId> arguments;
    for (int turn = 0; turn < 50; ++turn) {
        session.wait(30'000);
        session.give_floor(people[static_cast<std::size_t>(turn * 3 % 200)]);
        for (int i = 0; i < 10; ++i) {
            const bool root = i == 0;
            // The last argument, or one halfway or a third of the way back: deep and wide.
            const ArgumentId target = root ? ArgumentId{} : arguments[(arguments.size() - 1) / static_cast<std::size_t>(1 + i % 3)];
            const auto kind = root ? (turn % 2 ? ArgumentKind::contra : ArgumentKind::pro)
                                   : (i % 2 ? ArgumentKind::rebuttal : ArgumentKind::support);
            arguments.push_back(session.tag_argument(kind, target, core::EvidenceKind::fact));
        }
        session.flag(people[static_cast<std::size_t>((turn * 3 + 1) % 200)], "ad_hominem");
    }
    session.open_poll();
    for (std::size_t i = 0; i < 150; ++i) session.cast_ballot(people[i], i % 2 ? Side::voor : Side::tegen);
    REQUIRE(panel.scene.state().arguments.size() == 500);

    for (const auto panel_function : {app::draw_console_tagging, app::draw_console_flags, app::draw_console_polls,
                                      app::draw_console_scoreboard}) {
        for (const float width : {360.0f, 700.0f}) {
            panel.panel = panel_function;
            panel.width = width;
            panel.show();
            INFO(panel.record().texts());
            CHECK(panel.record().missing_glyphs().empty());
            CHECK_FALSE(panel.record().items().empty());
        }
    }
    // The target list holds every argument of the statement, drawn only where visible.
    panel.panel = app::draw_console_tagging;
    panel.show();
    panel.click(panel.record().find(ItemKind::input, panel.t("console.tagging.the_statement")));
    CHECK(panel.record().find(ItemKind::option, panel.t("console.tagging.the_statement")));
    CHECK(std::count_if(panel.record().items().begin(), panel.record().items().end(),
                        [](const auto& item) { return item.kind == ItemKind::option; }) < 100);
}
