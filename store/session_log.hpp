#pragma once
// A session on disk in either form: a .lagerhuis SQLite session file or a JSONL
// event log (proto/), told apart by extension: what the CLI and the replay viewer read.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/event.hpp"
#include "core/result.hpp"
#include "store/event_table.hpp"

namespace lagerhuis::store {

bool is_session_file(const std::filesystem::path& path);  // .lagerhuis

core::Result<std::vector<core::Event>, std::string> read_session(const std::filesystem::path& path);
// The same in chunks, handed to `sink` while the rest is still being read and decoded
// (a session file; a JSONL log comes as one chunk). On an error, discard what came.
std::optional<std::string> stream_session(const std::filesystem::path& path, const EventChunkSink& sink);
// Refuses to overwrite an existing .lagerhuis file: a session must never be lost by a
// mistyped command. A JSONL log is replaced atomically.
std::optional<std::string> write_session(const std::filesystem::path& path, const std::vector<core::Event>& events);

}  // namespace lagerhuis::store
