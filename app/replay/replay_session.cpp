#include "app/replay/replay_session.hpp"

#include <algorithm>

#include "store/host_lock.hpp"
#include "store/session_file.hpp"
#include "store/session_log.hpp"

namespace lagerhuis::app {

namespace {

// Notes are read and written through a short-lived handle: a reader for the list, the
// one writer's lock for a change (refused, with the holder's name, while a host runs).
core::Result<std::vector<store::Annotation>, std::string> read_notes(const std::filesystem::path& path) {
    auto file = store::SessionFile::open_read_only(path);
    if (!file) return core::Failure{file.error().message()};
    auto notes = file->annotations();
    if (!notes) return core::Failure{notes.error().message()};
    return std::move(notes).value();
}

}  // namespace

ReplaySession::ReplaySession(std::filesystem::path path, core::Replay replay, bool keeps_notes)
    : path_(std::move(path)), replay_(std::move(replay)), keeps_notes_(keeps_notes) {
    replay_.seek(replay_.size());
    rescore_final();
    at_ms_ = end_ms();
}

core::Result<ReplaySession, std::string> ReplaySession::open(const std::filesystem::path& path) {
    // Folded chunk by chunk while the rest of the file is still being read and decoded.
    core::Replay replay;
    auto problem = store::stream_session(path, [&](std::vector<core::Event>&& chunk) { replay.extend(std::move(chunk)); });
    if (problem) return core::Failure{std::move(*problem)};
    const bool session_file = store::is_session_file(path);
    ReplaySession session(path, std::move(replay), session_file);
    if (session_file) {
        auto notes = read_notes(path);
        if (!notes) return core::Failure{notes.error()};
        session.notes_ = std::move(notes).value();
    }
    return session;
}

ReplaySession ReplaySession::from_events(std::vector<core::Event> events) {
    return ReplaySession({}, core::Replay(std::move(events)), false);
}

core::Millis ReplaySession::start_ms() const { return events().empty() ? 0 : events().front().at_ms; }
core::Millis ReplaySession::end_ms() const { return events().empty() ? 0 : events().back().at_ms; }

core::Millis ReplaySession::time_of(core::Seq seq) const {
    // The log runs 1, 2, 3, ... (checked when read), so seq n is event n-1.
    return seq == 0 || seq > events().size() ? 0 : events()[seq - 1].at_ms;
}

void ReplaySession::seek(core::Millis at_ms) {
    at_ms_ = std::clamp(at_ms, start_ms(), end_ms());
    replay_.seek_time(at_ms_);
}

void ReplaySession::rescore_final() {
    final_board_ = core::build_scoreboard(replay_.final_state());
}

bool ReplaySession::refresh() {
    if (!keeps_notes_) return false;
    auto file = store::SessionFile::open_read_only(path_);
    if (!file) return false;  // moved or being replaced: keep showing what was read
    auto more = file->load_events_since(events().empty() ? 0 : events().back().seq);
    if (!more || more->empty()) return false;
    const bool was_at_end = replay_.position() == replay_.size();
    replay_.extend(std::move(more).value());
    rescore_final();
    // Watching the live end follows it; a moment in the past stays where it is.
    if (was_at_end) seek(end_ms());
    return true;
}

std::optional<std::string> ReplaySession::host_holder() const {
    if (!keeps_notes_) return std::nullopt;
    return store::HostLock::holder_of(path_);
}

std::vector<report::ReportNote> report_notes(const std::vector<store::Annotation>& notes) {
    std::vector<report::ReportNote> shown;
    for (const auto& note : notes) shown.push_back({note.at_ms, note.argument, note.author, note.text});
    return shown;
}

std::optional<std::string> ReplaySession::add_note(store::Annotation note) {
    return change_notes([&](store::SessionFile& file) -> std::optional<std::string> {
        if (auto id = file.add_annotation(note); !id) return id.error().message();
        return std::nullopt;
    });
}

std::optional<std::string> ReplaySession::remove_note(std::int64_t id) {
    return change_notes([&](store::SessionFile& file) -> std::optional<std::string> {
        if (auto problem = file.remove_annotation(id)) return problem->message();
        return std::nullopt;
    });
}

std::optional<std::string> ReplaySession::change_notes(const NoteChange& change) {
    if (!keeps_notes_) return "notes are kept only in a .lagerhuis session file";
    auto file = store::SessionFile::open(path_, {.program = "lagerhuis replay", .create = false});
    if (!file) return file.error().message();
    if (auto problem = change(*file)) return problem;
    auto notes = file->annotations();
    if (!notes) return notes.error().message();
    notes_ = std::move(notes).value();
    if (auto closed = file->close()) return closed->message();
    return std::nullopt;
}

}  // namespace lagerhuis::app
