#include "proto/event_log_file.hpp"

#include <fstream>

#include "proto/json_codec.hpp"

namespace lagerhuis::proto {

std::string LogFileError::message() const {
    return line == 0 ? file + ": " + problem : file + ":" + std::to_string(line) + ": " + problem;
}

core::Result<std::vector<core::Event>, LogFileError> read_event_log(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::Failure{LogFileError{name, 0, "cannot open the file for reading"}};
    std::vector<core::Event> events;
    std::string text;
    std::size_t line = 0;
    while (std::getline(in, text)) {
        ++line;
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.find_first_not_of(" \t") == std::string::npos) continue;
        auto event = decode_event_line(text);
        if (!event) return core::Failure{LogFileError{name, line, event.error().message()}};
        const core::Seq expected = events.size() + 1;
        if (event->seq != expected)
            return core::Failure{LogFileError{name, line,
                                              "event seq " + std::to_string(event->seq) + " where " +
                                                  std::to_string(expected) + " was expected (a gap or a duplicate: the log is incomplete)"}};
        events.push_back(std::move(event).value());
    }
    if (in.bad()) return core::Failure{LogFileError{name, line, "read error"}};
    if (events.empty()) return core::Failure{LogFileError{name, 0, "no events: not a Lagerhuis session log"}};
    return events;
}

std::optional<LogFileError> write_event_log(const std::filesystem::path& path, const std::vector<core::Event>& events) {
    const std::filesystem::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return LogFileError{temporary.string(), 0, "cannot open the file for writing"};
        for (const auto& event : events) out << encode_event_line(event) << '\n';
        out.flush();
        if (!out) return LogFileError{temporary.string(), 0, "write error (disk full?)"};
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) return LogFileError{path.string(), 0, "cannot replace the file: " + error.message()};
    return std::nullopt;
}

}  // namespace lagerhuis::proto
