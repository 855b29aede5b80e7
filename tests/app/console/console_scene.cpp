#include "tests/app/console/console_scene.hpp"

#include <catch2/catch.hpp>

#include "app/console/console_panels.hpp"
#include "tests/core/shipped_assets.hpp"

namespace lagerhuis::tests {

using namespace core;

ConsoleScene::ConsoleScene(Language language) {
    auto loaded = app::Texts::load(shipped_assets_dir(), language);
    REQUIRE(loaded.ok());
    texts = std::move(loaded).value();
    join.urls = {"http://192.168.1.20:8080/?code=482913"};
    join.code = "482913";
    join.secret = "kiwi-tafel-93";
    join.connections = 6;
}

std::function<void()> ConsoleScene::console_screen(Millis later_ms) {
    return [this, later_ms] {
        const auto& shown = frame(later_ms);
        app::handle_console_keys(shown, ui, actions);
        app::draw_console_screen(shown, ui, actions);
    };
}

const app::ConsoleFrame& ConsoleScene::frame(Millis later_ms) {
    scoreboard_ = build_scoreboard(session_.state());
    frame_.reset();
    frame_.emplace(app::ConsoleFrame{session_.state(), scoreboard_, texts, session_.now() + later_ms, join, notices});
    frame_->presence = presence ? &*presence : nullptr;
    return *frame_;
}

ParticipantId ConsoleScene::person(const std::string& name) const {
    for (const auto& participant : session_.state().participants)
        if (participant.name == name) return participant.id;
    FAIL("no participant named " << name);
    return {};
}

void ConsoleScene::debate_in_progress() {
    auto& s = session_;
    const auto anna = s.join("Anna");
    const auto bram = s.join("Bram");
    const auto carla = s.join("Carla");
    const auto daan = s.join("Daan");
    const auto eva = s.join("Eva");
    const auto fatima = s.join("Fatima");
    const auto gerrit = s.add_person("Gerrit");
    s.open_statement("Het zwembad in Vriezenveen moet dicht");
    s.add_statement("Inwoners beslissen zelf over het wijkbudget");
    for (auto who : {anna, bram, carla, fatima}) s.take_seat(who, Side::voor);
    for (auto who : {daan, eva}) s.take_seat(who, Side::tegen);
    s.lead(TakeSeat{gerrit, Side::tegen});
    s.fix(PositionKind::opening);
    s.wait(5'000);
    s.accept(bram, RaiseHand{});
    s.give_floor(bram);
    const auto pool_costs = s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
    s.wait(40'000);
    s.end_turn();
    s.wait(3'000);
    s.take_seat(fatima, Side::twijfel);
    s.accept(daan, RaiseHand{});
    s.accept(carla, RaiseHand{});
    s.give_floor(daan);
    const auto reply = s.tag_argument(ArgumentKind::rebuttal, pool_costs, EvidenceKind::experience);
    s.wait(2'000);
    s.accept(fatima, RaiseHand{});
    s.wait(8'000);
    s.flag(eva, "ad_hominem", reply);
    s.flag(anna, "ad_hominem", reply);
    s.wait(10'000);
}

std::vector<CommandBody> commands_in(const app::ConsoleActions& actions) {
    std::vector<CommandBody> commands;
    for (const auto& action : actions)
        if (const auto* command = std::get_if<app::ConsoleCommand>(&action)) commands.push_back(command->body);
    return commands;
}

}  // namespace lagerhuis::tests
