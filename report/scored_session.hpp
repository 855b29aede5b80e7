#pragma once
// A recorded session folded and scored, as every export needs it: the state and its
// explained scoreboard (the same build_scoreboard as `lagerhuis analyze session`, so the
// figures agree). Folding a 100,000-event log takes a noticeable moment, hence progress.
#include <span>

#include "core/event.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"
#include "report/progress.hpp"

namespace lagerhuis::report {

struct ScoredSession {
    core::State state;
    core::Scoreboard board;
};

// Reports (events applied, events.size()) every few thousand events and once at the end.
ScoredSession score_session(std::span<const core::Event> events, const Progress& progress = {});

}  // namespace lagerhuis::report
