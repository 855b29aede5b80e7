// An anonymous room: whoever joins gets a name from the room ("Deelnemer 3"), whatever
// name their device sent; gespreksleiders keep theirs.
#include <catch2/catch.hpp>

#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::TestSession;

namespace {

SessionConfig anonymous_room(Language language = Language::nl) {
    SessionConfig config = lagerhuis::tests::test_config();
    config.language = language;
    config.rules.anonymous_room = true;
    return config;
}

std::string joined_name(TestSession& s, const std::string& sent, Role role = Role::participant) {
    const auto events = s.accept({}, Join{sent, role});
    REQUIRE(events.size() == 1);
    return std::get<ParticipantJoined>(events[0].body).name;
}

}  // namespace

TEST_CASE("in an anonymous room participants are numbered by the room, and the name they sent is not kept",
          "[rules][privacy]") {
    TestSession s(anonymous_room());
    CHECK(joined_name(s, "Anna de Vries") == "Deelnemer 1");
    CHECK(joined_name(s, "") == "Deelnemer 2");
    CHECK(joined_name(s, "Co Leider", Role::co_facilitator) == "Co Leider");
    CHECK(joined_name(s, "Bram") == "Deelnemer 3");
    for (const auto& event : s.log())
        if (const auto* joined = std::get_if<ParticipantJoined>(&event.body)) CHECK(joined->name.find("Anna") == std::string::npos);
}

TEST_CASE("a generated name that was taken by a rename moves on to the next number", "[rules][privacy]") {
    TestSession s(anonymous_room(Language::en));
    CHECK(joined_name(s, "x") == "Participant 1");
    const ParticipantId first{2};
    s.lead(RenameParticipant{first, "Participant 2"});
    CHECK(joined_name(s, "y") == "Participant 3");
}

TEST_CASE("outside an anonymous room the sent name is the name, and an empty one is refused", "[rules]") {
    TestSession s;
    CHECK(joined_name(s, "Anna") == "Anna");
    CHECK(s.refusal({}, Join{"", Role::participant}).code == ReasonCode::name_empty);
}
