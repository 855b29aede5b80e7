// The host over TLS (HTTPS and WSS on one port) with a certificate made in the test: the
// native client joins over wss and votes, an untrusted certificate is refused with words
// that say what to do, a renewed certificate is taken in while clients stay connected,
// and bad certificate files stop the server before it listens.
#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>

#include "http_get.hpp"
#include "live_session.hpp"
#include "test_certificate.hpp"

namespace {

using namespace lagerhuis;
using namespace std::chrono_literals;
using tests::LiveSession;
using tests::RecordingClient;
using tests::run_until;

net::ServerOptions over_tls(const net::TlsFiles& files, std::chrono::milliseconds check = std::chrono::minutes(1)) {
    net::ServerOptions options;
    options.tls = files;
    options.tls_check_interval = check;
    return options;
}

// A participant of `live` over wss, trusting `ca` (the test certificate) besides the system's.
net::ClientOptions wss_participant(LiveSession& live, std::string name, const std::filesystem::path& ca) {
    auto options = live.participant(std::move(name));
    options.tls = {true, ca.string()};
    return options;
}

// Why a client with `options` could not join (it tries once): the first disconnect's words.
std::string refusal(net::EventLoop& loop, net::ClientOptions options) {
    options.reconnect = false;
    RecordingClient client(loop, std::move(options));
    client->start();
    REQUIRE(run_until(loop, [&] { return !client.disconnects.empty(); }));
    CHECK_FALSE(client->joined());
    return client.disconnects.front();
}

// Opens a poll and has `client` vote in it; true when the host acked the ballot.
bool votes(LiveSession& live, net::EventLoop& loop, RecordingClient& client) {
    if (!live.state().polls.empty() && live.state().polls.back().open) REQUIRE(live.facilitate(core::ClosePoll{}).accepted());
    REQUIRE(live.facilitate(core::OpenPoll{}).accepted());
    const core::PollId poll = live.state().polls.back().id;
    if (!run_until(loop, [&] {
            const auto view = client->view().typed_view();
            return view && view->poll && view->poll->id == poll;
        }))
        return false;
    const auto ballot = client->send(core::CastBallot{{}, poll, core::Side::voor});
    return run_until(loop, [&] { return client.answered(ballot); }) && client.acks.count(ballot) == 1;
}

TEST_CASE("a participant joins over wss, votes and gets the ack", "[net][tls]") {
    tests::TempDir dir;
    const auto files = tests::write_test_certificate(dir.path(), "host");
    LiveSession live(over_tls(files));
    CHECK(live.server().tls());
    net::EventLoop loop;
    RecordingClient anna(loop, wss_participant(live, "Anna", files.certificate));
    anna->start();
    REQUIRE(run_until(loop, [&] { return anna->view().me().has_value(); }));
    CHECK(anna->view().me()->name == "Anna");
    CHECK(votes(live, loop, anna));
    CHECK(live.state().polls.back().ballots.size() == 1);

    SECTION("plain HTTP on the TLS port is sent to https://") {
        const auto answer = tests::http_get(live.port(), "/?code=123456");
        CHECK(answer.status == 308);
        CHECK(answer.body.find("HTTPS only") != std::string::npos);
    }
    SECTION("a plain WebSocket client cannot join the TLS port") {
        CHECK_FALSE(refusal(loop, live.participant("Bram")).empty());
    }
}

TEST_CASE("a client that does not trust the host's certificate says why and how to trust it", "[net][tls]") {
    tests::TempDir dir;
    const auto files = tests::write_test_certificate(dir.path(), "host");
    LiveSession live(over_tls(files));
    net::EventLoop loop;
    auto options = live.participant("Anna");
    options.tls = {true, ""};  // the system's CAs only: they never signed the test's certificate
    CHECK_THAT(refusal(loop, options), Catch::Contains("not trusted") && Catch::Contains("--ca FILE"));

    SECTION("nor a certificate for another name") {
        tests::TempDir other_dir;
        const auto elsewhere = tests::write_test_certificate(other_dir.path(), "elsewhere", 2, "DNS:debat.example.nl");
        LiveSession other(over_tls(elsewhere));
        CHECK_THAT(refusal(loop, wss_participant(other, "Bram", elsewhere.certificate)),
                   Catch::Contains("not trusted") && Catch::Contains("mismatch"));
    }
    SECTION("nor an expired one") {
        tests::TempDir old_dir;
        const auto expired = tests::write_test_certificate(old_dir.path(), "old", -1);
        LiveSession old(over_tls(expired));
        CHECK_THAT(refusal(loop, wss_participant(old, "Bram", expired.certificate)), Catch::Contains("expired"));
    }
}

TEST_CASE("a renewed certificate is taken in while the participants stay connected", "[net][tls]") {
    tests::TempDir dir;
    const auto files = tests::write_test_certificate(dir.path(), "host");
    LiveSession live(over_tls(files, 50ms));
    net::EventLoop loop;
    const std::filesystem::path first_ca = dir / "first-ca.pem";
    std::filesystem::copy_file(files.certificate, first_ca);
    RecordingClient anna(loop, wss_participant(live, "Anna", first_ca));
    anna->start();
    REQUIRE(run_until(loop, [&] { return anna->view().me().has_value(); }));

    // The renewal writes new files over the old ones, as certbot's deploy does.
    tests::TempDir renewal;
    const auto renewed = tests::write_test_certificate(renewal.path(), "host");
    std::filesystem::copy_file(renewed.certificate, files.certificate, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file(renewed.key, files.key, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::last_write_time(files.certificate, std::filesystem::file_time_type::clock::now() + 1s);
    REQUIRE(run_until(loop, [&] { return live.server().counters().certificate_reloads >= 1; }, 5s));

    CHECK(anna->connected());
    CHECK(anna->reconnects() == 0);
    CHECK(votes(live, loop, anna));  // the connection made with the old certificate goes on

    // New connections get the new certificate: the old one's CA no longer verifies it.
    CHECK_THAT(refusal(loop, wss_participant(live, "Bram", first_ca)), Catch::Contains("not trusted"));
    RecordingClient cor(loop, wss_participant(live, "Cor", renewed.certificate));
    cor->start();
    REQUIRE(run_until(loop, [&] { return cor->view().me().has_value(); }));

    SECTION("SIGHUP reloads at once; a broken file keeps the certificate that serves") {
        const auto before = live.server().counters().certificate_reloads;
        std::raise(SIGHUP);
        REQUIRE(run_until(loop, [&] { return live.server().counters().certificate_reloads > before; }, 5s));
        std::ofstream(files.key) << "half written\n";
        live.server().reload_certificate();
        loop.run_for(200ms);
        CHECK(live.server().counters().certificate_reloads == before + 1);
        RecordingClient dirk(loop, wss_participant(live, "Dirk", renewed.certificate));
        dirk->start();
        REQUIRE(run_until(loop, [&] { return dirk->view().me().has_value(); }));
        CHECK(anna->connected());
    }
}

TEST_CASE("bad certificate files stop the server before it listens, naming the file", "[net][tls]") {
    tests::TempDir dir;
    const auto files = tests::write_test_certificate(dir.path(), "host");
    const auto other = tests::write_test_certificate(dir.path(), "other");
    std::ofstream(dir / "notes.txt") << "geen certificaat\n";
    struct Case {
        net::TlsFiles files;
        const char* code;
        std::filesystem::path named;
    };
    const Case cases[] = {
        {{dir / "missing.pem", files.key}, "cert_unreadable", dir / "missing.pem"},
        {{files.certificate, dir / "missing.pem"}, "key_unreadable", dir / "missing.pem"},
        {{dir / "notes.txt", files.key}, "cert_invalid", dir / "notes.txt"},
        {{files.certificate, dir / "notes.txt"}, "key_invalid", dir / "notes.txt"},
        {{files.certificate, other.key}, "key_mismatch", other.key},
        {{files.certificate, {}}, "cert_missing_key", files.certificate},
    };
    for (const auto& bad : cases) {
        INFO(bad.code);
        const auto problem = net::check_tls_files(bad.files);
        REQUIRE(problem.has_value());
        CHECK(problem->code == bad.code);
        CHECK(problem->file == bad.named.string());
        auto options = over_tls(bad.files);
        options.bind = "127.0.0.1";
        options.port = 0;
        const auto server = net::Server::start(options);
        REQUIRE_FALSE(server.ok());
        CHECK_THAT(server.error(), Catch::Contains(bad.named.string()));
    }
    CHECK_FALSE(net::check_tls_files(files).has_value());
}

}  // namespace
