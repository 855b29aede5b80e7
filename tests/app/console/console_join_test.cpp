// The Meedoen tab on a LAN: when no phone has reached the host a few minutes after it
// started, it says what usually blocks them and what to do (issue #19, "For the LAN case").
#include "tests/app/console/console_panel_fixture.hpp"

namespace {
constexpr const char* hint_heading = "Nog geen telefoon binnen?";
}  // namespace

TEST_CASE("the Meedoen tab says what blocks phones when none has reached the host after three minutes",
          "[console][join]") {
    tests::ConsoleScene scene;
    Panel join{scene, app::draw_console_join};
    scene.join.unreached_ms = 2 * 60 * 1000;  // two minutes: people are still finding the code
    CHECK_FALSE(join.show().shows(hint_heading));

    scene.join.unreached_ms = 3 * 60 * 1000;
    const auto& record = join.show();
    INFO(record.texts());
    CHECK(record.shows(hint_heading));
    CHECK(record.shows("hotspot"));
    CHECK(record.shows("firewall"));
    CHECK(record.cut_items().empty());

    // A phone reached it (the link reports 0 from then on), or the room is closed: no hint.
    scene.join.unreached_ms = 0;
    CHECK_FALSE(join.show().shows(hint_heading));
    scene.join.unreached_ms = 10 * 60 * 1000;
    scene.session().lead(core::LockRoom{true});
    CHECK_FALSE(join.show().shows(hint_heading));
}

TEST_CASE("the hint on the Meedoen tab speaks English too", "[console][join]") {
    tests::ConsoleScene scene(core::Language::en);
    Panel join{scene, app::draw_console_join};
    scene.join.unreached_ms = 5 * 60 * 1000;
    const auto& record = join.show();
    INFO(record.texts());
    CHECK(record.shows("No phone in yet?"));
}
