// The console's two links over real sockets and a real session file: the embedded host
// (LocalLink) and a co-facilitator's console on "another laptop" (RemoteLink).
#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <thread>

#include "app/console/console_local_link.hpp"
#include "app/console/console_remote_link.hpp"
#include "core/apply.hpp"
#include "demo/demo_moment.hpp"
#include "store/session_log.hpp"
#include "store/session_file.hpp"
#include "tests/core/shipped_assets.hpp"
#include "tests/net/live_session.hpp"
#include "tests/store/store_fixture.hpp"

using namespace lagerhuis;

namespace {

bool eventually(const std::function<bool()>& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

app::LocalLinkOptions local_options(const tests::TempDir& dir) {
    auto assets = proto::load_session_assets(tests::shipped_assets_dir());
    REQUIRE(assets.ok());
    app::LocalLinkOptions options;
    options.session = dir.path() / "console.lagerhuis";
    options.assets = tests::shipped_assets_dir();
    options.bind = "127.0.0.1";
    options.port = 0;
    options.code = "482913";
    options.secret = "kiwi-tafel-93";
    options.setup.config.title = "Wijkbudget";
    options.setup.config.catalog = assets->catalog;
    options.setup.config.weights = assets->weights;
    options.setup.statements = {"Inwoners beslissen zelf over het wijkbudget."};
    return options;
}

// Collects answers until one for `area` arrives; returns it.
std::optional<app::ConsoleAnswer> answer_for(app::ConsoleLink& link, app::ConsoleArea area) {
    std::optional<app::ConsoleAnswer> found;
    eventually([&] {
        for (auto& answer : link.take_answers())
            if (answer.area == area) found = std::move(answer);
        return found.has_value();
    });
    return found;
}

}  // namespace

TEST_CASE("the embedded host starts a session in its file, takes the console's commands and answers refusals",
          "[console][link]") {
    tests::TempDir dir;
    auto started = app::LocalLink::start(local_options(dir));
    REQUIRE(started.ok());
    auto& link = **started;
    CHECK_FALSE(link.resumed());
    REQUIRE(eventually([&] { return link.state()->statements.size() == 1; }));
    CHECK(link.state()->config.title == "Wijkbudget");
    const auto join = link.join_info();
    CHECK(join.code == "482913");
    CHECK(join.secret == "kiwi-tafel-93");
    REQUIRE_FALSE(join.urls.empty());
    CHECK(join.urls.front() == "http://127.0.0.1:" + std::to_string(link.port()) + "/?code=482913");

    link.send(app::ConsoleArea::statement, core::AddStatement{"Het zwembad blijft open."});
    CHECK(link.busy(app::ConsoleArea::statement));
    const auto accepted = answer_for(link, app::ConsoleArea::statement);
    REQUIRE(accepted);
    CHECK_FALSE(accepted->notice);
    REQUIRE(eventually([&] { return link.state()->statements.size() == 2; }));
    CHECK_FALSE(link.busy(app::ConsoleArea::statement));

    link.send(app::ConsoleArea::queue, core::GiveFloor{core::ParticipantId{99}, {}});
    const auto refused = answer_for(link, app::ConsoleArea::queue);
    REQUIRE(refused);
    REQUIRE(refused->notice);
    const auto* reason = std::get_if<core::Refusal>(&refused->notice->what);
    REQUIRE(reason);
    CHECK(reason->code == core::ReasonCode::unknown_participant);
}

TEST_CASE("the console reopens its file after it closed, as the same session", "[console][link]") {
    tests::TempDir dir;
    const auto options = local_options(dir);
    core::Seq last = 0;
    {
        auto first = app::LocalLink::start(options);
        REQUIRE(first.ok());
        (*first)->send(app::ConsoleArea::statement, core::AddStatement{"Het zwembad blijft open."});
        REQUIRE(answer_for(**first, app::ConsoleArea::statement));
        REQUIRE(eventually([&] { return (*first)->state()->statements.size() == 2; }));
        last = (*first)->state()->last_seq;
    }
    auto again = app::LocalLink::start(options);
    REQUIRE(again.ok());
    CHECK((*again)->resumed());
    CHECK((*again)->state()->statements.size() == 2);
    CHECK((*again)->state()->last_seq == last);
    // The file holds exactly what the console showed.
    auto file = store::SessionFile::open_read_only(options.session);
    REQUIRE(file.ok());
}

TEST_CASE("a co-facilitator's console folds the host's events into the same state and its commands count",
          "[console][link]") {
    tests::TempDir dir;
    auto host = app::LocalLink::start(local_options(dir));
    REQUIRE(host.ok());
    app::RemoteLinkOptions remote_options;
    remote_options.host = "127.0.0.1";
    remote_options.port = (*host)->port();
    remote_options.secret = "kiwi-tafel-93";
    remote_options.name = "Sanne";
    app::RemoteLink remote(remote_options);
    REQUIRE(eventually([&] { return remote.join_info().online; }));
    REQUIRE(eventually([&] { return remote.state()->last_seq == (*host)->state()->last_seq; }));
    CHECK(remote.state()->statements.size() == 1);

    remote.send(app::ConsoleArea::people, core::AddPerson{"Gerrit", core::Role::participant});
    const auto accepted = answer_for(remote, app::ConsoleArea::people);
    REQUIRE(accepted);
    CHECK_FALSE(accepted->notice);
    REQUIRE(eventually([&] {
        const auto state = (*host)->state();
        return std::any_of(state->participants.begin(), state->participants.end(),
                           [](const core::Participant& person) { return person.name == "Gerrit"; });
    }));
    REQUIRE(eventually([&] { return remote.state()->last_seq == (*host)->state()->last_seq; }));
    // The co-facilitator's fold equals the host's state, participant for participant.
    const auto mine = remote.state();
    const auto hosts = (*host)->state();
    REQUIRE(mine->participants.size() == hosts->participants.size());
    for (std::size_t i = 0; i < hosts->participants.size(); ++i)
        CHECK(mine->participants[i].name == hosts->participants[i].name);

    remote.send(app::ConsoleArea::queue, core::GiveFloor{core::ParticipantId{99}, {}});
    const auto refused = answer_for(remote, app::ConsoleArea::queue);
    REQUIRE(refused);
    REQUIRE(refused->notice);
    CHECK(std::holds_alternative<core::Refusal>(refused->notice->what));
}

TEST_CASE("a co-facilitator with the wrong secret is told so, and sees nothing", "[console][link]") {
    tests::TempDir dir;
    auto host = app::LocalLink::start(local_options(dir));
    REQUIRE(host.ok());
    app::RemoteLinkOptions remote_options;
    remote_options.port = (*host)->port();
    remote_options.secret = "fout";
    app::RemoteLink remote(remote_options);
    const auto told = answer_for(remote, app::ConsoleArea::global);
    REQUIRE(told);
    REQUIRE(told->notice);
    const auto* reason = std::get_if<proto::WireReason>(&told->notice->what);
    REQUIRE(reason);
    CHECK(reason->code == proto::WireCode::wrong_secret);
    CHECK(remote.state()->last_seq == 0);
    CHECK(remote.state()->participants.empty());
}

TEST_CASE("the embedded host tells the console who is connected, beside the state", "[console][link][presence]") {
    tests::TempDir dir;
    auto started = app::LocalLink::start(local_options(dir));
    REQUIRE(started.ok());
    auto& link = **started;
    CHECK(link.presence()->connected.empty());
    // No device has reached it yet: the Meedoen tab counts how long (its LAN hint).
    REQUIRE(eventually([&] { return link.join_info().unreached_ms > 0; }));
    net::EventLoop loop;
    net::ClientOptions anna;
    anna.port = link.port();
    anna.code = "482913";
    anna.name = "Anna";
    auto client = std::make_unique<tests::RecordingClient>(loop, anna);
    (*client)->start();
    REQUIRE(tests::run_until(loop, [&] { return (*client)->joined(); }));
    const core::ParticipantId id = (*client)->participant();
    REQUIRE(eventually([&] { return link.presence()->is_connected(id); }));
    (*client)->close();
    client.reset();
    REQUIRE(eventually([&] { return link.presence()->connected.empty(); }));
    CHECK(link.state()->participant(id) != nullptr);  // still in the session
    CHECK(link.join_info().unreached_ms == 0);  // a phone got through once: no hint, even now none is
}

TEST_CASE("a participant following the README joins the demo console's host: its room is open", "[console][link][demo]") {
    tests::TempDir dir;
    auto options = local_options(dir);
    const auto events = tests::shipped_demo_events();
    REQUIRE_FALSE(store::write_session(options.session, demo::hosted_demo(events, demo::lively_moment(events))));
    options.resume_paused_turn = true;  // as `lagerhuis host --demo` starts it
    auto started = app::LocalLink::start(options);
    REQUIRE(started.ok());
    CHECK_FALSE((*started)->state()->room_locked);
    net::EventLoop loop;
    net::ClientOptions reader;
    reader.port = (*started)->port();
    reader.code = "482913";
    reader.name = "Lezer van de README";
    tests::RecordingClient client(loop, reader);
    client->start();
    REQUIRE(tests::run_until(loop, [&] { return client->joined() || client.refusals.count("join") > 0; }));
    INFO((client.refusals.count("join") ? core::to_string(client.refusals.at("join").code) : "joined"));
    CHECK(client->joined());
}

TEST_CASE("a co-facilitator's console dropped for not keeping up says so, and when it tries again", "[console][link]") {
    net::ServerOptions network;
    network.max_queued_bytes = 2 * 1024;  // less than the welcome: the host drops it at once
    tests::LiveSession live(network);
    app::RemoteLinkOptions remote_options;
    remote_options.port = live.port();
    remote_options.secret = tests::live_secret;
    app::RemoteLink remote(remote_options);
    const auto told = answer_for(remote, app::ConsoleArea::global);
    REQUIRE(told);
    REQUIRE(told->notice);
    const auto* text = std::get_if<app::LocalText>(&told->notice->what);
    REQUIRE(text);
    CHECK(text->key == "console.remote.dropped_slow");
    REQUIRE(text->params.size() == 1);
    CHECK(text->params[0].first == "seconds");
    CHECK(std::stoi(text->params[0].second) >= 1);
}
