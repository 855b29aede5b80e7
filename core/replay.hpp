#pragma once
// The replay engine: the state at any moment of a recorded session, exactly as live play
// had it, because it is the same fold (apply) over the same log. Snapshots of the state
// every `snapshot_every` events keep a seek short: a seek copies the nearest snapshot at
// or before the target and applies at most that many events, or simply moves forward
// from where it is when the target lies just ahead (scrubbing, playing).
//
// The default spacing weighs opening against seeking (issue "Nothing lost": a 100,000-event
// session opens in under 200 ms, any seek takes under 5 ms). Every snapshot is a whole
// State, late in a long session several megabytes, and taking them is most of what the
// fold costs beyond apply(); a seek costs one State copy plus up to `snapshot_every`
// applies: at 4,000, p99 about 3.5 ms for a 100,000-event file, which then keeps 25
// snapshots instead of 50 (80 MB less; bench/replay_bench.cpp measures both).
//
//   Replay replay(events);                // folds once, keeping snapshots
//   const State& at = replay.seek_time(95'000);   // after every event at or before 1:35
#include <cstddef>
#include <vector>

#include "event.hpp"
#include "event_log.hpp"
#include "state.hpp"

namespace lagerhuis::core {

class Replay {
public:
    static constexpr std::size_t default_snapshot_every = 4000;

    explicit Replay(std::vector<Event> events, std::size_t snapshot_every = default_snapshot_every);
    // No events yet: they come through extend(), e.g. chunk by chunk as a file is read.
    explicit Replay(std::size_t snapshot_every = default_snapshot_every);

    std::size_t size() const { return events_.size(); }
    const EventLog& events() const { return events_; }
    // Where the last seek went: the number of events applied.
    std::size_t position() const { return position_; }
    const State& state() const { return current_; }
    // The whole session's end state (kept, so "now" needs no seek).
    const State& final_state() const { return final_; }

    // The state after the first `count` events (count is clamped to size()).
    const State& seek(std::size_t count);
    // The state after every event stamped at or before `at_ms`.
    const State& seek_time(Millis at_ms);
    // How many events are stamped at or before `at_ms` (the log's clock never runs back).
    std::size_t count_at(Millis at_ms) const;

    // Appends events that arrived since (a live file read by the replay viewer, or the
    // next chunk of a file being read) and folds them. state() stays where seek() left
    // it: seek(size()) afterwards to be at the new end.
    void extend(const std::vector<Event>& more);
    void extend(std::vector<Event>&& more);

private:
    // Folds events_[first..] into final_, keeping the snapshots that fall among them.
    void fold_from(std::size_t first);
    void forward_to(std::size_t count);

    EventLog events_;
    std::size_t snapshot_every_;
    std::vector<State> snapshots_;  // snapshots_[k]: the state after k * snapshot_every_ events
    State current_;
    std::size_t position_ = 0;
    State final_;
};

}  // namespace lagerhuis::core
