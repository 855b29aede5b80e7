// The session host without a network: what it stores, publishes and answers, with a
// recording outbox and a clock the test controls.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

#include "core/apply.hpp"
#include "host/session_host.hpp"
#include "host/session_setup.hpp"
#include "demo/synthetic_session.hpp"
#include "proto/wire_codec.hpp"
#include "store/store_fixture.hpp"

namespace {

using namespace lagerhuis;

class RecordingOutbox : public host::Outbox {
public:
    void send(host::ConnectionId connection, host::Text message) override {
        std::lock_guard lock(mutex);
        sent.emplace_back(connection, *message);
        calls.push_back("send " + *message);
    }
    void send_with_publication(host::ConnectionId connection, host::Text message) override {
        std::lock_guard lock(mutex);
        with_publication.emplace_back(connection, *message);
        calls.push_back("with publication " + *message);
    }
    void send_part(host::ConnectionId connection, host::Text part) override {
        std::lock_guard lock(mutex);
        parts.emplace_back(connection, *part);
        calls.push_back("part " + *part);
    }
    std::size_t max_part_bytes() const override { return part_bytes; }
    void subscribe(host::ConnectionId, core::ParticipantId, host::Audience) override {}
    void publish(host::Publication publication) override {
        std::lock_guard lock(mutex);
        calls.push_back("publish " + std::to_string(publication.from) + ".." + std::to_string(publication.seq));
        publications.push_back(std::move(publication));
    }
    void set_welcome(host::Text) override {}
    void disconnect(host::ConnectionId, host::Text) override {}

    std::mutex mutex;
    std::vector<std::pair<host::ConnectionId, std::string>> sent;
    std::vector<std::pair<host::ConnectionId, std::string>> with_publication;
    std::vector<host::Publication> publications;
    std::vector<std::pair<host::ConnectionId, std::string>> parts;
    std::vector<std::string> calls;  // in order: what was sent, deferred and published
    std::size_t part_bytes = 512 * 1024;
};

// Waits (up to two seconds) until `done` holds under the outbox's lock.
bool outbox_shows(RecordingOutbox& outbox, const std::function<bool()>& done) {
    for (int i = 0; i < 200; ++i) {
        {
            std::lock_guard lock(outbox.mutex);
            if (done()) return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::lock_guard lock(outbox.mutex);
    return done();
}

struct FakeClock {
    std::shared_ptr<std::atomic<std::int64_t>> now = std::make_shared<std::atomic<std::int64_t>>(1'000);
    std::function<std::int64_t()> function() const {
        return [now = now] { return now->load(); };
    }
};

std::unique_ptr<host::SessionHost> start_host(const std::filesystem::path& path, host::Outbox& outbox, host::HostOptions options) {
    auto file = store::SessionFile::open(path, {.program = "host test"});
    REQUIRE(file.ok());
    auto host = host::SessionHost::start(std::move(file).value(), outbox, std::move(options));
    REQUIRE(host.ok());
    return std::move(host).value();
}

host::SessionSetup small_setup() {
    host::SessionSetup setup;
    setup.config.title = "Hosttest";
    setup.config.catalog = demo::builtin_fallacy_catalog();
    setup.statements = {"Stelling één."};
    return setup;
}

// A host with a session set up (code 123456) and Anna joining on `anna`.
std::unique_ptr<host::SessionHost> host_with_anna(const std::filesystem::path& path, RecordingOutbox& outbox,
                                                  host::ConnectionId anna) {
    host::HostOptions options;
    options.session_code = "123456";
    auto host = start_host(path, outbox, std::move(options));
    REQUIRE_FALSE(host::set_up_session(*host, false, small_setup()));
    host->submit(anna, proto::Hello{proto::protocol_version, "test"});
    host->submit(anna, proto::JoinRequest{"123456", "Anna"});
    return host;
}

TEST_CASE("a turn running when the host stopped resumes paused, without the time it was down", "[host][recovery]") {
    tests::TempDir dir;
    const auto path = dir / "herstel.lagerhuis";
    RecordingOutbox outbox;
    FakeClock clock;
    core::ParticipantId speaker;
    {
        host::HostOptions options;
        options.monotonic_ms = clock.function();
        auto host = start_host(path, outbox, std::move(options));
        REQUIRE_FALSE(host::set_up_session(*host, false, small_setup()));
        REQUIRE(host->submit_local(host::session_facilitator, core::AddPerson{"Sanne", core::Role::participant}).get().accepted());
        speaker = core::ParticipantId{2};
        REQUIRE(host->submit_local(host::session_facilitator, core::TakeSeat{speaker, core::Side::voor}).get().accepted());
        clock.now->store(6'000);  // session time 5000
        REQUIRE(host->submit_local(host::session_facilitator, core::GiveFloor{speaker, ""}).get().accepted());
        clock.now->store(18'000);  // 12 s into the turn
        REQUIRE(host->submit_local(host::session_facilitator,
                                   core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, "Goed voor de buurt."})
                    .get()
                    .accepted());
        host->stop();  // like a crash for the turn: nobody ended it
    }
    clock.now->store(5'000'000);  // the laptop was off for more than an hour
    host::HostOptions options;
    options.monotonic_ms = clock.function();
    auto host = start_host(path, outbox, std::move(options));
    const core::State state = host->state().get();
    const core::Turn& turn = *state.turn(state.current_turn);
    CHECK(turn.paused());
    CHECK(turn.spoken_ms(state.last_at_ms) == 12'000);
    CHECK(host->now() == 17'000);  // the session clock goes on from the last stored event
    clock.now->store(5'004'000);
    REQUIRE(host->submit_local(host::session_facilitator, core::ResumeTurn{}).get().accepted());
    clock.now->store(5'010'000);
    const core::State resumed = host->state().get();
    CHECK(resumed.turn(resumed.current_turn)->spoken_ms(host->now()) == 18'000);  // 12 s before, 6 s since
}

TEST_CASE("publications are coalesced and continue each other", "[host]") {
    tests::TempDir dir;
    RecordingOutbox outbox;
    host::HostOptions options;
    options.publish_interval = std::chrono::milliseconds(150);
    std::atomic<int> states{0};
    options.on_state = [&](std::shared_ptr<const core::State>) { states += 1; };
    auto host = start_host(dir / "bundel.lagerhuis", outbox, std::move(options));
    REQUIRE_FALSE(host::set_up_session(*host, false, small_setup()));
    std::vector<std::future<host::LocalOutcome>> pending;
    for (int i = 0; i < 30; ++i)
        pending.push_back(host->submit_local(host::session_facilitator, core::AddPerson{"Persoon " + std::to_string(i), core::Role::participant}));
    core::Seq last = 0;
    for (auto& outcome : pending) last = std::max(last, outcome.get().seq);
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    host->stop();
    std::lock_guard lock(outbox.mutex);
    REQUIRE_FALSE(outbox.publications.empty());
    CHECK(outbox.publications.size() < 10);  // 34 commands, not 34 batches
    CHECK(outbox.publications.back().seq == last);
    for (std::size_t i = 1; i < outbox.publications.size(); ++i)
        CHECK(outbox.publications[i].from == outbox.publications[i - 1].seq + 1);
    CHECK(states.load() >= 1);
}

TEST_CASE("an accepted command's ack goes with the publication of its events, a refusal at once", "[host]") {
    tests::TempDir dir;
    RecordingOutbox outbox;
    const host::ConnectionId anna = 7;
    auto host = host_with_anna(dir / "ack.lagerhuis", outbox, anna);
    host->submit(anna, proto::CommandRequest{"zit", core::TakeSeat{{}, core::Side::voor}});
    host->submit(anna, proto::CommandRequest{"stem", core::CastBallot{{}, core::PollId{1}, core::Side::voor}});  // no poll
    auto contains = [](const std::vector<std::pair<host::ConnectionId, std::string>>& messages, const std::string& part) {
        return std::any_of(messages.begin(), messages.end(), [&](const auto& m) { return m.second.find(part) != std::string::npos; });
    };
    for (int i = 0; i < 200; ++i) {
        // Asked before taking the outbox's lock: the host thread may be publishing into it.
        const core::Seq last = host->state().get().last_seq;
        {
            std::lock_guard lock(outbox.mutex);
            if (contains(outbox.with_publication, R"("request_id":"zit")") && contains(outbox.sent, R"("request_id":"stem")") &&
                !outbox.publications.empty() && outbox.publications.back().seq == last)
                break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const core::Seq seated = host->state().get().last_seq;
    host->stop();

    std::lock_guard lock(outbox.mutex);
    REQUIRE(outbox.with_publication.size() == 1);
    CHECK(outbox.with_publication[0].first == anna);
    CHECK(outbox.with_publication[0].second.find(R"("type":"ack")") != std::string::npos);
    CHECK_FALSE(contains(outbox.sent, R"("request_id":"zit")"));
    CHECK(contains(outbox.sent, R"("type":"refused")"));
    // The publication carrying the seat comes after the ack it is to travel with.
    const auto deferred = std::find_if(outbox.calls.begin(), outbox.calls.end(),
                                       [](const std::string& call) { return call.rfind("with publication ", 0) == 0; });
    const auto carrying = std::find_if(deferred, outbox.calls.end(), [&](const std::string& call) {
        return call.rfind("publish ", 0) == 0 && call.ends_with(".." + std::to_string(seated));
    });
    CHECK(carrying != outbox.calls.end());
}

TEST_CASE("a refused local command changes nothing and says why", "[host]") {
    tests::TempDir dir;
    RecordingOutbox outbox;
    auto host = start_host(dir / "nee.lagerhuis", outbox, {});
    REQUIRE_FALSE(host::set_up_session(*host, false, small_setup()));
    const auto before = host->state().get().last_seq;
    const auto outcome = host->submit_local(host::session_facilitator, core::EndTurn{}).get();
    REQUIRE(outcome.refusal);
    CHECK(outcome.refusal->code == core::ReasonCode::no_running_turn);
    CHECK(host->state().get().last_seq == before);
    host->stop();
    auto file = store::SessionFile::open_read_only(dir / "nee.lagerhuis");
    REQUIRE(file.ok());
    CHECK(file->load_events()->size() == before);
}

TEST_CASE("a facilitator's long log goes out one part at a time, each once the previous was written", "[host]") {
    tests::TempDir dir;
    RecordingOutbox outbox;
    outbox.part_bytes = 4'000;
    host::HostOptions options;
    options.facilitator_secret = "geheim";
    auto host = start_host(dir / "delen.lagerhuis", outbox, std::move(options));
    REQUIRE_FALSE(host::set_up_session(*host, false, small_setup()));
    for (int i = 0; i < 100; ++i)
        REQUIRE(host->submit_local(host::session_facilitator, core::AddStatement{"Stelling " + std::to_string(i) + "."})
                    .get()
                    .accepted());
    const host::ConnectionId console = 9;
    host->submit(console, proto::Hello{proto::protocol_version, "test"});
    host->submit(console, proto::FacilitateRequest{"geheim", "Tweede"});
    const core::Seq joined_at = host->state().get().last_seq;

    std::vector<core::Event> received;
    auto final_snapshot = [&]() -> const std::string* {
        for (const auto& [connection, text] : outbox.sent)
            if (connection == console && text.rfind(R"({"type":"snapshot")", 0) == 0) return &text;
        return nullptr;
    };
    for (std::size_t part = 1;; ++part) {
        REQUIRE(outbox_shows(outbox, [&] { return outbox.parts.size() == part || final_snapshot(); }));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        std::lock_guard lock(outbox.mutex);
        if (final_snapshot()) break;
        REQUIRE(outbox.parts.size() == part);  // no next part before this one was written
        auto decoded = proto::decode_server_message(outbox.parts.back().second);
        REQUIRE(decoded.ok());
        const auto& snapshot = std::get<proto::Snapshot>(*decoded);
        CHECK(snapshot.continues());
        // Within the budget, or a single event larger than it (the session's configuration).
        CHECK((outbox.parts.back().second.size() < outbox.part_bytes + 100 || snapshot.events->size() == 1));
        received.insert(received.end(), snapshot.events->begin(), snapshot.events->end());
        host->part_written(console);
    }
    const std::size_t parts = outbox.parts.size();
    {
        std::lock_guard lock(outbox.mutex);
        auto decoded = proto::decode_server_message(*final_snapshot());
        REQUIRE(decoded.ok());
        const auto& snapshot = std::get<proto::Snapshot>(*decoded);
        CHECK_FALSE(snapshot.continues());
        CHECK(snapshot.seq == joined_at);
        received.insert(received.end(), snapshot.events->begin(), snapshot.events->end());
    }
    host->stop();
    CHECK(parts >= 3);
    REQUIRE(received.size() == joined_at);
    for (std::size_t i = 0; i < received.size(); ++i) CHECK(received[i].seq == i + 1);
}

TEST_CASE("taking one's own seat again is acked with the current seq, stores nothing, and a retry gets the same ack",
          "[host]") {
    // Issue "A real training day": a second tap on one's own bench showed a red "Je zit al
    // bij Voor." for minutes. It asks for what already is: accepted, and nothing happens.
    tests::TempDir dir;
    RecordingOutbox outbox;
    const host::ConnectionId anna = 7;
    auto host = host_with_anna(dir / "zit.lagerhuis", outbox, anna);
    host->submit(anna, proto::CommandRequest{"zit", core::TakeSeat{{}, core::Side::voor}});
    const core::Seq seated = host->state().get().last_seq;
    host->submit(anna, proto::CommandRequest{"nog-eens", core::TakeSeat{{}, core::Side::voor}});
    host->submit(anna, proto::CommandRequest{"nog-eens", core::TakeSeat{{}, core::Side::voor}});  // a retry
    const std::string ack = R"({"type":"ack","request_id":"nog-eens","seq":)" + std::to_string(seated) + "}";
    auto answers = [&] {
        std::lock_guard lock(outbox.mutex);
        int count = 0;
        for (const auto* messages : {&outbox.sent, &outbox.with_publication})
            for (const auto& [connection, text] : *messages) count += connection == anna && text == ack ? 1 : 0;
        return count;
    };
    for (int i = 0; i < 200 && answers() < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(answers() == 2);
    CHECK(host->state().get().last_seq == seated);
    {
        std::lock_guard lock(outbox.mutex);
        for (const auto& [connection, text] : outbox.sent) CHECK(text.find(R"("type":"refused")") == std::string::npos);
    }
    host->stop();
    auto file = store::SessionFile::open_read_only(dir / "zit.lagerhuis");
    REQUIRE(file.ok());
    CHECK(file->load_events()->size() == seated);
}

}  // namespace
