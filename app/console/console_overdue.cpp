#include "app/console/console_overdue.hpp"

#include <algorithm>

#include "store/schema.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::app {

std::vector<OverdueSession> overdue_sessions(const std::filesystem::path& dir, const std::string& today) {
    std::vector<OverdueSession> overdue;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        if (!entry.is_regular_file() || entry.path().extension() != store::session_file_extension) continue;
        auto file = store::SessionFile::open_read_only(entry.path());
        if (!file) continue;
        auto keep_until = file->keep_until();
        if (keep_until && *keep_until && **keep_until < today) overdue.push_back({entry.path(), **keep_until});
    }
    std::sort(overdue.begin(), overdue.end(), [](const OverdueSession& a, const OverdueSession& b) {
        return a.keep_until != b.keep_until ? a.keep_until < b.keep_until : a.path < b.path;
    });
    return overdue;
}

}  // namespace lagerhuis::app
