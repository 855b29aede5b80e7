#include "replay.hpp"

#include <algorithm>

#include "apply.hpp"

namespace lagerhuis::core {

Replay::Replay(std::vector<Event> events, std::size_t snapshot_every)
    : events_(std::move(events)), snapshot_every_(std::max<std::size_t>(snapshot_every, 1)) {
    snapshots_.emplace_back();
    fold_from(0);
    current_ = final_;
    position_ = events_.size();
}

Replay::Replay(std::size_t snapshot_every) : snapshot_every_(std::max<std::size_t>(snapshot_every, 1)) {
    snapshots_.emplace_back();
}

void Replay::extend(const std::vector<Event>& more) { extend(std::vector<Event>(more)); }

void Replay::extend(std::vector<Event>&& more) {
    const std::size_t first = events_.size();
    events_.append(std::move(more));
    fold_from(first);
}

void Replay::fold_from(std::size_t first) {
    std::size_t applied = first;
    events_.visit(first, events_.size(), [&](const Event& event) {
        apply(final_, event);
        if (++applied % snapshot_every_ == 0) snapshots_.push_back(final_);
    });
}

void Replay::forward_to(std::size_t count) {
    events_.visit(position_, count, [&](const Event& event) { apply(current_, event); });
    position_ = std::max(position_, count);
}

const State& Replay::seek(std::size_t count) {
    count = std::min(count, events_.size());
    if (count == events_.size()) {
        if (position_ != count) current_ = final_;
        position_ = count;
        return current_;
    }
    const std::size_t snapshot = count / snapshot_every_;
    // Going forward a short way is cheaper than copying a snapshot.
    const bool ahead_nearby = count >= position_ && count - position_ <= snapshot_every_;
    if (!ahead_nearby) {
        current_ = snapshots_[snapshot];
        position_ = snapshot * snapshot_every_;
    }
    forward_to(count);
    return current_;
}

std::size_t Replay::count_at(Millis at_ms) const {
    return events_.count_at(at_ms);
}

const State& Replay::seek_time(Millis at_ms) { return seek(count_at(at_ms)); }

}  // namespace lagerhuis::core
