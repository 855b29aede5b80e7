// Issue "A real training day": the same person on a second device was refused with "naam
// al in gebruik" and could not get her seat back. Now the second device asks to take the
// seat over; her first device (if connected) or the gespreksleider says yes or no. Over
// real sockets, against a real host on a real session file.
#include <catch2/catch.hpp>

#include "net/live_session.hpp"

namespace {

using namespace lagerhuis;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

bool refused_as_taken(const RecordingClient& client) {
    const auto found = client.refusals.find("join");
    return found != client.refusals.end() && found->second.code == core::ReasonCode::name_taken;
}

// A device that tried to join as `name`, was told the name is taken, and asked to take over.
void ask_to_take_over(net::EventLoop& loop, RecordingClient& device, const std::string& name) {
    device->start();
    REQUIRE(run_until(loop, [&] { return refused_as_taken(device); }));
    device->take_over(name);
    REQUIRE(run_until(loop, [&] { return !device.take_over_waits.empty() || !device.errors.empty(); }));
}

std::size_t seat_requests(const LiveSession& live) {
    const auto presence = live.presence();
    return presence ? presence->seat_requests.size() : 0;
}

TEST_CASE("a second device goes on as its participant once her first device says yes, and her old token stops working",
          "[host][take_over]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient phone(loop, live.participant("Anna"));
    phone->start();
    REQUIRE(run_until(loop, [&] { return phone->joined() && phone->view().has_snapshot(); }));
    const auto anna = phone->participant();
    const std::string old_token = phone->token();
    const core::Seq before = live.state().last_seq;

    RecordingClient laptop(loop, live.participant("Anna"));
    ask_to_take_over(loop, laptop, "anna ");  // as people type it
    REQUIRE(laptop.take_over_waits.size() == 1);
    CHECK(laptop.take_over_waits[0].name == "Anna");
    CHECK(laptop.take_over_waits[0].device_asked);
    REQUIRE(run_until(loop, [&] { return phone.take_over_asks.size() == 1 && seat_requests(live) == 1; }));
    CHECK(phone.take_over_asks[0] == laptop.take_over_waits[0].request);
    CHECK(live.presence()->seat_requests[0].participant == anna);
    CHECK_FALSE(laptop->joined());

    phone->answer_take_over(phone.take_over_asks[0], true);
    REQUIRE(run_until(loop, [&] {
        return laptop->joined() && laptop->view().has_snapshot() && phone.has_error(proto::WireCode::replaced);
    }));
    CHECK(laptop->participant() == anna);
    CHECK(laptop->token() != old_token);
    CHECK(laptop->view().me()->name == "Anna");
    REQUIRE(run_until(loop, [&] { return seat_requests(live) == 0; }));
    CHECK(live.state().last_seq == before);  // a device is not a debate event: nothing in the log
    CHECK(live.state().participants.size() == 2);  // the gespreksleider and Anna, still one person

    // The old phone's token no longer opens the seat.
    net::ClientOptions old_phone = live.participant("Anna");
    old_phone.token = old_token;
    RecordingClient stale(loop, old_phone);
    stale->start();
    REQUIRE(run_until(loop, [&] { return stale.has_error(proto::WireCode::unknown_token); }));

    // The new token is on disk: it survives a restart of the host.
    const std::string new_token = laptop->token();
    live.restart();
    net::ClientOptions again = live.participant("Anna");
    again.token = new_token;
    RecordingClient back(loop, again);
    back->start();
    REQUIRE(run_until(loop, [&] { return back->joined() && back->view().has_snapshot(); }));
    CHECK(back->participant() == anna);
    CHECK(back.errors.empty());
}

TEST_CASE("the gespreksleider answers for a seat whose device is gone; a no, a stranger's answer and unknown names are told",
          "[host][take_over]") {
    LiveSession live;
    net::EventLoop loop;
    auto phone = std::make_unique<RecordingClient>(loop, live.participant("Anna"));
    RecordingClient bram(loop, live.participant("Bram"));
    RecordingClient joelle(loop, live.co_facilitator("Joëlle"));
    for (auto* client : {phone.get(), &bram, &joelle}) (*client)->start();
    REQUIRE(run_until(loop, [&] { return (*phone)->joined() && bram->joined() && joelle->joined(); }));
    const auto anna = (*phone)->participant();
    (*phone)->close();
    phone.reset();

    RecordingClient stranger(loop, live.participant("Anna"));
    ask_to_take_over(loop, stranger, "Anna");
    REQUIRE(stranger.take_over_waits.size() == 1);
    CHECK_FALSE(stranger.take_over_waits[0].device_asked);  // nobody to ask: the gespreksleider decides
    const auto first_request = stranger.take_over_waits[0].request;

    // Bram cannot answer for Anna's seat.
    bram->answer_take_over(first_request, true);
    REQUIRE(run_until(loop, [&] { return bram.has_error(proto::WireCode::not_allowed_here); }));
    REQUIRE(run_until(loop, [&] { return seat_requests(live) == 1; }));

    live.host().answer_take_over(first_request, false);
    REQUIRE(run_until(loop, [&] { return stranger.has_error(proto::WireCode::take_over_refused); }));
    CHECK_FALSE(stranger->joined());
    REQUIRE(run_until(loop, [&] { return seat_requests(live) == 0; }));

    // Anna herself, on the laptop; a co-facilitator's console allows it over the wire.
    RecordingClient laptop(loop, live.participant("Anna"));
    ask_to_take_over(loop, laptop, "Anna");
    REQUIRE(laptop.take_over_waits.size() == 1);
    joelle->answer_take_over(laptop.take_over_waits[0].request, true);
    REQUIRE(run_until(loop, [&] { return laptop->joined() && laptop->view().has_snapshot(); }));
    CHECK(laptop->participant() == anna);

    // A gespreksleider's seat comes with the secret, and a name nobody has is nobody's.
    for (const std::string name : {"Joëlle", "Niemand"}) {
        RecordingClient device(loop, live.participant(name == "Joëlle" ? "Joëlle" : "Bram"));
        ask_to_take_over(loop, device, name);
        REQUIRE(run_until(loop, [&] { return device.has_error(proto::WireCode::take_over_unknown); }));
        CHECK(device.take_over_waits.empty());
        CHECK_FALSE(device->joined());
    }
}

TEST_CASE("a request to take over goes when its device leaves", "[host][take_over]") {
    LiveSession live;
    net::EventLoop loop;
    RecordingClient phone(loop, live.participant("Anna"));
    phone->start();
    REQUIRE(run_until(loop, [&] { return phone->joined(); }));
    auto laptop = std::make_unique<RecordingClient>(loop, live.participant("Anna"));
    ask_to_take_over(loop, *laptop, "Anna");
    REQUIRE(run_until(loop, [&] { return seat_requests(live) == 1; }));
    const auto request = laptop->take_over_waits.at(0).request;
    (*laptop)->close();
    laptop.reset();
    REQUIRE(run_until(loop, [&] { return seat_requests(live) == 0; }));
    // A late yes from the phone finds nothing to allow: the phone keeps its seat.
    phone->answer_take_over(request, true);
    loop.run_for(std::chrono::milliseconds(200));
    CHECK(phone->connected());
    CHECK_FALSE(phone.has_error(proto::WireCode::replaced));
}

}  // namespace
