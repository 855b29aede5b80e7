#include "store/session_log.hpp"

#include "proto/event_log_file.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::store {

bool is_session_file(const std::filesystem::path& path) { return path.extension() == ".lagerhuis"; }

core::Result<std::vector<core::Event>, std::string> read_session(const std::filesystem::path& path) {
    if (!is_session_file(path)) {
        auto events = proto::read_event_log(path);
        if (!events) return core::Failure{events.error().message()};
        return std::move(events).value();
    }
    auto file = store::SessionFile::open_read_only(path);
    if (!file) return core::Failure{file.error().message()};
    auto events = file->load_events();
    if (!events) return core::Failure{events.error().message()};
    if (events->empty()) return core::Failure{path.string() + ": no events: the session was never started"};
    return std::move(events).value();
}

std::optional<std::string> write_session(const std::filesystem::path& path, const std::vector<core::Event>& events) {
    if (!is_session_file(path)) {
        if (auto error = proto::write_event_log(path, events)) return error->message();
        return std::nullopt;
    }
    if (std::filesystem::exists(path))
        return path.string() + ": already exists; choose another name or remove it first (a session file is never overwritten)";
    auto file = store::SessionFile::open(path, {.program = "lagerhuis demo", .create = true});
    if (!file) return file.error().message();
    if (auto appended = file->append(events); !appended) return appended.error().message();
    if (auto closed = file->close()) return closed->message();
    return std::nullopt;
}

}  // namespace lagerhuis::store
