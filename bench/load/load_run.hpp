#pragma once
// The load generator's run (bench/load_generator.cpp): its options, the clients it drives
// and what it measures. The report of a run is in load_report.cpp.
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bench/load/latency_spread.hpp"
#include "core/command.hpp"
#include "core/ids.hpp"
#include "core/refusal.hpp"
#include "net/event_loop.hpp"
#include "net/participant_client.hpp"

namespace lagerhuis::bench {

constexpr double burst_p99_target_ms = 100;
constexpr double soak_p99_target_ms = 150;

struct Options {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::size_t participants = 0;
    std::string code = "123456";
    std::string secret = "geheim";
    bool tls = false;  // wss://, verified against `ca` besides the system's CAs
    std::string ca;
    std::string mode = "burst";
    int window_ms = 1000;
    std::string burst_actions = "all";
    int duration_s = 60;
    std::size_t observers = 50;
    double commands_per_second = 40;
};

struct SentCommand {
    std::size_t member;  // index into the fleet; facilitator_index for the facilitator
    std::string_view kind;
    Clock::time_point at;
    core::Seq seq = 0;  // set by the ack
    double acked_ms = 0;  // from sending to the ack
    bool answered = false;
    bool measured = false;  // sent in the measured phase: counts for latency
};

struct Member {
    std::unique_ptr<net::ParticipantClient> client;
    Clock::time_point started;
    std::optional<Clock::time_point> snapshot_at;
    bool observer = false;
    std::optional<core::Side> seat;  // what this member last asked for
    std::vector<std::pair<core::Seq, Clock::time_point>> arrivals;  // observers: seq so far, when
    std::uint64_t batches = 0;                                      // in the measured phase
    std::unordered_map<std::string, std::size_t> pending;          // request id → SentCommand
    std::optional<std::string> host_hash;
    std::string own_hash;
    core::Seq host_seq = 0, own_seq = 0;
};

class LoadRun {
public:
    explicit LoadRun(Options options) : options_(std::move(options)), random_(20261129) {}

    int run();

private:
    static constexpr std::size_t facilitator_index = static_cast<std::size_t>(-1);

    Member& member(std::size_t index) { return index == facilitator_index ? facilitator_ : *fleet_[index]; }
    void make_client(std::size_t index, net::ClientOptions options);
    void answer(std::size_t index, const std::string& request_id, core::Seq seq, const core::Refusal* refusal);
    void send(std::size_t index, core::CommandBody body, bool measured);
    bool run_until(const std::function<bool()>& done, std::chrono::milliseconds timeout);
    // Runs until `done`, as long as `progress` keeps changing; false when it stalled.
    bool run_while_moving(const std::function<bool()>& done, const std::function<std::size_t()>& progress,
                          std::chrono::milliseconds stall);
    bool wait_for_answers(std::chrono::milliseconds stall);
    core::Seq last_acked_seq() const;
    bool everyone_at(core::Seq seq) const;

    bool join_all();
    bool set_up_debate();
    void burst();
    void soak();
    void check_hashes();
    // Samples how late a timer fires: the generator's own backlog, which latencies include.
    void watch_loop_lag();
    int report();

    Options options_;
    std::mt19937_64 random_;
    net::EventLoop loop_;
    std::vector<std::unique_ptr<Member>> fleet_;
    Member facilitator_;
    std::vector<std::size_t> observers_;
    std::vector<SentCommand> commands_;
    std::vector<std::string> fallacies_;
    std::string run_tag_ = std::to_string(::getpid() % 100000);
    std::size_t snapshots_ = 0;
    std::size_t answered_ = 0;
    std::size_t hashes_ = 0;
    bool measuring_ = false;
    bool closing_ = false;
    std::map<std::string, std::uint64_t> refusals_;     // "command: reason"
    std::map<std::string, std::uint64_t> wire_errors_;  // wire reason code
    std::uint64_t disconnects_ = 0;
    std::string first_disconnect_;

    // The debate as set up by the facilitator.
    core::PollId poll_;
    core::ArgumentId argument_;
    std::size_t speaker_ = 0;  // fleet index of the one holding the floor

    // Measurements.
    int host_pid_ = 0;
    std::vector<double> join_ms_;
    double join_s_ = 0, host_join_cpu_s_ = 0, host_rss_before_mb_ = 0;
    Clock::time_point phase_start_, phase_end_, window_end_;
    double host_cpu_s_ = 0, own_cpu_s_ = 0, machine_cpu_s_ = 0;
    std::map<int, double> host_thread_cpu_s_;
    std::vector<double> loop_lag_ms_;
};

}  // namespace lagerhuis::bench
