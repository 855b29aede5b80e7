#pragma once
// A session's events as they were read, kept in the chunks they came in: appending a
// chunk moves no event. A 100,000-event log is 36 MB of events; moving it into one
// growing vector cost more than folding it (issue #4: a long file opens in 200 ms).
#include <algorithm>
#include <cstddef>
#include <vector>

#include "event.hpp"

namespace lagerhuis::core {

class EventLog {
public:
    EventLog() = default;
    explicit EventLog(std::vector<Event> events);

    // A chunk smaller than this is moved onto the last chunk rather than kept apart, so
    // a live file read a few events at a time does not end up in thousands of chunks.
    static constexpr std::size_t small_chunk = 1024;
    void append(std::vector<Event>&& chunk);

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Event& operator[](std::size_t index) const;
    const Event& front() const { return chunks_.front().front(); }
    const Event& back() const { return chunks_.back().back(); }
    // How many events are stamped at or before `at_ms` (the log's clock never runs back).
    std::size_t count_at(Millis at_ms) const;
    // Calls visit(event) for the events [first, last), in order.
    template <class Visit>
    void visit(std::size_t first, std::size_t last, Visit&& visit) const;
    std::vector<Event> to_vector() const;

private:
    std::size_t chunk_of(std::size_t index) const;

    std::vector<std::vector<Event>> chunks_;
    std::vector<std::size_t> starts_;  // starts_[k]: the index of chunks_[k]'s first event
    std::size_t size_ = 0;
};

template <class Visit>
void EventLog::visit(std::size_t first, std::size_t last, Visit&& visit) const {
    if (first >= last) return;
    for (std::size_t chunk = chunk_of(first); chunk < chunks_.size() && starts_[chunk] < last; ++chunk) {
        const auto& events = chunks_[chunk];
        const std::size_t from = first > starts_[chunk] ? first - starts_[chunk] : 0;
        const std::size_t to = std::min(events.size(), last - starts_[chunk]);
        for (std::size_t i = from; i < to; ++i) visit(events[i]);
    }
}

}  // namespace lagerhuis::core
