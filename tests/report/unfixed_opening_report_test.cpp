// Issue "A real training day": in a session where nobody fixed the opening position, two
// people crossed the floor; the report said "Oversteken (0) – Niemand stak over" and
// could not say who won the room. The engine now fixes the opening by itself, so the
// report and the replay show those crossings.
#include <catch2/catch.hpp>

#include "core/replay.hpp"
#include "report/html_report.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/report/report_fixture.hpp"

namespace lagerhuis::tests {
namespace {

using core::Side;

// Anna twijfel → voor and Bram tegen → twijfel, well after the statement opened; no
// button pressed, nobody given the floor.
std::vector<core::Event> forgotten_opening_session() {
    TestSession s;
    s.open_statement("Het zwembad in Vriezenveen moet dicht");
    const auto anna = s.join("Anna");
    const auto bram = s.join("Bram");
    const auto carla = s.join("Carla");
    s.take_seat(anna, Side::twijfel);
    s.take_seat(bram, Side::tegen);
    s.take_seat(carla, Side::voor);
    s.wait(3 * 60'000);
    s.take_seat(anna, Side::voor);
    s.wait(20'000);
    s.take_seat(bram, Side::twijfel);
    s.wait(60'000);
    s.lead(core::CloseStatement{});
    return s.log();
}

std::string statement_section(const std::string& html) {
    const auto start = html.find("id=\"statement-1\"");
    REQUIRE(start != std::string::npos);
    const auto end = html.find("</section>", start);
    REQUIRE(end != std::string::npos);
    return html.substr(start, end - start);
}

}  // namespace

TEST_CASE("crossings made while nobody fixed the opening position are in the report", "[report][html]") {
    const auto log = forgotten_opening_session();
    const auto& messages = shipped_session_assets().messages;
    const std::string html = statement_section(report::html_report(log, messages, {core::Language::nl, false, {}}));
    auto text = [&](std::string_view key, core::MessageCatalog::Params params = {}) {
        return messages.render(key, params, core::Language::nl);
    };
    CHECK_THAT(html, Catch::Contains(text("report.crossings.heading", {{"count", "2"}})));  // "Oversteken (2)"
    CHECK_THAT(html, !Catch::Contains(text("report.crossings.none")));
    CHECK_THAT(html, Catch::Contains(text("report.verdict.room_gained", {{"side", "voor"}})));  // "Voor won terrein"
    CHECK_THAT(html, !Catch::Contains(text("report.verdict.room_unknown")));
}

TEST_CASE("the replay of such a session shows each crossing at its moment", "[report][replay]") {
    core::Replay replay(forgotten_opening_session());
    const auto& at_end = replay.final_state();
    REQUIRE(at_end.crossings.size() == 2);
    CHECK(at_end.crossings[0].from == Side::twijfel);
    CHECK(at_end.crossings[0].to == Side::voor);
    // Between the two moves only Anna had crossed.
    CHECK(replay.seek_time(at_end.crossings[0].at_ms + 10'000).crossings.size() == 1);
    CHECK(replay.seek_time(at_end.crossings[0].at_ms - 1).crossings.empty());
}

}  // namespace lagerhuis::tests
