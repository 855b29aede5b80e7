#include "report/scored_session.hpp"

#include "core/apply.hpp"

namespace lagerhuis::report {

namespace {
// Often enough for a smooth bar, rarely enough to cost nothing next to apply().
constexpr std::size_t progress_every = 2'000;
}  // namespace

ScoredSession score_session(std::span<const core::Event> events, const Progress& progress) {
    ScoredSession session;
    for (std::size_t i = 0; i < events.size(); ++i) {
        core::apply(session.state, events[i]);
        if (progress && (i + 1) % progress_every == 0 && i + 1 < events.size()) progress(i + 1, events.size());
    }
    session.board = core::build_scoreboard(session.state);
    if (progress) progress(events.size(), events.size());
    return session;
}

}  // namespace lagerhuis::report
