#pragma once
// The moment the replay viewer draws: a state and its scoreboard from the same position
// of the log, the scoreboard built off the UI thread. A long session's explained
// scoreboard takes tens of milliseconds, too long for a frame while the timeline is
// dragged, so the window draws the last finished pair (consistent: the panels index the
// scoreboard by the state's ids) until the next is ready, a frame or two later. The
// session's end needs no building: its pair is kept by the session.
//
//   MomentSource source;
//   const Moment& moment = source.update(session);       // each frame, never waits
//   const Moment& exact = source.update(session, true);  // waits (a screenshot)
#include <cstddef>
#include <future>
#include <memory>

#include "app/replay/replay_session.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"

namespace lagerhuis::app {

struct Moment {
    const core::State* state = nullptr;
    const core::Scoreboard* board = nullptr;
    core::Millis at_ms = 0;
    bool current = false;  // the pair is of the moment on the timeline (not an earlier one)
};

class MomentSource {
public:
    MomentSource() = default;
    ~MomentSource();
    MomentSource(const MomentSource&) = delete;
    MomentSource& operator=(const MomentSource&) = delete;

    // The pair to draw now; starts building the session's current moment when it differs
    // and nothing is being built. With `wait`, returns the current moment's pair.
    Moment update(const ReplaySession& session, bool wait = false);

private:
    struct Built {
        core::State state;
        core::Scoreboard board;
        core::Millis at_ms = 0;
        std::size_t position = 0;
    };
    void take_finished(bool wait);

    std::shared_ptr<const Built> shown_;
    std::shared_ptr<const Built> retired_;  // the pair shown before: its memory is freed off the UI thread
    std::future<std::shared_ptr<const Built>> building_;
    std::size_t building_position_ = 0;
};

}  // namespace lagerhuis::app
