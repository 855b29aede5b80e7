#include "store/session_log.hpp"

#include "core/append_events.hpp"
#include "core/ballot_seal.hpp"
#include "platform/utf8_path.hpp"
#include "proto/event_log_file.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::store {

bool is_session_file(const std::filesystem::path& path) { return path.extension() == ".lagerhuis"; }

std::optional<std::string> stream_session(const std::filesystem::path& path, const EventChunkSink& sink) {
    std::size_t count = 0;
    if (!is_session_file(path)) {
        auto events = proto::read_event_log(path);
        if (!events) return events.error().message();
        count = events->size();
        if (count > 0) sink(std::move(events).value());
    } else {
        auto file = store::SessionFile::open_read_only(path);
        if (!file) return file.error().message();
        auto problem = file->stream_events_since(0, [&](std::vector<core::Event>&& chunk) {
            count += chunk.size();
            sink(std::move(chunk));
        });
        if (problem) return problem->message();
    }
    if (count == 0) return platform::utf8_of(path) + ": no events: the session was never started";
    return std::nullopt;
}

core::Result<std::vector<core::Event>, std::string> read_session(const std::filesystem::path& path) {
    std::vector<core::Event> events;
    auto problem = stream_session(path, [&](std::vector<core::Event>&& chunk) { core::append_events(events, std::move(chunk)); });
    if (problem) return core::Failure{std::move(*problem)};
    return events;
}

std::optional<std::string> write_session(const std::filesystem::path& path, const std::vector<core::Event>& events) {
    if (!is_session_file(path)) {
        // Sealed as a session file would be (SessionFile::append does it there).
        std::vector<core::Event> sealed = events;
        for (const auto& event : events)
            if (auto poll = core::sealed_by(event)) core::seal_ballots(sealed, *poll);
        if (auto error = proto::write_event_log(path, sealed)) return error->message();
        return std::nullopt;
    }
    if (std::filesystem::exists(path))
        return platform::utf8_of(path) + ": already exists; choose another name or remove it first (a session file is never overwritten)";
    auto file = store::SessionFile::open(path, {.program = "lagerhuis demo", .create = true});
    if (!file) return file.error().message();
    if (auto appended = file->append(events); !appended) return appended.error().message();
    if (auto closed = file->close()) return closed->message();
    return std::nullopt;
}

}  // namespace lagerhuis::store
