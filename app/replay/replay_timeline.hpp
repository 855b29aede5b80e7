#pragma once
// What the replay viewer's timeline shows, worked out once per log (no drawing here):
// the turns as spans coloured by the speaker's bench, and marks where something a
// trainer stops for happened: a floor crossing, a flag, a confirmed drogreden, a poll,
// a trainer's note. Marks are sorted by time, so "next flagged moment" is a search.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/ids.hpp"
#include "core/enums.hpp"

namespace lagerhuis::app {

class ReplaySession;

enum class MarkKind : unsigned char { crossing, flag, fallacy, poll, note };

struct TurnSpan {
    core::TurnId turn;
    core::ParticipantId speaker;
    core::Side side{};
    core::Millis from_ms = 0;
    core::Millis to_ms = 0;  // the end, or the log's last moment for a turn still running
};

struct TimelineMark {
    MarkKind kind{};
    core::Millis at_ms = 0;
    // Which one: the index into the final scoreboard's crossings or fallacies, the flag's
    // or poll's id value, or the index into the session's notes.
    std::size_t index = 0;
};

struct Timeline {
    std::vector<TurnSpan> turns;
    std::vector<TimelineMark> marks;  // by time
};

Timeline build_timeline(const ReplaySession& session);

// The moments worth stopping at (flags, confirmed drogredenen, crossings), strictly
// after or before `at_ms`; nullopt past the last or before the first.
std::optional<core::Millis> next_moment(const Timeline& timeline, core::Millis at_ms);
std::optional<core::Millis> previous_moment(const Timeline& timeline, core::Millis at_ms);

}  // namespace lagerhuis::app
