#include "app/replay/replay_export.hpp"

#include <fstream>

#include "report/csv_export.hpp"
#include "report/scored_session.hpp"

namespace lagerhuis::app {

namespace {

std::optional<std::string> write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
    file.close();
    if (!file) return "cannot write " + path.string();
    return std::nullopt;
}

}  // namespace

std::filesystem::path free_export_path(const std::filesystem::path& session, const std::string& suffix,
                                       const std::string& extension) {
    const std::filesystem::path folder = session.has_parent_path() ? session.parent_path() : std::filesystem::path(".");
    const std::string stem = session.stem().string().empty() ? std::string("lagerhuis") : session.stem().string();
    for (int n = 1;; ++n) {
        const std::string name = stem + "-" + suffix + (n > 1 ? "-" + std::to_string(n) : std::string()) + extension;
        std::error_code ignored;
        if (!std::filesystem::exists(folder / name, ignored)) return folder / name;
    }
}

ReplayExport::~ReplayExport() { wait(); }

void ReplayExport::wait() {
    if (thread_.joinable()) thread_.join();
}

void ReplayExport::start(ExportRequest request, const Texts& texts) {
    {
        std::lock_guard lock(mutex_);
        if (status_.running) return;
        status_ = ExportStatus{};
        status_.running = true;
    }
    fraction_ = 0.0;
    wait();  // the previous, finished thread
    thread_ = std::thread([this, request = std::move(request), texts]() mutable { run(std::move(request), std::move(texts)); });
}

ExportStatus ReplayExport::status() const {
    std::lock_guard lock(mutex_);
    ExportStatus status = status_;
    status.fraction = fraction_;
    return status;
}

void ReplayExport::run(ExportRequest request, Texts texts) {
    const report::Progress progress = [this](std::size_t done, std::size_t total) {
        fraction_ = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
        if (wake_) wake_();
    };
    const bool dutch = request.language == core::Language::nl;
    if (request.format == ExportFormat::html) {
        const auto path = free_export_path(request.session, dutch ? "rapport" : "report", ".html");
        report::HtmlOptions options{.language = request.language, .notes = std::move(request.notes)};
        const std::string html = report::html_report(request.events, request.messages, options, progress);
        if (auto problem = write_text(path, html))
            return finish({}, texts("replay.export.failed", {{"detail", *problem}}));
        return finish(path.string(), {});
    }
    const auto folder = free_export_path(request.session, "csv", "");
    const report::ScoredSession scored = report::score_session(request.events, progress);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) return finish({}, texts("replay.export.failed", {{"detail", folder.string() + ": " + error.message()}}));
    for (const auto& table : report::csv_tables(scored.state, scored.board, request.messages, {.language = request.language, .dialect = {}}))
        if (auto problem = write_text(folder / table.name, table.text))
            return finish({}, texts("replay.export.failed", {{"detail", *problem}}));
    finish(folder.string(), {});
}

void ReplayExport::finish(std::string written, std::string problem) {
    {
        std::lock_guard lock(mutex_);
        status_.running = false;
        status_.written = std::move(written);
        status_.problem = std::move(problem);
    }
    fraction_ = 1.0;
    if (wake_) wake_();
}

}  // namespace lagerhuis::app
