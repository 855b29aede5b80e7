#pragma once
// An export started from the replay viewer, done on a thread of its own so the window
// keeps drawing its progress bar: the HTML report (one file) or the CSV tables (a
// folder), written next to the session file under a name that does not exist yet.
#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "app/replay/replay_action.hpp"
#include "app/replay/replay_view.hpp"
#include "core/event.hpp"
#include "core/message_catalog.hpp"
#include "report/html_report.hpp"

namespace lagerhuis::app {

struct ExportRequest {
    ExportFormat format = ExportFormat::html;
    std::vector<core::Event> events;
    std::vector<report::ReportNote> notes;
    core::MessageCatalog messages;
    core::Language language = core::Language::nl;
    std::filesystem::path session;  // the session's file: the export goes beside it
};

class ReplayExport {
public:
    // Called from the export thread when there is progress to show (wakes the window).
    explicit ReplayExport(std::function<void()> wake) : wake_(std::move(wake)) {}
    ~ReplayExport();
    ReplayExport(const ReplayExport&) = delete;
    ReplayExport& operator=(const ReplayExport&) = delete;

    // Ignored while one runs. `texts` renders the outcome in the user's language.
    void start(ExportRequest request, const Texts& texts);
    ExportStatus status() const;
    // Waits for a running export (tests, closing the window).
    void wait();

private:
    void run(ExportRequest request, Texts texts);
    void finish(std::string written, std::string problem);

    std::function<void()> wake_;
    mutable std::mutex mutex_;
    ExportStatus status_;
    std::atomic<double> fraction_{0.0};
    std::thread thread_;
};

// "debat-rapport.html", "debat-rapport-2.html", ...: the first name beside `session` not taken.
std::filesystem::path free_export_path(const std::filesystem::path& session, const std::string& suffix,
                                       const std::string& extension);

}  // namespace lagerhuis::app
