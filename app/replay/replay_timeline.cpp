#include "app/replay/replay_timeline.hpp"

#include <algorithm>
#include <unordered_map>

#include "app/replay/replay_session.hpp"

namespace lagerhuis::app {

namespace {

bool worth_stopping(MarkKind kind) {
    return kind == MarkKind::crossing || kind == MarkKind::flag || kind == MarkKind::fallacy;
}

// When a drogreden became confirmed: its first tag by the gespreksleider, or else the
// first decision that confirmed one of the flags naming it.
std::optional<core::Millis> confirmed_at(const ReplaySession& session, const core::FallacyReport& fallacy,
                                         const std::unordered_map<core::Seq, const core::Flag*>& flag_by_seq) {
    if (fallacy.status != core::FlagOutcome::confirmed) return std::nullopt;
    if (!fallacy.tags.empty()) return session.time_of(fallacy.tags.front());
    std::optional<core::Millis> first;
    for (const core::Seq seq : fallacy.flags) {
        const auto found = flag_by_seq.find(seq);
        if (found == flag_by_seq.end() || found->second->outcome != core::FlagOutcome::confirmed) continue;
        const core::Millis at = session.time_of(found->second->decided_seq);
        first = first ? std::min(*first, at) : at;
    }
    return first;
}

// Where a note sits on the timeline: its moment, its event's, or its argument's.
std::optional<core::Millis> note_time(const ReplaySession& session, const store::Annotation& note) {
    if (note.at_ms) return note.at_ms;
    if (note.seq) return session.time_of(*note.seq);
    if (const core::Argument* argument = session.final_state().argument(note.argument))
        return session.time_of(argument->seq);
    return std::nullopt;  // a note on the whole session
}

}  // namespace

Timeline build_timeline(const ReplaySession& session) {
    const core::State& state = session.final_state();
    const core::Scoreboard& board = session.final_board();
    Timeline timeline;
    for (const core::Turn& turn : state.turns)
        timeline.turns.push_back({turn.id, turn.speaker, turn.side, turn.started_at,
                                  turn.ended_at.value_or(session.end_ms())});

    auto& marks = timeline.marks;
    for (std::size_t i = 0; i < board.crossings.size(); ++i)
        marks.push_back({MarkKind::crossing, board.crossings[i].at_ms, i});
    std::unordered_map<core::Seq, const core::Flag*> flag_by_seq;
    for (const core::Flag& flag : state.flags) {
        marks.push_back({MarkKind::flag, flag.at_ms, flag.id.value});
        flag_by_seq.emplace(flag.seq, &flag);
    }
    for (std::size_t i = 0; i < board.fallacies.size(); ++i)
        if (const auto at = confirmed_at(session, board.fallacies[i], flag_by_seq))
            marks.push_back({MarkKind::fallacy, *at, i});
    for (const core::Poll& poll : state.polls)
        marks.push_back({MarkKind::poll, session.time_of(poll.opened_seq), poll.id.value});
    const auto& notes = session.notes();
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const std::optional<core::Millis> at = note_time(session, notes[i]);
        if (at) marks.push_back({MarkKind::note, *at, i});
    }
    std::stable_sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) { return a.at_ms < b.at_ms; });
    return timeline;
}

std::optional<core::Millis> next_moment(const Timeline& timeline, core::Millis at_ms) {
    for (const auto& mark : timeline.marks)
        if (mark.at_ms > at_ms && worth_stopping(mark.kind)) return mark.at_ms;
    return std::nullopt;
}

std::optional<core::Millis> previous_moment(const Timeline& timeline, core::Millis at_ms) {
    for (auto mark = timeline.marks.rbegin(); mark != timeline.marks.rend(); ++mark)
        if (mark->at_ms < at_ms && worth_stopping(mark->kind)) return mark->at_ms;
    return std::nullopt;
}

}  // namespace lagerhuis::app
