// Who is present is who is here now: a participant whose connection closed no longer
// counts in the view's room.present (the rules engine still has them in the session),
// someone added by hand without a device always does, and one who comes back counts again.
#include <catch2/catch.hpp>

#include "net/live_session.hpp"
#include "proto/projection.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

int present_seen_by(RecordingClient& client) {
    const auto view = client->view().typed_view();
    return view ? view->room.present : -1;
}

TEST_CASE("the view's present count follows who is connected, and people added by hand", "[host][presence]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient anna(loop, live.participant("Anna"));
    auto bram = std::make_unique<RecordingClient>(loop, live.participant("Bram"));
    RecordingClient carla(loop, live.participant("Carla"));
    for (auto* client : {&anna, bram.get(), &carla}) (*client)->start();
    REQUIRE(run_until(loop, [&] { return present_seen_by(anna) == 3; }));

    REQUIRE(live.facilitate(core::AddPerson{"Gerrit", core::Role::participant}).accepted());  // no device
    REQUIRE(run_until(loop, [&] { return present_seen_by(anna) == 4; }));

    const core::Seq before = anna->view().seq();
    (*bram)->close();
    REQUIRE(run_until(loop, [&] { return present_seen_by(anna) == 3 && present_seen_by(carla) == 3; }));
    CHECK(anna->view().seq() == before);  // no event: nobody left the session
    CHECK(anna->view().gaps() == 0);
    CHECK(anna->view().duplicates() == 0);
    const auto state = live.state();
    CHECK(state.participants.size() == 5);  // the gespreksleider, Anna, Bram, Carla, Gerrit
    CHECK(proto::count_room(state, nullptr).in_session == 4);

    // What Anna holds is the host's projection: her view hashes alike.
    anna->request_view_hash();
    REQUIRE(run_until(loop, [&] { return anna.host_hash.has_value(); }));
    CHECK(anna.host_hash->first == anna->view().hash());

    // Bram comes back (his token, a new connection): present again.
    net::ClientOptions again = live.participant("Bram");
    again.token = (*bram)->token();
    bram.reset();
    RecordingClient bram_again(loop, again);
    bram_again->start();
    REQUIRE(run_until(loop, [&] { return present_seen_by(anna) == 4; }));
    CHECK(bram_again->participant() == core::ParticipantId{3});
}

}  // namespace
