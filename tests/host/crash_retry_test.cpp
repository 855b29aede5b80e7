// A command retried after kill -9 of a real `lagerhuis serve`: the same clients keep
// their commands in flight across the crash, reconnect to the restarted host on the same
// port and re-send what was not answered, with the same request ids. Whatever the dead
// host had committed must be answered with its original ack (the same seq), never
// applied a second time and never refused.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "host/seat_asked.hpp"
#include "net/host_process.hpp"
#include "net/live_session.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;
using tests::HostProcess;
using tests::RecordingClient;
using tests::run_until;

constexpr int kills = 12;
constexpr std::size_t in_flight_per_client = 3;

// Quick to come back: the host is restarted at once.
net::ClientOptions client_options(std::uint16_t port, std::string name, bool facilitator) {
    auto options = tests::live_client(port, std::move(name), facilitator);
    options.backoff.first = std::chrono::milliseconds(20);
    options.backoff.max = std::chrono::milliseconds(100);
    return options;
}

// Commands whose second application shows: a tag adds an argument, a seat change a
// crossing, a raised hand is refused when raised again.
core::CommandBody next_command(std::size_t client, std::uint64_t step, const std::vector<core::ParticipantId>& speakers) {
    if (client == 0) {
        if (step % 3 == 0) return core::GiveFloor{speakers[(step / 3) % speakers.size()], "retry test"};
        return core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, "Punt " + std::to_string(step)};
    }
    switch (step % 4) {
        case 0: return core::TakeSeat{{}, core::Side::voor};
        case 1: return core::RaiseHand{};
        case 2: return core::TakeSeat{{}, core::Side::tegen};
        default: return core::LowerHand{};
    }
}

core::Seq events_in(const std::filesystem::path& path) {
    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto events = file->load_events();
    REQUIRE(events.ok());
    return events->size();
}

TEST_CASE("a command retried after kill -9 gets its original ack and is applied once", "[crash][retry][slow]") {
    tests::TempDir dir;
    const auto path = dir / "retry.lagerhuis";
    const std::vector<std::string> arguments{"--session", path.string(), "--demo", "--code", tests::live_code,
                                             "--secret", tests::live_secret};
    auto host = std::make_unique<HostProcess>(arguments);
    const std::uint16_t port = host->port();

    net::EventLoop loop;
    std::vector<std::unique_ptr<RecordingClient>> clients;
    clients.push_back(std::make_unique<RecordingClient>(loop, client_options(port, "Leider", true)));
    for (int i = 0; i < 3; ++i)
        clients.push_back(std::make_unique<RecordingClient>(loop, client_options(port, "Deelnemer " + std::to_string(i), false)));
    for (auto& client : clients) (*client)->start();
    auto settled = [&] {
        return std::all_of(clients.begin(), clients.end(), [](auto& c) { return (*c)->joined() && (*c)->unanswered() == 0; });
    };
    REQUIRE(run_until(loop, settled));
    std::vector<core::ParticipantId> speakers;
    for (std::size_t i = 1; i < clients.size(); ++i) speakers.push_back((*clients[i])->participant());

    std::mt19937 random(20261207);
    std::uniform_int_distribution<int> lifetime_ms(60, 300);
    std::vector<std::uint64_t> steps(clients.size(), 0);
    std::map<std::string, int> sent_in_round;  // request id → the round it was first sent in
    tests::SeatsAsked seats_asked;
    std::vector<core::Seq> stored_at_kill;     // events in the file when round r's host died
    std::vector<std::set<std::string>> acked_at_kill(kills);

    for (int round = 0; round < kills; ++round) {
        const auto kill_at = std::chrono::steady_clock::now() + std::chrono::milliseconds(lifetime_ms(random));
        while (std::chrono::steady_clock::now() < kill_at) {
            for (std::size_t i = 0; i < clients.size(); ++i)
                if ((*clients[i])->joined() && (*clients[i])->unanswered() < in_flight_per_client) {
                    const auto body = next_command(i, steps[i]++, speakers);
                    const auto request_id = (*clients[i])->send(body);
                    sent_in_round.emplace(request_id, round);
                    if (i > 0) tests::note_seat_asked(seats_asked, request_id, body, speakers[i - 1]);
                }
            loop.run_for(std::chrono::milliseconds(1));
        }
        host->kill_hard();
        for (auto& client : clients)
            for (const auto& [request_id, seq] : client->acks) acked_at_kill[round].insert(request_id);
        stored_at_kill.push_back(events_in(path));
        host = std::make_unique<HostProcess>(arguments, port);
        REQUIRE(host->output().find("Resumed session") != std::string::npos);
        INFO("round " << round);
        REQUIRE(run_until(loop, settled, std::chrono::seconds(20)));
    }
    CHECK(host->terminate() == 0);

    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto events = file->load_events();
    REQUIRE(events.ok());
    std::map<std::string, std::vector<core::Seq>> stored;  // request id → its events' seqs
    for (const auto& event : *events)
        if (sent_in_round.count(event.request_id)) stored[event.request_id].push_back(event.seq);

    std::size_t answered_across_a_crash = 0;
    std::size_t acks = 0;
    for (const auto& client : clients) {
        for (const auto& [request_id, reason] : client->refusals) {
            INFO(request_id << " refused with " << reason.message());
            CHECK(stored.count(request_id) == 0);  // refused, so nothing of it may be stored
        }
        for (const auto& [request_id, seq] : client->every_ack) {
            INFO(request_id << " acked with seq " << seq);
            acks += 1;
            if (!stored.count(request_id)) {
                CHECK(tests::asked_for_the_seat_held(seats_asked, request_id, *events, seq));
                continue;
            }
            CHECK(stored.at(request_id).back() == seq);
            // Committed by a host that died before its ack left: answered by the next one.
            const int round = sent_in_round.at(request_id);
            if (!acked_at_kill[round].count(request_id) && seq <= stored_at_kill[round]) answered_across_a_crash += 1;
        }
    }
    // Applied once: a command's events are one contiguous run, in the file once.
    for (const auto& [request_id, seqs] : stored) {
        INFO(request_id);
        CHECK(seqs.back() - seqs.front() + 1 == seqs.size());
    }
    INFO("acks " << acks << ", answered across a crash " << answered_across_a_crash);
    CHECK(acks > 200);
    CHECK(answered_across_a_crash >= 3);  // the case this test is for did happen
}

}  // namespace
