#pragma once
// The JSONL form of a session: one event per line, as `lagerhuis demo -o X.jsonl` writes
// and `lagerhuis analyze session` reads. A log must be complete: seq 1, 2, 3, ... with
// no gap, so a truncated or spliced file is reported, never silently scored.
#include <filesystem>
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/result.hpp"

namespace lagerhuis::proto {

struct LogFileError {
    std::string file;
    std::size_t line = 0;  // 0: the file as a whole
    std::string problem;
    std::string message() const;  // "demo.jsonl:12: field 'body.turn': ..."
};

core::Result<std::vector<core::Event>, LogFileError> read_event_log(const std::filesystem::path& path);
// Writes to a temporary file beside `path` and renames it, so a crash leaves either the
// old file or the new one.
std::optional<LogFileError> write_event_log(const std::filesystem::path& path, const std::vector<core::Event>& events);

}  // namespace lagerhuis::proto
