#include "event_log.hpp"

#include <algorithm>

#include "append_events.hpp"

namespace lagerhuis::core {

EventLog::EventLog(std::vector<Event> events) { append(std::move(events)); }

void EventLog::append(std::vector<Event>&& chunk) {
    if (chunk.empty()) return;
    size_ += chunk.size();
    if (!chunks_.empty() && chunk.size() < small_chunk) return append_events(chunks_.back(), std::move(chunk));
    starts_.push_back(size_ - chunk.size());
    chunks_.push_back(std::move(chunk));
}

std::size_t EventLog::chunk_of(std::size_t index) const {
    const auto after = std::upper_bound(starts_.begin(), starts_.end(), index);
    return static_cast<std::size_t>(after - starts_.begin()) - 1;
}

const Event& EventLog::operator[](std::size_t index) const {
    const std::size_t chunk = chunk_of(index);
    return chunks_[chunk][index - starts_[chunk]];
}

std::size_t EventLog::count_at(Millis at_ms) const {
    // The first chunk whose last event is later than at_ms holds the answer's boundary.
    const auto chunk = std::partition_point(chunks_.begin(), chunks_.end(),
                                            [&](const std::vector<Event>& events) { return events.back().at_ms <= at_ms; });
    if (chunk == chunks_.end()) return size_;
    const auto after = std::upper_bound(chunk->begin(), chunk->end(), at_ms,
                                        [](Millis t, const Event& event) { return t < event.at_ms; });
    return starts_[static_cast<std::size_t>(chunk - chunks_.begin())] + static_cast<std::size_t>(after - chunk->begin());
}

std::vector<Event> EventLog::to_vector() const {
    std::vector<Event> events;
    events.reserve(size_);
    for (const auto& chunk : chunks_) events.insert(events.end(), chunk.begin(), chunk.end());
    return events;
}

}  // namespace lagerhuis::core
