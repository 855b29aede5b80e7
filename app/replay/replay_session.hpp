#pragma once
// A recorded session as the replay viewer reads it: the event log folded by the replay
// engine (core::Replay), the moment being looked at (its scoreboard is built off the UI
// thread by MomentSource), the session's end state with its scoreboard, and the
// trainer's notes. Opening never changes the
// events; a live session's file is read as it grows (refresh), and notes can be added
// only while no host holds the file (they are written beside the log, never into it).
//
//   auto session = ReplaySession::open("debat.lagerhuis");
//   session->seek(95'000);                       // 1:35 into the session
//   draw(session->state());                      // the room as it was then
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/replay.hpp"
#include "core/result.hpp"
#include "core/scoreboard.hpp"
#include "report/html_report.hpp"
#include "store/annotation.hpp"

namespace lagerhuis::store {
class SessionFile;
}

namespace lagerhuis::app {

class ReplaySession {
public:
    // A .lagerhuis session file (read-only, also while a host runs it) or a JSONL log.
    // The error says what is wrong with the file, in English (logged and shown as detail).
    static core::Result<ReplaySession, std::string> open(const std::filesystem::path& path);
    // A log already in memory (the demo, tests): no file, so no notes and no refresh.
    static ReplaySession from_events(std::vector<core::Event> events);

    const std::filesystem::path& path() const { return path_; }
    const core::EventLog& events() const { return replay_.events(); }

    // The session's time span: its first and its last event.
    core::Millis start_ms() const;
    core::Millis end_ms() const;
    // When the event with this seq happened (0 for a seq outside the log).
    core::Millis time_of(core::Seq seq) const;

    // The moment looked at: everything that happened at or before `at_ms` (clamped to the
    // span). Seeks are cheap (snapshots); the moment's scoreboard comes from MomentSource.
    void seek(core::Millis at_ms);
    core::Millis at_ms() const { return at_ms_; }
    // How many events the moment includes (the replay's position).
    std::size_t position() const { return replay_.position(); }
    const core::State& state() const { return replay_.state(); }

    const core::State& final_state() const { return replay_.final_state(); }
    const core::Scoreboard& final_board() const { return final_board_; }

    // Reads events a running host committed since; true when there were any.
    bool refresh();
    // Who holds the file for writing ("in use by lagerhuis serve, pid ..."): notes wait
    // until that host closes it. nullopt when nobody does (or there is no file).
    std::optional<std::string> host_holder() const;
    // Notes can be kept with this session (a .lagerhuis file, not a JSONL log).
    bool keeps_notes() const { return keeps_notes_; }

    const std::vector<store::Annotation>& notes() const { return notes_; }
    // Writes the note to the file (never touching its events); the error says why not.
    std::optional<std::string> add_note(store::Annotation note);
    std::optional<std::string> remove_note(std::int64_t id);

private:
    ReplaySession(std::filesystem::path path, core::Replay replay, bool keeps_notes);
    void rescore_final();
    // Opens the file as its one writer (refused while a host holds it), changes the
    // notes, reads them back and closes, so the lock is held for an instant only.
    using NoteChange = std::function<std::optional<std::string>(store::SessionFile&)>;
    std::optional<std::string> change_notes(const NoteChange& change);

    std::filesystem::path path_;
    core::Replay replay_;
    bool keeps_notes_ = false;
    core::Millis at_ms_ = 0;
    core::Scoreboard final_board_;
    std::vector<store::Annotation> notes_;
};

// The notes as the HTML report shows them (the viewer's export and `lagerhuis export`).
std::vector<report::ReportNote> report_notes(const std::vector<store::Annotation>& notes);

}  // namespace lagerhuis::app
