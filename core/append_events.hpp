#pragma once
// Moving a chunk of events onto the end of a log: how a log read in chunks (a session
// file decoded while it is read) is put together without copying an event.
#include <iterator>
#include <vector>

#include "event.hpp"

namespace lagerhuis::core {

inline void append_events(std::vector<Event>& log, std::vector<Event>&& more) {
    if (log.empty())
        log = std::move(more);
    else
        log.insert(log.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

}  // namespace lagerhuis::core
