// A co-facilitator joins a long session (issue #24): a log larger than a connection may
// queue comes in parts, the console ends with the host's state, and the queue limit still
// drops a client that stops reading on the way.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/apply.hpp"
#include "demo/synthetic_session.hpp"
#include "live_session.hpp"
#include "proto/json_codec.hpp"
#include "tests/core/state_dump.hpp"

namespace {

using namespace lagerhuis;
using namespace std::chrono_literals;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

// Three hours of a room of 120, about 3.8 MB of events: more than a connection may queue.
const std::vector<core::Event>& long_log() {
    static const std::vector<core::Event> log = [] {
        demo::SyntheticSessionSpec spec;
        spec.events = 25'000;
        spec.arguments = 250;
        return demo::synthetic_session(spec);
    }();
    return log;
}

std::size_t encoded_bytes(const std::vector<core::Event>& events) {
    std::size_t bytes = 0;
    for (const auto& event : events) bytes += proto::encode_event_line(event).size() + 1;
    return bytes;
}

// Runs until `client` has joined `joins` times and holds every event the host has then.
bool holds_the_whole_log(net::EventLoop& loop, LiveSession& live, RecordingClient& client, int joins) {
    if (!run_until(loop, [&] { return client.joins >= joins; }, 20s)) return false;
    const core::Seq host_seq = live.state().last_seq;
    return run_until(
        loop, [&] { return !client->events().empty() && client->events().back().seq == host_seq; }, 30s);
}

// What the console folds from the events it received is the host's state, field for field.
void check_same_state(LiveSession& live, RecordingClient& client) {
    const std::string host = tests::dump_state(live.state());
    const std::string folded = tests::dump_state(core::fold(client->events()));
    INFO(tests::first_difference(host, folded));
    CHECK(host == folded);
}

TEST_CASE("a co-facilitator joins and resumes a session whose log is larger than a connection may queue",
          "[net][slow]") {
    const net::ServerOptions network;  // the shipped queue limit
    REQUIRE(encoded_bytes(long_log()) > network.max_queued_bytes);
    LiveSession live(network, long_log());
    net::EventLoop loop;

    RecordingClient console(loop, live.co_facilitator("Tweede gespreksleider"));
    console->start();
    REQUIRE(holds_the_whole_log(loop, live, console, 1));
    check_same_state(live, console);
    CHECK(console->view().has_snapshot());

    // A lost connection: it resumes from the last event it has, and gets what it missed.
    console->drop_connection();
    for (int i = 0; i < 20; ++i)
        REQUIRE(live.facilitate(core::AddStatement{"Stelling erbij " + std::to_string(i) + "."}).accepted());
    REQUIRE(holds_the_whole_log(loop, live, console, 2));
    check_same_state(live, console);

    // A restarted console has its token and nothing else: the whole log again, in parts.
    auto restarted_options = live.co_facilitator("Tweede gespreksleider");
    restarted_options.token = console->token();
    console->close();
    RecordingClient restarted(loop, restarted_options);
    restarted->start();
    REQUIRE(holds_the_whole_log(loop, live, restarted, 1));
    check_same_state(live, restarted);
    CHECK(restarted->participant() == console->participant());

    CHECK(live.server().counters().dropped_slow == 0);
    CHECK_FALSE(console.has_error(proto::WireCode::too_slow));
    CHECK_FALSE(restarted.has_error(proto::WireCode::too_slow));
}

TEST_CASE("a co-facilitator that stops reading while its log comes in parts is dropped, the others go on",
          "[net][slow]") {
    net::ServerOptions network;
    network.max_queued_bytes = 64 * 1024;  // parts of 16 KiB: the log comes in hundreds
    network.socket_send_buffer = 16 * 1024;
    LiveSession live(network, long_log());
    net::EventLoop loop;

    RecordingClient participant(loop, live.participant("Deelnemer"));
    participant->start();
    REQUIRE(run_until(loop, [&] { return participant->view().me().has_value(); }));

    // Stops reading as soon as the first part is in.
    bool stalled = false;
    std::unique_ptr<net::ParticipantClient> console;
    net::ParticipantClient::Listener listener;
    listener.on_view = [&] {
        if (stalled) return;
        stalled = true;
        console->stall(true);
    };
    bool told_too_slow = false;
    bool disconnected = false;
    listener.on_error = [&](const proto::WireReason& reason) { told_too_slow |= reason.code == proto::WireCode::too_slow; };
    listener.on_disconnected = [&](const std::string&) { disconnected = true; };
    console = std::make_unique<net::ParticipantClient>(loop, live.co_facilitator("Tweede gespreksleider"), listener);
    console->start();
    REQUIRE(run_until(loop, [&] { return stalled; }));
    CHECK(console->events().size() < long_log().size());

    // The room goes on; the stalled console's batches pile up until the limit drops it.
    core::Seq last = 0;
    for (int i = 0; i < 2'000 && live.server().counters().dropped_slow == 0; ++i) {
        auto added = live.facilitate(core::AddStatement{std::string(250, 's') + std::to_string(i)});
        REQUIRE(added.accepted());
        last = added.seq;
        loop.run_for(2ms);
    }
    CHECK(live.server().counters().dropped_slow == 1);
    REQUIRE(run_until(loop, [&] { return participant->view().seq() >= last; }));
    CHECK(participant->view().gaps() == 0);
    console->stall(false);
    REQUIRE(run_until(loop, [&] { return told_too_slow || disconnected; }));
}

}  // namespace
