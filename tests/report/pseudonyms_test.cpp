// Replacing names before a log or report leaves the room.
#include <catch2/catch.hpp>

#include "proto/json_codec.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"
#include "report/pseudonyms.hpp"
#include "tests/report/report_fixture.hpp"

namespace lagerhuis::tests {
namespace {

using report::Pseudonyms;

core::Event event(core::Seq seq, core::EventBody body) {
    core::Event e;
    e.seq = seq;
    e.body = std::move(body);
    return e;
}

// The scoreboard as JSON with the names left out: what must not change.
std::string figures_without_names(const core::Scoreboard& board) {
    auto json = proto::to_json(board);
    for (auto& person : json.at("participants").as_array()) person.as_object()["name"] = "";
    return proto::write_json_text(json);
}

}  // namespace

TEST_CASE("pseudonyms number participants and observers in order of id and name the gespreksleider by role", "[report]") {
    const auto names = Pseudonyms::from_log(demo_log(), "Gespreksleider");
    CHECK(names.of(core::ParticipantId{1}) == "Gespreksleider");
    CHECK(names.of(core::ParticipantId{2}) == "P1");   // Anna de Vries joined first
    CHECK(names.of(core::ParticipantId{13}) == "P12"); // Lotte van Dijk
    CHECK(names.of(core::ParticipantId{14}) == "P13"); // the observing trainer
    CHECK(names.of(core::ParticipantId{99}) == "P?");
}

TEST_CASE("scrubbing replaces full names and name parts as whole words, also beside quotes", "[report]") {
    const auto names = Pseudonyms::from_log(demo_log(), "Facilitator");
    CHECK(names.scrub("Zoals Eva Smit zei: Eva heeft gelijk.") == "Zoals P5 zei: P5 heeft gelijk.");
    CHECK(names.scrub("Evaluatie in het Bosch, niet bij Smits.") == "Evaluatie in het Bosch, niet bij Smits.");
    CHECK(names.scrub("„Karim” en Yılmaz; Lotte van Dijk.") == "„P11” en P11; P12.");
    CHECK(names.scrub("Marieke gaf Jan het woord") == "Facilitator gaf P13 het woord");
    CHECK(names.scrub("") == "");
}

TEST_CASE("every name a person had maps to one pseudonym, and a shared first name to none of them", "[report]") {
    core::SessionCreated created;
    created.facilitator = core::ParticipantId{1};
    created.facilitator_name = "Marieke Hofman";
    const std::vector<core::Event> log{
        event(1, created),
        event(2, core::ParticipantJoined{core::ParticipantId{2}, "Anna", core::Role::participant, true}),
        event(3, core::ParticipantJoined{core::ParticipantId{3}, "Co Leider", core::Role::co_facilitator, true}),
        event(4, core::ParticipantRenamed{core::ParticipantId{2}, "Anna de Vries"}),
        event(5, core::ParticipantJoined{core::ParticipantId{4}, "Anna Bakker", core::Role::participant, true}),
    };
    const auto names = Pseudonyms::from_log(log, "Gespreksleider");
    CHECK(names.of(core::ParticipantId{3}) == "Gespreksleider 2");
    CHECK(names.of(core::ParticipantId{4}) == "P2");
    CHECK(names.scrub("Anna de Vries en Anna Bakker") == "P1 en P2");
    CHECK(names.scrub("Vries, Bakker, Anna") == "P1, P2, P?");

    const auto rewritten = report::pseudonymize(log, names);
    CHECK(std::get<core::SessionCreated>(rewritten[0].body).facilitator_name == "Gespreksleider");
    CHECK(std::get<core::ParticipantJoined>(rewritten[1].body).name == "P1");
    CHECK(std::get<core::ParticipantRenamed>(rewritten[3].body).name == "P1");
}

TEST_CASE("the pseudonymized demo log names nobody and scores exactly like the original", "[report]") {
    const auto& assets = shipped_session_assets();
    const auto log = report::pseudonymize(demo_log(), assets.messages, core::Language::nl);
    REQUIRE(log.size() == demo_log().size());
    std::string all_text;
    for (const auto& e : log) all_text += proto::encode_event_line(e) + "\n";
    CHECK(first_real_name_in(all_text) == "");
    CHECK_THAT(all_text, Catch::Contains("Vervolgvraag op het antwoord van P5"));

    const auto scored = report::score_session(log);
    CHECK(figures_without_names(scored.board) == figures_without_names(scored_demo().board));
    for (const auto& person : scored.state.participants)
        CHECK((person.name == "Gespreksleider" || person.name.starts_with("P")));
}

}  // namespace lagerhuis::tests
