// One log, one state: live play (decide, then apply event by event), a replay of the
// log (fold), a replay after every event went through the JSON codec, and the session
// driver all end in the same state, field by field. The incremental scores equal a
// full recompute, bit for bit, after every single event.
#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/apply.hpp"
#include "core/decide.hpp"
#include "core/scoreboard.hpp"
#include "core/scoring.hpp"
#include "core/session_driver.hpp"
#include "proto/json_codec.hpp"
#include "tests/core/random_commands.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::dump_event;
using lagerhuis::tests::dump_scoreboard;
using lagerhuis::tests::dump_state;
using lagerhuis::tests::first_difference;
using lagerhuis::tests::kept_vs_recomputed;
using lagerhuis::tests::RandomCommands;
using lagerhuis::tests::state_difference;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TimedCommand;

namespace {

constexpr int commands_per_run = 4'000;
constexpr std::size_t checkpoint_every = 300;  // events between prefix replays

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) return false;
    return true;
}
bool same_bits(const ScoreSnapshot& a, const ScoreSnapshot& b) {
    return same_bits(a.bases, b.bases) && same_bits(a.strengths, b.strengths) &&
           same_bits(a.statement_strengths, b.statement_strengths) && a.tally == b.tally;
}

struct Run {
    std::vector<TimedCommand> commands;
    std::vector<Event> log;
    State state;
    int accepted = 0;
    std::map<ReasonCode, int> refusals;
    std::set<std::size_t> event_types;
    std::string first_score_drift;  // empty: kept == recomputed after every event
    std::vector<std::pair<std::size_t, std::string>> checkpoints;  // (log size, state dump)
};

// Live play: decide, then apply each event and check the scores after each.
Run play(std::uint64_t seed) {
    Run run;
    RandomCommands generator(seed, test_config());
    for (int i = 0; i < commands_per_run; ++i) {
        TimedCommand timed = generator.next(run.state);
        const Decision decision = decide(run.state, timed.command, timed.now);
        run.commands.push_back(std::move(timed));
        if (!decision) {
            ++run.refusals[decision.error().code];
            continue;
        }
        ++run.accepted;
        for (const Event& event : *decision) {
            if (event.seq != run.state.last_seq + 1 || event.at_ms < run.state.last_at_ms)
                FAIL("event " << event.seq << " at " << event.at_ms << " does not follow " << run.state.last_seq
                              << " at " << run.state.last_at_ms);
            apply(run.state, event);
            run.log.push_back(event);
            run.event_types.insert(event.body.index());
            if (run.first_score_drift.empty() && !same_bits(kept_scores(run.state), recompute_scores(run.state)))
                run.first_score_drift = "after event " + std::to_string(event.seq) + ": " + kept_vs_recomputed(run.state);
            if (run.log.size() % checkpoint_every == 0) run.checkpoints.emplace_back(run.log.size(), dump_state(run.state));
        }
    }
    return run;
}

const Run& played(std::uint64_t seed) {
    static std::map<std::uint64_t, Run> runs;
    auto found = runs.find(seed);
    if (found == runs.end()) found = runs.emplace(seed, play(seed)).first;
    return found->second;
}

}  // namespace

TEST_CASE("a long random session exercises most rules, accepted and refused", "[rules][determinism]") {
    const auto seed = GENERATE(as<std::uint64_t>{}, 1, 20120201, 987654321);
    const Run& run = played(seed);
    INFO("seed " << seed << ": " << run.accepted << " accepted, " << run.log.size() << " events, "
                 << run.refusals.size() << " distinct refusals, " << run.event_types.size() << " event types, "
                 << run.state.arguments.size() << " arguments, " << run.state.crossings.size() << " crossings, "
                 << run.state.flags.size() << " flags");
    // The stream is only a good test if it reaches deep into the rules both ways.
    CHECK(run.accepted > commands_per_run / 4);
    CHECK(commands_per_run - run.accepted > commands_per_run / 4);
    CHECK(run.refusals.size() >= 42);
    CHECK(run.event_types.size() >= 27);
    CHECK(run.state.arguments.size() >= 120);
    CHECK(run.state.crossings.size() >= 12);
    CHECK(run.state.flags.size() >= 40);
}

TEST_CASE("kept scores equal a full recompute after every event", "[rules][determinism]") {
    const auto seed = GENERATE(as<std::uint64_t>{}, 1, 20120201, 987654321);
    const Run& run = played(seed);
    INFO("seed " << seed);
    CHECK(run.first_score_drift == "");
}

TEST_CASE("replaying the log gives the live state, at the end and at every checkpoint", "[rules][determinism]") {
    const auto seed = GENERATE(as<std::uint64_t>{}, 1, 20120201, 987654321);
    const Run& run = played(seed);
    INFO("seed " << seed);
    const State replayed = fold(run.log);
    CHECK(state_difference(run.state, replayed) == "");
    CHECK(first_difference(dump_scoreboard(build_scoreboard(run.state)), dump_scoreboard(build_scoreboard(replayed))) ==
          "");
    for (const auto& [size, dump] : run.checkpoints) {
        INFO("first " << size << " events");
        CHECK(first_difference(dump, dump_state(fold(std::span(run.log).first(size)))) == "");
    }
}

TEST_CASE("the log survives the JSON codec and replays to the same state", "[rules][determinism]") {
    const auto seed = GENERATE(as<std::uint64_t>{}, 1, 20120201, 987654321);
    const Run& run = played(seed);
    INFO("seed " << seed);
    std::vector<Event> decoded;
    for (const Event& event : run.log) {
        const std::string line = lagerhuis::proto::encode_event_line(event);
        auto back = lagerhuis::proto::decode_event_line(line);
        INFO("event " << event.seq << ": " << line);
        REQUIRE(back.ok());
        if (dump_event(*back) != dump_event(event)) {
            CHECK(first_difference(dump_event(event), dump_event(*back)) == "");
            break;
        }
        decoded.push_back(std::move(back).value());
    }
    REQUIRE(decoded.size() == run.log.size());
    CHECK(state_difference(run.state, fold(decoded)) == "");
}

TEST_CASE("the session driver plays the same commands to the same state", "[rules][determinism]") {
    const Run& run = played(20120201);
    SessionDriver driver;
    for (const TimedCommand& timed : run.commands)
        static_cast<void>(driver.submit(timed.command.actor, timed.command.body, timed.now));
    CHECK(driver.log().size() == run.log.size());
    CHECK(state_difference(run.state, driver.state()) == "");
}

TEST_CASE("the same commands always give the same log", "[rules][determinism]") {
    const Run& first = played(1);
    const Run again = play(1);
    REQUIRE(again.log.size() == first.log.size());
    for (std::size_t i = 0; i < first.log.size(); ++i) {
        if (dump_event(first.log[i]) == dump_event(again.log[i])) continue;
        CHECK(first_difference(dump_event(first.log[i]), dump_event(again.log[i])) == "");
        break;
    }
}

TEST_CASE("a refused command leaves the state exactly as it was", "[rules][determinism]") {
    // decide() takes the state by const reference; this checks the driver keeps to it
    // over a long stream: after every refusal the state is the one before it.
    const Run& run = played(987654321);
    SessionDriver driver;
    int refusals = 0;
    for (const TimedCommand& timed : run.commands) {
        const std::string before = dump_state(driver.state());
        const auto log_size = driver.log().size();
        if (driver.submit(timed.command.actor, timed.command.body, timed.now)) continue;
        ++refusals;
        if (driver.log().size() != log_size || dump_state(driver.state()) != before) {
            CHECK(first_difference(before, dump_state(driver.state())) == "");
            CHECK(driver.log().size() == log_size);
            break;
        }
        if (refusals >= 300) break;  // enough: each check dumps the whole state
    }
    CHECK(refusals >= 300);
}
