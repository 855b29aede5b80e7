#pragma once
// The session files in a folder that are past their retention date (store/retention.hpp),
// for the console's start screen to name with what to do about them.
#include <filesystem>
#include <string>
#include <vector>

namespace lagerhuis::app {

struct OverdueSession {
    std::filesystem::path path;
    std::string keep_until;  // "YYYY-MM-DD", before today
};

// Sorted by date, oldest first; files that cannot be read or carry no date are left out
// (`lagerhuis sessions` names those).
std::vector<OverdueSession> overdue_sessions(const std::filesystem::path& dir, const std::string& today);

}  // namespace lagerhuis::app
