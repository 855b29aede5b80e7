// A secret poll on a real `lagerhuis serve`, killed with kill -9 twice while the poll is
// open: every acknowledged ballot survives, a participant still sees their own choice and
// can change it, a repeated one changes nothing. After the close an attacker with
// everything the file leaves (its raw bytes, the -wal and -shm, a consolidated copy, the
// JSONL and CSV exports, the replay at every moment, a facilitator's log) tries to link
// each ballot to its voter, and cannot.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "tests/cli/run_command.hpp"
#include "core/apply.hpp"
#include "core/replay.hpp"
#include "net/host_process.hpp"
#include "net/live_session.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;
using tests::HostProcess;
using tests::RecordingClient;
using tests::run_until;

constexpr std::size_t voters = 4;

struct Room {
    net::EventLoop loop;
    std::unique_ptr<RecordingClient> lead;
    std::vector<std::unique_ptr<RecordingClient>> people;
};

net::ClientOptions options_for(std::uint16_t port, std::string name, bool facilitator, std::string token = {}) {
    auto options = tests::live_client(port, std::move(name), facilitator);
    options.reconnect = false;  // the host is about to die: a new round makes new clients
    options.token = std::move(token);
    return options;
}

// Everyone (back) in the room: by name in the first round, by their device's token after;
// a co-facilitator of its own each round (a name is taken once it joined).
void join(Room& room, std::uint16_t port, const std::vector<std::string>& tokens, int round) {
    room.lead = std::make_unique<RecordingClient>(room.loop, options_for(port, "Leider " + std::to_string(round), true));
    for (std::size_t i = 0; i < voters; ++i)
        room.people.push_back(std::make_unique<RecordingClient>(
            room.loop, options_for(port, "Stemmer " + std::to_string(i + 1), false, tokens.empty() ? "" : tokens[i])));
    (*room.lead)->start();
    for (auto& person : room.people) (**person).start();
    const bool in = run_until(room.loop, [&] {
        if (!(*room.lead)->caught_up()) return false;
        for (auto& person : room.people)
            if (!(**person).view().me().has_value()) return false;
        return true;
    });
    INFO("lead joined " << (*room.lead)->joined() << " caught up " << (*room.lead)->caught_up() << " errors "
                        << room.lead->errors.size() << " refusals " << room.lead->refusals.size());
    for (auto& person : room.people)
        INFO("voter joined " << (**person).joined() << " me " << (**person).view().me().has_value() << " errors "
                             << person->errors.size() << " disconnects " << person->disconnects.size());
    REQUIRE(in);
}

// Sends and waits for the host's answer; true when it was an ack.
bool answered_with_ack(Room& room, RecordingClient& client, core::CommandBody body) {
    const auto request_id = client->send(std::move(body));
    REQUIRE(run_until(room.loop, [&] { return client.answered(request_id); }));
    return client.acks.count(request_id) == 1;
}

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What would tie a ballot to a person in raw bytes: a ballot's type or choice field.
void check_no_ballot_in(const std::filesystem::path& path) {
    INFO(path.string());
    const std::string bytes = bytes_of(path);
    CHECK(bytes.find("ballot_cast") == std::string::npos);
    CHECK(bytes.find("\"choice\"") == std::string::npos);
}

}  // namespace

TEST_CASE("a secret poll survives kill -9 while open and leaves nothing that links a ballot to its voter",
          "[crash][privacy][slow]") {
    tests::TempDir dir;
    const auto path = dir / "stemming.lagerhuis";
    const std::vector<std::string> arguments{"--session", path.string(), "--demo", "--code", tests::live_code,
                                             "--secret", tests::live_secret};
    std::vector<std::string> tokens;
    std::vector<core::ParticipantId> ids;

    {  // Round 1: the poll opens, everyone votes, and the host is killed.
        HostProcess host(arguments);
        Room room;
        join(room, host.port(), {}, 1);
        for (auto& person : room.people) {
            tokens.push_back((**person).token());
            ids.push_back((**person).participant());
        }
        REQUIRE(answered_with_ack(room, *room.lead, core::OpenPoll{}));
        const core::Side first[] = {core::Side::voor, core::Side::tegen, core::Side::twijfel, core::Side::tegen};
        for (std::size_t i = 0; i < voters; ++i)
            REQUIRE(answered_with_ack(room, *room.people[i], core::CastBallot{{}, {}, first[i]}));
        host.kill_hard();
    }
    {  // Round 2: back by token; each sees their own acknowledged ballot; one changes it.
        HostProcess host(arguments);
        Room room;
        join(room, host.port(), tokens, 2);
        const core::Side expected[] = {core::Side::voor, core::Side::tegen, core::Side::twijfel, core::Side::tegen};
        for (std::size_t i = 0; i < voters; ++i) {
            CHECK((*room.people[i])->participant() == ids[i]);
            CHECK((*room.people[i])->view().me()->ballot == expected[i]);
        }
        CHECK_FALSE(answered_with_ack(room, *room.people[0], core::CastBallot{{}, {}, core::Side::voor}));
        CHECK(room.people[0]->refusals.begin()->second.code == core::ReasonCode::nothing_changed);
        REQUIRE(answered_with_ack(room, *room.people[3], core::CastBallot{{}, {}, core::Side::voor}));
        host.kill_hard();
    }
    core::SideCounts shown;
    {  // Round 3: the change survived too; the poll closes with the tally everyone sees.
        HostProcess host(arguments);
        Room room;
        join(room, host.port(), tokens, 3);
        CHECK((*room.people[3])->view().me()->ballot == core::Side::voor);
        REQUIRE(answered_with_ack(room, *room.lead, core::ClosePoll{}));
        REQUIRE(run_until(room.loop, [&] {
            auto view = (*room.people[0])->view().typed_view();
            return view && view->poll && !view->poll->open;
        }));
        const auto poll = (*room.people[0])->view().typed_view()->poll;
        shown = {poll->voor, poll->tegen, poll->twijfel};
        CHECK(shown == core::SideCounts{2, 1, 1});
        CHECK(poll->ballots == 4);
        CHECK_FALSE((*room.people[0])->view().me()->ballot.has_value());  // not kept after the close
        // While the host still runs: the commit sealed the rows and the -wal was folded away.
        check_no_ballot_in(path);
        if (std::filesystem::exists(path.string() + "-wal")) check_no_ballot_in(path.string() + "-wal");
        // A facilitator joining now gets the host's log, sealed as the file is.
        RecordingClient late(room.loop, options_for(host.port(), "Laat", true));
        late->start();
        REQUIRE(run_until(room.loop, [&] { return late->caught_up(); }));
        for (const auto& event : late->events()) CHECK_FALSE(std::holds_alternative<core::BallotCast>(event.body));
        CHECK(host.terminate() == 0);
    }

    // The attack: everything the file leaves, looked at for a ballot with a voter.
    for (const char* suffix : {"", "-wal", "-shm"})
        if (std::filesystem::exists(path.string() + suffix)) check_no_ballot_in(path.string() + suffix);
    const auto copy = dir / "kopie.lagerhuis";
    const auto jsonl = dir / "log.jsonl";
    const auto csv = dir / "csv";
    for (const auto& [format, target] : std::map<std::string, std::filesystem::path>{
             {"lagerhuis", copy}, {"jsonl", jsonl}, {"csv", csv}}) {
        const auto exported = tests::run_command({LAGERHUIS_BINARY, "export", path.string(), "--format", format, "-o", target.string()});
        INFO(format << ": " << exported.err);
        REQUIRE(exported.exit_code == 0);
    }
    check_no_ballot_in(copy);
    check_no_ballot_in(jsonl);
    const std::string votes = bytes_of(csv / "votes.csv");
    for (std::size_t i = 1; i <= voters; ++i) CHECK(votes.find("Stemmer " + std::to_string(i)) == std::string::npos);
    CHECK(votes.find("participant") == std::string::npos);  // choices only, in side order

    auto file = store::SessionFile::open_read_only(path);
    REQUIRE(file.ok());
    auto events = file->load_events();
    REQUIRE(events.ok());
    core::Millis opened_at = -1;
    int sealed = 0;
    for (const auto& event : *events) {
        if (std::holds_alternative<core::PollOpened>(event.body)) opened_at = event.at_ms;
        REQUIRE_FALSE(std::holds_alternative<core::BallotCast>(event.body));
        if (!std::holds_alternative<core::BallotSealed>(event.body)) continue;
        ++sealed;
        CHECK(event.actor.is_none());
        CHECK(event.request_id.empty());
        CHECK(event.at_ms == opened_at);
    }
    CHECK(sealed == 5);  // four ballots and one change: that a ballot was cast, nothing more
    // The replay at every moment knows no one's ballot, and ends with the tally the room saw.
    core::State state;
    for (const auto& event : *events) {
        core::apply(state, event);
        for (const auto& poll : state.polls) CHECK(poll.ballots.empty());
    }
    REQUIRE(state.polls.size() == 1);
    CHECK(state.polls.front().sealed == shown);
}
