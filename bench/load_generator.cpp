// The load generator: N real WebSocket participants (the client library, one EventLoop,
// all on this thread) against a running `lagerhuis serve`, plus one co-facilitator who
// drives the debate. It measures what a room of that size costs the host (CPU, memory)
// and what it gets (join time, command-to-everyone latency, lost or duplicated batches,
// and whether every client's copy hashes equal to the host's projection).
//
//   lagerhuis serve --port 18080 --bind 127.0.0.1 --session /tmp/x.lagerhuis --demo --code 123456 --secret geheim &
//   load_generator --port 18080 --participants 2000 --secret geheim --mode burst
//
// burst: every participant acts at random moments within --window-ms: six times
//        (--burst-actions all: seat, cross, vote, hand, appreciate, flag) or casts
//        one ballot (vote: the vote burst of a poll closing soon).
// soak:  the room stays for --duration-s while participants act at
//        --commands-per-second in total (switching seats).
// Latency: a command acked with seq S, sent at t0, has reached an observer when that
// observer first receives a batch with seq >= S; measured on --observers participants.
// Ends with one RESULT line (bench/README convention); exits 0 when the run completed,
// even if targets were missed (those are printed as "TARGET MISSED: ...").
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench/load/host_probe.hpp"
#include "bench/load/latency_spread.hpp"
#include "bench/load/load_run.hpp"
#include "bench/load/process_stats.hpp"
#include "core/result.hpp"
#include "net/event_loop.hpp"
#include "net/participant_client.hpp"
#include "proto/wire_codec.hpp"

namespace lagerhuis::bench {

namespace {

using namespace std::chrono_literals;

// Connections opened but not yet holding their snapshot: well under the listen backlog.
constexpr std::size_t joins_in_flight = 200;
constexpr std::size_t extra_fds = 64;  // stdio, the resolver, the facilitator, probes

core::Side other_side(core::Side side, std::mt19937_64& random) {
    const int step = 1 + static_cast<int>(random() % 2);
    return static_cast<core::Side>((static_cast<int>(side) + step) % 3);
}

}  // namespace

void LoadRun::make_client(std::size_t index, net::ClientOptions options) {
    Member& m = member(index);
    net::ParticipantClient::Listener listener{
        {},
        [this, &m, index] {
            if (!m.snapshot_at && m.client->view().has_snapshot()) {
                m.snapshot_at = Clock::now();
                if (index != facilitator_index) ++snapshots_;
            }
        },
        [this, &m](const proto::Batch& batch) {
            if (measuring_) ++m.batches;
            if (m.observer) {
                const core::Seq so_far = m.arrivals.empty() ? 0 : m.arrivals.back().first;
                m.arrivals.emplace_back(std::max(so_far, batch.seq), Clock::now());
            }
        },
        [this, index](const std::string& id, core::Seq seq) { answer(index, id, seq, nullptr); },
        [this, index](const std::string& id, const core::Refusal& reason) { answer(index, id, 0, &reason); },
        [this](const proto::WireReason& reason) { ++wire_errors_[std::string(core::to_string(reason.code))]; },
        [this, &m](const std::string& hash, core::Seq seq) {
            m.host_hash = hash;
            m.host_seq = seq;
            m.own_hash = m.client->view().hash();
            m.own_seq = m.client->view().seq();
            ++hashes_;
        },
        [this](const std::string& why) {
            if (closing_) return;
            if (disconnects_++ == 0) first_disconnect_ = why;
        },
        {},  // a load client never takes over a seat
        {},
    };
    options.host = options_.host;
    options.tls = {options_.tls, options_.ca};
    options.port = options_.port;
    options.client = "load";
    m.client = std::make_unique<net::ParticipantClient>(loop_, std::move(options), std::move(listener));
    m.started = Clock::now();
    m.client->start();
}

void LoadRun::answer(std::size_t index, const std::string& request_id, core::Seq seq, const core::Refusal* refusal) {
    Member& m = member(index);
    const auto found = m.pending.find(request_id);
    if (found == m.pending.end()) return;
    SentCommand& command = commands_[found->second];
    m.pending.erase(found);
    command.answered = true;
    ++answered_;
    if (refusal)
        ++refusals_[std::string(command.kind) + ": " + std::string(core::to_string(refusal->code))];
    else
        command.seq = seq;
    command.acked_ms = ms_between(command.at, Clock::now());
}

void LoadRun::send(std::size_t index, core::CommandBody body, bool measured) {
    const auto kind = std::visit([](const auto& b) { return std::decay_t<decltype(b)>::type_name; }, body);
    const auto at = Clock::now();
    Member& m = member(index);
    m.pending.emplace(m.client->send(std::move(body)), commands_.size());
    commands_.push_back(SentCommand{.member = index, .kind = kind, .at = at, .measured = measured});
}

bool LoadRun::run_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!done()) {
        if (Clock::now() > deadline) return false;
        loop_.run_for(5ms);
    }
    return true;
}

bool LoadRun::run_while_moving(const std::function<bool()>& done, const std::function<std::size_t()>& progress,
                               std::chrono::milliseconds stall) {
    std::size_t seen = progress();
    auto moved = Clock::now();
    run_until(
        [&] {
            if (progress() != seen) {
                seen = progress();
                moved = Clock::now();
            }
            return done() || Clock::now() - moved > stall;
        },
        std::chrono::hours(24));
    return done();
}

bool LoadRun::wait_for_answers(std::chrono::milliseconds stall) {
    return run_while_moving([&] { return answered_ == commands_.size(); }, [&] { return answered_; }, stall);
}

core::Seq LoadRun::last_acked_seq() const {
    core::Seq last = 0;
    for (const auto& command : commands_) last = std::max(last, command.seq);
    return last;
}

bool LoadRun::everyone_at(core::Seq seq) const {
    return std::all_of(fleet_.begin(), fleet_.end(),
                       [&](const auto& m) { return !m->snapshot_at || m->client->view().seq() >= seq; });
}

// [SECTION] Phases
bool LoadRun::join_all() {
    const std::size_t n = options_.participants;
    fleet_.reserve(n);
    const double cpu_before = cpu_seconds(host_pid_);
    const auto begin = Clock::now();
    std::size_t reported = 0;
    const bool all = run_while_moving(
        [&] {
            if (snapshots_ >= reported + 1000) {
                reported = snapshots_ / 1000 * 1000;
                std::cout << "joined " << reported << " after " << fixed(ms_between(begin, Clock::now()) / 1000) << " s\n";
            }
            while (fleet_.size() < n && fleet_.size() - snapshots_ < joins_in_flight) {
                const std::size_t index = fleet_.size();
                fleet_.push_back(std::make_unique<Member>());
                net::ClientOptions client;
                client.code = options_.code;
                client.name = "load-" + run_tag_ + "-" + std::to_string(index);
                make_client(index, std::move(client));
            }
            // A wrong code is answered at once; no use waiting for the others.
            return snapshots_ == n || wire_errors_.count("wrong_code") > 0;
        },
        [&] { return snapshots_; }, 30s) && snapshots_ == n;
    join_s_ = ms_between(begin, Clock::now()) / 1000;
    host_join_cpu_s_ = cpu_seconds(host_pid_) - cpu_before;
    for (const auto& m : fleet_)
        if (m->snapshot_at) join_ms_.push_back(ms_between(m->started, *m->snapshot_at));
    if (!all) {
        std::cout << "joins: only " << snapshots_ << " of " << n << " participants had their snapshot after "
                  << fixed(join_s_) << " s; going on with those\n";
        for (auto& m : fleet_)
            if (!m->snapshot_at) m->client->close();
    }
    return snapshots_ > 0;
}

bool LoadRun::set_up_debate() {
    net::ClientOptions client;
    client.secret = options_.secret;
    client.name = "load-" + run_tag_ + "-leider";
    make_client(facilitator_index, std::move(client));
    if (!run_until([&] { return facilitator_.snapshot_at.has_value(); }, 15s)) {
        std::cerr << "load_generator: the co-facilitator could not join within 15 s (wrong --secret, or the host takes no"
                  << " more connections?)";
        for (const auto& [code, count] : wire_errors_) std::cerr << "; error " << code << " x" << count;
        if (disconnects_) std::cerr << "; " << disconnects_ << " connections lost, first: " << first_disconnect_;
        std::cerr << "\n";
        return false;
    }
    // Whoever joined first with a snapshot takes the floor.
    speaker_ = static_cast<std::size_t>(
        std::find_if(fleet_.begin(), fleet_.end(), [](const auto& m) { return m->snapshot_at.has_value(); }) -
        fleet_.begin());
    send(facilitator_index, core::OpenPoll{}, false);
    send(facilitator_index, core::GiveFloor{fleet_[speaker_]->client->participant(), "load test"}, false);
    send(facilitator_index,
         core::TagArgument{{}, core::ArgumentKind::pro, {}, core::EvidenceKind::none, "Het zwembad is de huiskamer van de wijk."},
         false);
    if (!wait_for_answers(15s)) {
        std::cerr << "load_generator: the co-facilitator's set-up commands were not answered\n";
        return false;
    }
    const core::Seq ready = last_acked_seq();
    if (!run_until([&] { return everyone_at(ready); }, 30s)) {
        std::cerr << "load_generator: not every participant saw the set-up (seq " << ready << ") within 30 s\n";
        return false;
    }
    const auto view = fleet_[speaker_]->client->view().typed_view();
    if (!view || !view->poll || !view->poll->open || view->arguments.empty()) {
        std::cerr << "load_generator: after set-up the view has no open poll or no argument\n";
        return false;
    }
    poll_ = view->poll->id;
    argument_ = view->arguments.back().id;
    std::cout << "set-up: poll " << poll_.value << " open, floor to participant "
              << fleet_[speaker_]->client->participant().value << ", argument " << argument_.value << " tagged\n";
    return true;
}


void LoadRun::burst() {
    const auto start = Clock::now() + 100ms;
    std::uniform_int_distribution<int> moment(0, std::max(0, options_.window_ms - 1));
    std::size_t planned = commands_.size();
    for (std::size_t index = 0; index < fleet_.size(); ++index) {
        if (!fleet_[index]->snapshot_at) continue;
        const auto seat = static_cast<core::Side>(random_() % 3);
        const core::CastBallot ballot{{}, poll_, static_cast<core::Side>(random_() % 3)};
        std::vector<core::CommandBody> actions{ballot};
        if (options_.burst_actions == "all")
            actions = {core::TakeSeat{{}, seat}, core::TakeSeat{{}, other_side(seat, random_)}, ballot, core::RaiseHand{}};
        // The speaker can neither flag nor appreciate their own turn.
        if (options_.burst_actions == "all" && index != speaker_) {
            actions.push_back(core::Appreciate{{}, argument_});
            actions.push_back(core::FlagFallacy{{}, {}, {}, fallacies_[random_() % fallacies_.size()]});
        }
        planned += actions.size();
        std::vector<int> at;
        for (std::size_t i = 0; i < actions.size(); ++i) at.push_back(moment(random_));
        std::sort(at.begin(), at.end());  // in order: the seat before crossing the floor
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(
                start + std::chrono::milliseconds(at[i]) - Clock::now());
            loop_.after(std::max(delay, 0ms), [this, index, body = std::move(actions[i])] { send(index, body, true); });
        }
    }
    run_until([] { return false; }, std::chrono::duration_cast<std::chrono::milliseconds>(start - Clock::now()));
    phase_start_ = Clock::now();
    measuring_ = true;
    watch_loop_lag();
    run_until([&] { return commands_.size() >= planned; }, std::chrono::milliseconds(options_.window_ms + 10'000));
    window_end_ = Clock::now();
}

void LoadRun::soak() {
    std::vector<std::size_t> present;
    for (std::size_t index = 0; index < fleet_.size(); ++index)
        if (fleet_[index]->snapshot_at) present.push_back(index);
    phase_start_ = Clock::now();
    measuring_ = true;
    watch_loop_lag();
    const auto end = phase_start_ + std::chrono::seconds(options_.duration_s);
    std::uint64_t sent = 0;
    run_until(
        [&] {
            const double elapsed = ms_between(phase_start_, Clock::now()) / 1000;
            while (static_cast<double>(sent) < elapsed * options_.commands_per_second) {
                const std::size_t index = present[random_() % present.size()];
                Member& m = *fleet_[index];
                const core::Side side = m.seat ? other_side(*m.seat, random_) : static_cast<core::Side>(random_() % 3);
                m.seat = side;
                send(index, core::TakeSeat{{}, side}, true);
                ++sent;
            }
            return Clock::now() >= end;
        },
        std::chrono::seconds(options_.duration_s + 1));
    window_end_ = Clock::now();
}

void LoadRun::watch_loop_lag() {
    constexpr auto interval = 10ms;
    const auto due = Clock::now() + interval;
    loop_.after(interval, [this, due] {
        if (!measuring_) return;
        loop_lag_ms_.push_back(ms_between(due, Clock::now()));
        watch_loop_lag();
    });
}

void LoadRun::check_hashes() {
    std::size_t asked = 0;
    for (auto& m : fleet_)
        if (m->snapshot_at) {
            m->client->request_view_hash();
            ++asked;
        }
    if (!run_until([&] { return hashes_ == asked; }, 60s))
        std::cout << "view_hash: only " << hashes_ << " of " << asked << " answers within 60 s\n";
}

int LoadRun::run() {
    auto pid = health_pid(options_.host, options_.port, options_.tls);
    if (!pid) {
        std::cerr << "load_generator: " << pid.error() << " (is `lagerhuis serve --port " << options_.port << "` running?)\n";
        return 1;
    }
    host_pid_ = *pid;
    auto fallacies = catalog_fallacies(options_.host, options_.port, options_.tls);
    if (!fallacies) {
        std::cerr << "load_generator: " << fallacies.error() << "\n";
        return 1;
    }
    fallacies_ = std::move(fallacies).value();

    if (std::thread::hardware_concurrency() >= 2) {
        const std::size_t host_threads = pin_process(host_pid_, 0);
        const bool pinned_self = pin_thread(0, 1);  // before any thread of ours starts: they inherit it
        std::cout << "host pid " << host_pid_ << ": " << host_threads << " threads pinned to CPU 0; generator "
                  << (pinned_self ? "pinned to CPU 1" : "not pinned") << "\n";
    } else {
        std::cout << "one CPU only: nothing pinned\n";
    }
    const auto host_fds = status_number(proc_file(host_pid_, "limits"), "Max open files");
    if (host_fds && static_cast<std::size_t>(*host_fds) < options_.participants + extra_fds)
        std::cout << "warning: the host may open only " << *host_fds << " files (soft limit), fewer than "
                  << options_.participants + extra_fds << " connections need: raise it before `lagerhuis serve` (ulimit -n)\n";

    host_rss_before_mb_ = rss_mb(host_pid_);
    if (!join_all()) {
        std::cerr << "load_generator: no participant could join";
        for (const auto& [code, count] : wire_errors_) std::cerr << "; error " << code << " x" << count;
        std::cerr << "\n";
        return 1;
    }
    std::vector<std::size_t> present;
    for (std::size_t index = 0; index < fleet_.size(); ++index)
        if (fleet_[index]->snapshot_at) present.push_back(index);
    std::shuffle(present.begin(), present.end(), random_);
    present.resize(std::min(present.size(), options_.observers));
    observers_ = present;
    for (std::size_t o : observers_) fleet_[o]->observer = true;
    if (!set_up_debate()) return 1;

    const double host_cpu_before = cpu_seconds(host_pid_);
    const double own_cpu_before = own_cpu_seconds();
    const double machine_before = machine_busy_seconds();
    const auto threads_before = thread_cpu_seconds(host_pid_);
    if (options_.mode == "burst")
        burst();
    else
        soak();
    // The measured phase ends when everything sent was answered and has reached everyone.
    if (!wait_for_answers(10s)) std::cout << "commands: " << commands_.size() - answered_ << " still unanswered\n";
    const core::Seq last = last_acked_seq();
    if (!run_until([&] { return everyone_at(last); }, 30s))
        std::cout << "batches: not every participant reached seq " << last << " within 30 s\n";
    phase_end_ = Clock::now();
    measuring_ = false;
    host_cpu_s_ = cpu_seconds(host_pid_) - host_cpu_before;
    own_cpu_s_ = own_cpu_seconds() - own_cpu_before;
    machine_cpu_s_ = machine_busy_seconds() - machine_before;
    host_thread_cpu_s_ = thread_cpu_seconds(host_pid_);
    for (auto& [tid, seconds] : host_thread_cpu_s_)
        if (threads_before.count(tid)) seconds -= threads_before.at(tid);

    // The poll's counts are revealed to everyone before the views are compared.
    send(facilitator_index, core::ClosePoll{}, false);
    if (wait_for_answers(10s) && !run_until([&] { return everyone_at(last_acked_seq()); }, 30s))
        std::cout << "close_poll: not every participant saw it within 30 s\n";
    check_hashes();
    const int status = report();
    closing_ = true;
    for (auto& m : fleet_) m->client->close();
    facilitator_.client->close();
    loop_.run_for(1s);
    return status;
}

}  // namespace lagerhuis::bench

int main(int argc, char** argv) {
    using namespace lagerhuis::bench;
    Options options;
    CLI::App app{"Lagerhuis load generator: N WebSocket participants against a running `lagerhuis serve`"};
    app.add_option("--host", options.host, "Address of the host")->capture_default_str();
    app.add_option("--port", options.port, "Port of `lagerhuis serve`")->required();
    app.add_option("--participants", options.participants, "Participants to connect")->required()->check(CLI::PositiveNumber);
    app.add_option("--code", options.code, "Session code")->capture_default_str();
    app.add_flag("--tls", options.tls, "Over WSS: the host runs with --tls-cert/--tls-key");
    app.add_option("--ca", options.ca, "With --tls: the CA (or self-signed certificate) that signed the host's certificate");
    app.add_option("--secret", options.secret, "Facilitator secret (the co-facilitator drives the debate)")->capture_default_str();
    app.add_option("--mode", options.mode, "burst: everybody acts within the window; soak: steady load")
        ->check(CLI::IsMember({"burst", "soak"}))
        ->capture_default_str();
    app.add_option("--window-ms", options.window_ms, "burst: the window everybody acts in")->capture_default_str()->check(CLI::PositiveNumber);
    app.add_option("--burst-actions", options.burst_actions,
                   "burst: all (each takes a seat, crosses, votes, raises a hand, appreciates and flags) or vote (each casts one ballot)")
        ->check(CLI::IsMember({"all", "vote"}))
        ->capture_default_str();
    app.add_option("--duration-s", options.duration_s, "soak: how long")->capture_default_str()->check(CLI::PositiveNumber);
    app.add_option("--observers", options.observers, "Participants on which latency is measured")->capture_default_str();
    app.add_option("--commands-per-second", options.commands_per_second, "soak: commands a second, all participants together")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    CLI11_PARSE(app, argc, argv);
    std::cout << std::unitbuf;  // progress shows under `| tee`, and survives a kill

    // One descriptor per participant: raise the soft limit as far as the hard one allows.
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);
    const std::size_t needed = options.participants + extra_fds;
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < needed) {
        std::cerr << "load_generator: " << options.participants << " participants need about " << needed
                  << " file descriptors; this process may have " << files.rlim_cur
                  << " at most (hard limit): raise it (ulimit -Hn, /etc/security/limits.conf)\n";
        return 1;
    }
    std::cout << "file descriptors: limit raised to " << files.rlim_cur << " (" << needed << " needed)\n";
    return LoadRun(std::move(options)).run();
}
