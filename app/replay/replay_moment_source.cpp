#include "app/replay/replay_moment_source.hpp"

#include <chrono>

namespace lagerhuis::app {

MomentSource::~MomentSource() {
    if (building_.valid()) building_.wait();
}

void MomentSource::take_finished(bool wait) {
    if (!building_.valid()) return;
    if (!wait && building_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    retired_ = std::move(shown_);  // freed on the builder's thread with the next build
    shown_ = building_.get();
}

Moment MomentSource::update(const ReplaySession& session, bool wait) {
    const std::size_t position = session.position();
    if (position == session.events().size())  // the end: the session keeps that pair
        return {&session.final_state(), &session.final_board(), session.at_ms(), true};

    take_finished(false);
    const bool stale = !shown_ || shown_->position != position;
    if (stale && (!building_.valid() || building_position_ != position)) {
        if (building_.valid()) take_finished(true);  // one build at a time: the older one first
        if (!shown_ || shown_->position != position) {
            // The copy is the UI thread's part (about a snapshot's cost); the scoreboard, and
            // freeing the pair it replaces, happen on the builder's thread.
            auto retired = std::move(retired_);
            building_position_ = position;
            building_ = std::async(std::launch::async, [state = session.state(), at = session.at_ms(), position,
                                                        retired = std::move(retired)]() mutable {
                retired.reset();
                auto built = std::make_shared<Built>();
                built->board = core::build_scoreboard(state);
                built->state = std::move(state);
                built->at_ms = at;
                built->position = position;
                return std::shared_ptr<const Built>(std::move(built));
            });
        }
    }
    if (wait || !shown_) take_finished(true);
    return {&shown_->state, &shown_->board, shown_->at_ms, shown_->position == position};
}

}  // namespace lagerhuis::app
