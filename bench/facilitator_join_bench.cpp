// What a co-facilitator waits for when joining a long session (issue #24): a host on a
// 100,000-event session file, in a process of its own (so its memory is measured alone),
// and a co-facilitator's client joining it over loopback, folding the events as they come
// (as the console's RemoteLink does), until it is consistent with the host: the whole log
// in, and the view hash of its fold equal to the host's at the same seq.
// Targets: joined and consistent in under 1 s; the host's memory while it serves the join
// stays bounded (a part of the log at a time, never the log as one message).
//
//   facilitator_join_bench [--events N] [--runs R]     (R measured joins, 5 by default)
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "bench/load/process_stats.hpp"
#include "core/apply.hpp"
#include "demo/synthetic_session.hpp"
#include "host/session_host.hpp"
#include "net/event_loop.hpp"
#include "net/participant_client.hpp"
#include "net/server.hpp"
#include "proto/projection.hpp"
#include "store/session_file.hpp"

namespace {

using namespace lagerhuis;
using Clock = std::chrono::steady_clock;

constexpr double join_target_ms = 1'000.0;
constexpr const char* secret = "bench-geheim";

double ms_since(Clock::time_point from) { return std::chrono::duration<double, std::milli>(Clock::now() - from).count(); }

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// [SECTION] The host process: `facilitator_join_bench --host FILE` serves FILE on a free
// loopback port, prints the port, and stops when its standard input closes.
int run_host(const std::filesystem::path& path) {
    auto file = store::SessionFile::open(path, {.program = "facilitator_join_bench"});
    if (!file) return std::fprintf(stderr, "host: %s\n", file.error().message().c_str()), 1;
    net::ServerOptions network;
    network.bind = "127.0.0.1";
    network.port = 0;
    network.log = [](const std::string& line) { std::fprintf(stderr, "host: %s\n", line.c_str()); };
    auto server = net::Server::start(network);
    if (!server) return std::fprintf(stderr, "host: %s\n", server.error().c_str()), 1;
    host::HostOptions options;
    options.session_code = "123456";
    options.facilitator_secret = secret;
    auto host = host::SessionHost::start(std::move(file).value(), **server, std::move(options));
    if (!host) return std::fprintf(stderr, "host: %s\n", host.error().c_str()), 1;
    (*server)->serve(**host);
    std::printf("%u\n", static_cast<unsigned>((*server)->port()));
    std::fflush(stdout);
    for (char c; ::read(STDIN_FILENO, &c, 1) > 0;) {
    }
    (*host)->stop();
    (*server)->stop();
    return 0;
}

struct HostProcess {
    pid_t pid = -1;
    int to_host = -1;  // closing it stops the host
    std::uint16_t port = 0;
};

std::optional<HostProcess> start_host(const std::filesystem::path& path) {
    int in[2], out[2];
    if (::pipe(in) != 0 || ::pipe(out) != 0) return std::nullopt;
    const pid_t pid = ::fork();
    if (pid < 0) return std::nullopt;
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        for (int fd : {in[0], in[1], out[0], out[1]}) ::close(fd);
        std::string self = std::filesystem::read_symlink("/proc/self/exe");
        std::string flag = "--host";
        std::string file = path.string();
        char* argv[] = {self.data(), flag.data(), file.data(), nullptr};
        ::execv(argv[0], argv);
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    std::string line;
    for (char c; ::read(out[0], &c, 1) == 1 && c != '\n';) line += c;
    ::close(out[0]);
    if (line.empty()) return std::nullopt;
    return HostProcess{pid, in[1], static_cast<std::uint16_t>(std::stoi(line))};
}

double peak_rss_mb(pid_t pid) {
    return static_cast<double>(bench::status_number(bench::proc_file(pid, "status"), "VmHWM:").value_or(0)) / 1024.0;
}
// Writing 5 to clear_refs sets the peak (VmHWM) back to the memory in use now.
bool reset_peak(pid_t pid) {
    std::ofstream clear("/proc/" + std::to_string(pid) + "/clear_refs");
    clear << "5";
    return static_cast<bool>(clear.flush());
}

// [SECTION] One co-facilitator joining, as the console does it.
struct JoinResult {
    double ms = 0;
    core::Seq seq = 0;
    bool consistent = false;
};

JoinResult join_once(std::uint16_t port, int run) {
    net::EventLoop loop;
    core::State folded;
    std::size_t folded_count = 0;
    std::unique_ptr<net::ParticipantClient> client;
    std::optional<std::pair<std::string, core::Seq>> host_hash;
    net::ParticipantClient::Listener listener;
    listener.on_view = [&] {
        const auto& events = client->events();
        for (; folded_count < events.size(); ++folded_count) core::apply(folded, events[folded_count]);
    };
    listener.on_view_hash = [&](const std::string& hash, core::Seq seq) { host_hash = {hash, seq}; };
    net::ClientOptions options;
    options.port = port;
    options.secret = secret;
    options.name = "Tweede gespreksleider " + std::to_string(run);
    options.client = "bench";
    options.reconnect = false;
    client = std::make_unique<net::ParticipantClient>(loop, options, listener);

    const auto start = Clock::now();
    client->start();
    const auto deadline = start + std::chrono::seconds(30);
    // Caught up: every part is in and folded; nothing else happens in this session, so
    // its last event is the host's last.
    while (!client->caught_up() && Clock::now() < deadline) loop.run_for(std::chrono::milliseconds(1));
    JoinResult result;
    result.ms = ms_since(start);
    result.seq = folded.last_seq;

    client->request_view_hash();
    while (!host_hash && Clock::now() < deadline) loop.run_for(std::chrono::milliseconds(1));
    if (host_hash && client->caught_up()) {
        const proto::Presence connected{{client->participant()}, {}};  // only this client is connected
        const proto::Projector projector(folded, connected);
        const std::string mine = proto::view_hash(proto::view_object(projector.view()), projector.personal(client->participant()));
        result.consistent = host_hash->first == mine && host_hash->second == folded.last_seq &&
                            client->events().size() == folded.last_seq;
    }
    client->close();
    loop.run_for(std::chrono::milliseconds(20));
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--host") return run_host(argv[2]);
    std::size_t events = 100'000;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--events") events = std::strtoull(argv[i + 1], nullptr, 10);
        if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    }

    const auto path = std::filesystem::temp_directory_path() / ("join_bench_" + std::to_string(::getpid()) + ".lagerhuis");
    std::size_t log_bytes = 0;
    {
        demo::SyntheticSessionSpec spec;
        spec.events = events;
        const auto log = demo::synthetic_session(spec);
        auto file = store::SessionFile::open(path);
        if (!file) return std::fprintf(stderr, "%s\n", file.error().message().c_str()), 1;
        if (!file->append(log)) return std::fprintf(stderr, "append failed\n"), 1;
        (void)file->close();
        log_bytes = std::filesystem::file_size(path);
    }

    auto host = start_host(path);
    if (!host) return std::fprintf(stderr, "the host did not start\n"), 1;
    std::vector<double> join_ms;
    std::vector<double> growth_mb;
    std::vector<double> client_cpu_ms;
    std::vector<double> host_cpu_ms;
    bool all_consistent = true;
    for (int run = 0; run <= runs; ++run) {  // the first run warms up and is not counted
        const bool peak_reset = reset_peak(host->pid);
        const double before_mb = bench::rss_mb(host->pid);
        // Beside wall time, which the other processes on a busy machine inflate.
        const double client_cpu_before = bench::own_cpu_seconds();
        const double host_cpu_before = bench::cpu_seconds(host->pid);
        const JoinResult joined = join_once(host->port, run);
        const double client_cpu = (bench::own_cpu_seconds() - client_cpu_before) * 1e3;
        const double host_cpu = (bench::cpu_seconds(host->pid) - host_cpu_before) * 1e3;
        const double growth = peak_reset ? peak_rss_mb(host->pid) - before_mb : -1.0;
        std::printf("run %d%s: joined at seq %llu in %.1f ms (CPU client %.0f ms, host %.0f ms), %s; host memory %.1f MB, "
                    "peak +%.1f MB\n",
                    run, run == 0 ? " (warm-up)" : "", static_cast<unsigned long long>(joined.seq), joined.ms, client_cpu,
                    host_cpu, joined.consistent ? "consistent with the host" : "NOT CONSISTENT", before_mb, growth);
        all_consistent = all_consistent && joined.consistent;
        growth_mb.push_back(growth);  // the first join's too: later ones reuse what it took
        if (run > 0) {
            join_ms.push_back(joined.ms);
            client_cpu_ms.push_back(client_cpu);
            host_cpu_ms.push_back(host_cpu);
        }
    }
    ::close(host->to_host);
    int status = 0;
    ::waitpid(host->pid, &status, 0);
    std::filesystem::remove(path);

    const double join_median = median(join_ms);
    const double growth_max = *std::max_element(growth_mb.begin(), growth_mb.end());
    std::printf("session              %zu events, %.1f MB on disk\n", events, static_cast<double>(log_bytes) / 1e6);
    std::printf("co-facilitator join  median %.1f ms over %d runs (target < %.0f ms), CPU client %.0f ms, host %.0f ms\n",
                join_median, runs, join_target_ms, median(client_cpu_ms), median(host_cpu_ms));
    std::printf("host peak growth     max %.1f MB per join (the first; the others reuse it: median %.1f MB)\n", growth_max,
                median(growth_mb));
    if (!all_consistent) std::printf("TARGET MISSED: a join did not end consistent with the host\n");
    if (join_median >= join_target_ms) std::printf("TARGET MISSED: join %.1f ms\n", join_median);
    std::printf("RESULT events=%zu join_ms=%.1f host_rss_growth_mb=%.1f\n", events, join_median, growth_max);
    return all_consistent ? 0 : 1;
}
