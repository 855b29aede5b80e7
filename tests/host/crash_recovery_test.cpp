// kill -9 of a real `lagerhuis serve` at moments chosen from a fixed seed, while
// concurrent clients have commands in flight: every acknowledged event survives, nothing
// is half-applied, the file reopens cleanly, a running turn comes back paused without
// counting the time the host was down, and the restarted host's state is the fold of
// the stored log.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "core/apply.hpp"
#include "host/seat_asked.hpp"
#include "net/host_process.hpp"
#include "net/live_session.hpp"
#include "proto/projection.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;
using tests::HostProcess;
using tests::RecordingClient;
using tests::run_until;

constexpr int kills = 22;

net::ClientOptions client_options(std::uint16_t port, std::string name, bool facilitator) {
    auto options = tests::live_client(port, std::move(name), facilitator);
    options.reconnect = false;  // the host is about to die; a new round makes new clients
    return options;
}

// The next thing a client does: participants move between benches and raise or lower
// their hand; the co-facilitator gives the floor and tags what was said.
core::CommandBody next_command(std::size_t client, std::uint64_t step, const std::vector<core::ParticipantId>& speakers) {
    if (client == 0) {
        if (step % 2 == 0 && !speakers.empty())
            return core::GiveFloor{speakers[(step / 2) % speakers.size()], "crash test"};
        return core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, "Argument " + std::to_string(step)};
    }
    switch (step % 4) {
        case 0: return core::TakeSeat{{}, core::Side::voor};
        case 1: return core::RaiseHand{};
        case 2: return core::TakeSeat{{}, core::Side::tegen};
        default: return core::LowerHand{};
    }
}

TEST_CASE("kill -9 of the host at random moments loses no acknowledged event", "[crash][slow]") {
    tests::TempDir dir;
    const auto path = dir / "crash.lagerhuis";
    const std::vector<std::string> arguments{"--session", path.string(), "--demo", "--code", tests::live_code,
                                             "--secret", tests::live_secret};
    std::mt19937 random(20261129);
    std::uniform_int_distribution<int> lifetime_ms(40, 400);
    std::vector<std::pair<core::Seq, std::string>> acks;  // seq and request id of every ack
    tests::SeatsAsked seats_asked;

    for (int round = 0; round < kills; ++round) {
        HostProcess host(arguments);
        if (round > 0) CHECK(host.output().find("Resumed session") != std::string::npos);
        net::EventLoop loop;
        std::vector<std::unique_ptr<RecordingClient>> clients;
        clients.push_back(std::make_unique<RecordingClient>(loop, client_options(host.port(), "Leider " + std::to_string(round), true)));
        for (int i = 0; i < 3; ++i)
            clients.push_back(std::make_unique<RecordingClient>(
                loop, client_options(host.port(), "Deelnemer " + std::to_string(round) + "-" + std::to_string(i), false)));
        for (auto& client : clients) (*client)->start();
        REQUIRE(run_until(loop, [&] {
            return std::all_of(clients.begin(), clients.end(), [](auto& c) { return (*c)->joined(); });
        }));
        std::vector<core::ParticipantId> speakers;
        for (std::size_t i = 1; i < clients.size(); ++i) speakers.push_back((*clients[i])->participant());

        const auto kill_at = std::chrono::steady_clock::now() + std::chrono::milliseconds(lifetime_ms(random));
        std::vector<std::uint64_t> steps(clients.size(), 0);
        while (std::chrono::steady_clock::now() < kill_at) {
            for (std::size_t i = 0; i < clients.size(); ++i)
                if ((*clients[i])->unanswered() == 0) {
                    const auto body = next_command(i, steps[i]++, speakers);
                    const auto request_id = (*clients[i])->send(body);
                    if (i > 0) tests::note_seat_asked(seats_asked, request_id, body, speakers[i - 1]);
                }
            loop.run_for(std::chrono::milliseconds(1));
        }
        host.kill_hard();
        for (auto& client : clients)
            for (const auto& [request_id, seq] : client->acks) acks.emplace_back(seq, request_id);
    }
    INFO("acknowledged commands: " << acks.size());
    CHECK(acks.size() > 100);

    // The last host: restarted on the file, with one more participant.
    HostProcess host(arguments);
    net::EventLoop loop;
    RecordingClient last(loop, client_options(host.port(), "Laatste", false));
    last->start();
    REQUIRE(run_until(loop, [&] { return last->view().me().has_value(); }));
    last->request_view_hash();
    REQUIRE(run_until(loop, [&] { return last.host_hash.has_value(); }));

    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto events = file->load_events();  // checks seq 1, 2, 3, ... without gaps
    REQUIRE(events.ok());

    // 0 lost: every acknowledged command's last event is in the file, under its request
    // id; the only ack without an event of its own asked for the bench one already had.
    std::map<core::Seq, std::string> acknowledged;  // seq → the request id whose last event it is
    for (const auto& [seq, request_id] : acks) {
        INFO("acked seq " << seq << " for " << request_id);
        REQUIRE(seq <= events->size());
        if ((*events)[seq - 1].request_id == request_id) {
            CHECK(acknowledged.emplace(seq, request_id).second);  // a seq is acked for one command only
            continue;
        }
        CHECK(tests::asked_for_the_seat_held(seats_asked, request_id, *events, seq));
    }
    // Nothing half-applied: the events of one command are contiguous and the last of them
    // is the one its ack named.
    std::map<std::string, std::vector<core::Seq>> by_request;
    for (const auto& event : *events)
        if (event.request_id.rfind("n", 0) == 0) by_request[event.request_id].push_back(event.seq);
    for (const auto& [request_id, seqs] : by_request) {
        INFO(request_id);
        CHECK(seqs.back() - seqs.front() + 1 == seqs.size());
    }
    for (const auto& [seq, request_id] : acknowledged) CHECK(by_request.at(request_id).back() == seq);

    // A turn running at a crash was paused at the last stored moment.
    int recoveries = 0;
    for (const auto& event : *events) {
        const auto* paused = std::get_if<core::TurnPaused>(&event.body);
        if (!paused || paused->reason != core::PauseReason::recovery) continue;
        recoveries += 1;
        CHECK(event.at_ms == (*events)[event.seq - 2].at_ms);
    }
    CHECK(recoveries > 0);

    // The restarted host's state is the fold of the stored log: its projection hashes alike.
    const core::State folded = core::fold(*events);
    CHECK(last.host_hash->second == folded.last_seq);
    const proto::Presence connected{{last->participant()}, {}};  // the last host's one client
    const proto::Projector projector(folded, connected);
    CHECK(last.host_hash->first ==
          proto::view_hash(proto::view_object(projector.view()), projector.personal(last->participant())));
    CHECK(last.host_hash->first == last->view().hash());
    CHECK(host.terminate() == 0);
}

}  // namespace
