// The load generator's report: what a run measured, printed for people and ending with
// the one RESULT line (see the README).
#include <algorithm>
#include <iostream>

#include "bench/load/load_run.hpp"
#include "bench/load/process_stats.hpp"

namespace lagerhuis::bench {

int LoadRun::report() {
    std::size_t joined = 0;
    std::uint64_t gaps = 0, duplicates = 0, batches = 0, reconnects = 0, mismatches = 0, no_hash = 0;
    for (const auto& m : fleet_) {
        if (!m->snapshot_at) continue;
        ++joined;
        gaps += m->client->view().gaps();
        duplicates += m->client->view().duplicates();
        batches += m->batches;
        reconnects += m->client->reconnects();
        if (!m->host_hash) {
            ++no_hash;
        } else if (*m->host_hash != m->own_hash && mismatches++ < 10) {
            std::cout << "hash mismatch: participant " << m->client->participant().value << ": host " << *m->host_hash
                      << " at seq " << m->host_seq << ", client " << m->own_hash << " at seq " << m->own_seq << "\n";
        }
    }
    std::vector<double> latencies, ack_ms;
    std::map<int, std::vector<double>> by_slice;  // by 10 s of sending: does the latency hold or grow?
    std::uint64_t undelivered = 0, acked = 0, refused = 0, measured = 0;
    for (const auto& command : commands_) {
        if (!command.measured) continue;
        ++measured;
        if (command.answered && command.seq == 0) ++refused;
        if (command.seq == 0) continue;
        ++acked;
        ack_ms.push_back(command.acked_ms);
        for (std::size_t o : observers_) {
            if (o == command.member) continue;
            const auto& arrivals = fleet_[o]->arrivals;
            const auto first = std::partition_point(arrivals.begin(), arrivals.end(),
                                                    [&](const auto& arrival) { return arrival.first < command.seq; });
            if (first == arrivals.end())
                ++undelivered;
            else {
                latencies.push_back(ms_between(command.at, first->second));
                by_slice[static_cast<int>(ms_between(phase_start_, command.at) / 10'000)].push_back(latencies.back());
            }
        }
    }

    const Spread latency = spread(latencies);
    const double phase_s = std::max(ms_between(phase_start_, phase_end_) / 1000, 1e-3);
    const double window_s = std::max(ms_between(phase_start_, window_end_) / 1000, 1e-3);
    const double host_rss = rss_mb(host_pid_);
    auto share = [&](double cpu_s) { return fixed(100 * cpu_s / phase_s, 0) + " % of one core"; };

    const std::string run_name = options_.mode == "burst" ? "burst (" + options_.burst_actions + ")" : options_.mode;
    std::cout << "\n== " << run_name << ", " << joined << " participants ==\n"
              << "join: " << joined << " of " << options_.participants << " in " << fixed(join_s_)
              << " s; connect → snapshot " << show(spread(join_ms_)) << "; host CPU " << fixed(host_join_cpu_s_, 2) << " s\n"
              << "commands: " << measured << " sent in " << fixed(window_s, 2) << " s (" << fixed(measured / window_s)
              << "/s), " << acked << " acked, " << refused << " refused, " << measured - acked - refused << " unanswered\n";
    for (const auto& [code, count] : refusals_) std::cout << "  refused " << code << ": " << count << "\n";
    for (const auto& [code, count] : wire_errors_) std::cout << "  wire error " << code << ": " << count << "\n";
    std::cout << "connections lost: " << disconnects_ << (disconnects_ ? " (first: " + first_disconnect_ + ")" : "")
              << ", reconnects: " << reconnects << "\n"
              << "latency (ack seq → batch at " << observers_.size() << " observers, " << latencies.size()
              << " pairs): " << show(latency) << "; " << undelivered << " pairs never delivered\n";
    if (by_slice.size() > 1) {
        std::cout << "latency p50/p99 by 10 s of sending:";
        for (const auto& [slice, values] : by_slice) {
            const Spread part = spread(values);
            std::cout << " " << slice * 10 << "-" << slice * 10 + 10 << " s " << fixed(part.p50, 0) << "/" << fixed(part.p99, 0)
                      << " ms;";
        }
        std::cout << "\n";
    }
    std::cout << "ack (send → ack at the sender): " << show(spread(ack_ms)) << "\n"
              << "generator loop lag (how late a 10 ms timer fires): " << show(spread(loop_lag_ms_)) << "\n"
              << "batches: " << fixed(static_cast<double>(batches) / std::max<double>(1, joined) / phase_s)
              << " per client per second over the " << fixed(phase_s, 2) << " s measured\n"
              << "host CPU: " << fixed(host_cpu_s_, 2) << " s (" << share(host_cpu_s_) << "); by thread:";
    // `lagerhuis serve` starts its threads in this order (cli/serve_command.cpp).
    const char* roles[] = {"main", "network", "session host"};
    std::size_t order = 0;
    for (const auto& [tid, seconds] : host_thread_cpu_s_)
        std::cout << " " << (host_thread_cpu_s_.size() == 3 ? roles[order++] : std::to_string(tid).c_str()) << " "
                  << fixed(seconds, 2) << " s";
    const double others = machine_cpu_s_ - host_cpu_s_ - own_cpu_s_;
    std::cout << "\nhost RSS: " << fixed(host_rss) << " MB (" << fixed(host_rss_before_mb_) << " MB before the joins), "
              << fixed(joined ? (host_rss - host_rss_before_mb_) * 1024 / static_cast<double>(joined) : 0)
              << " KB per participant\n"
              << "generator CPU: " << fixed(own_cpu_s_, 2) << " s (" << share(own_cpu_s_) << "), RSS "
              << fixed(rss_mb(static_cast<int>(::getpid()))) << " MB\n"
              << "other processes: " << fixed(others, 2) << " CPU s (" << fixed(others / phase_s, 2)
              << " cores busy besides host and generator)\n"
              << "lost (gaps): " << gaps << ", duplicated: " << duplicates << ", hash mismatches: " << mismatches
              << " of " << joined - no_hash << " compared\n";

    const double target = options_.mode == "burst" ? burst_p99_target_ms : soak_p99_target_ms;
    auto missed = [](const std::string& what) { std::cout << "TARGET MISSED: " << what << "\n"; };
    if (joined < options_.participants) missed(std::to_string(joined) + " of " + std::to_string(options_.participants) + " joined");
    if (latencies.empty()) missed("no latency measured");
    if (latency.p99 > target) missed("p99 " + fixed(latency.p99) + " ms > " + fixed(target, 0) + " ms");
    if (undelivered > 0) missed(std::to_string(undelivered) + " command/observer pairs never delivered");
    if (measured > acked + refused) missed(std::to_string(measured - acked - refused) + " commands unanswered");
    if (gaps > 0) missed("lost " + std::to_string(gaps));
    if (duplicates > 0) missed("duplicated " + std::to_string(duplicates));
    if (mismatches > 0) missed(std::to_string(mismatches) + " hash mismatches");
    if (no_hash > 0) missed(std::to_string(no_hash) + " view_hash requests unanswered");

    std::cout << "RESULT participants=" << joined << " p50_ms=" << fixed(latency.p50) << " p99_ms=" << fixed(latency.p99)
              << " max_ms=" << fixed(latency.max) << " lost=" << gaps << " duplicated=" << duplicates
              << " host_cpu_s=" << fixed(host_cpu_s_, 2) << " host_rss_mb=" << fixed(host_rss) << std::endl;
    return 0;
}

}  // namespace lagerhuis::bench
