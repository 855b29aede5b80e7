#include "app/replay/replay_app.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "app/window/app_settings.hpp"
#include "app/window/app_startup.hpp"
#include "app/replay/replay_export.hpp"
#include "app/replay/replay_moment_source.hpp"
#include "app/replay/replay_panels.hpp"
#include "app/replay/replay_session.hpp"
#include "app/replay/replay_timeline.hpp"
#include "app/ui/texts.hpp"

namespace lagerhuis::app {

namespace {

using SteadyClock = std::chrono::steady_clock;

// A live file is read again this often; whether a host holds it, too.
constexpr std::chrono::milliseconds live_refresh{1000};
// While playing, a frame about 30 times a second.
constexpr std::chrono::milliseconds play_frame{33};

std::string note_author() {
    for (const char* variable : {"LAGERHUIS_AUTHOR", "USER", "USERNAME"})
        if (const char* value = std::getenv(variable); value && *value) return value;
    return {};
}

class ReplayApp {
public:
    ReplayApp(const ReplayAppOptions& options, Texts texts, AppSettings settings, std::filesystem::path settings_file,
              ReplaySession session)
        : options_(options),
          texts_(std::move(texts)),
          settings_(std::move(settings)),
          settings_file_(std::move(settings_file)),
          session_(std::move(session)),
          timeline_(build_timeline(session_)),
          exporter_([] { AppWindow::wake(); }) {
        if (options.at_ms) session_.seek(session_.start_ms() + *options.at_ms);
        if (options.tab) ui_.tab = *options.tab;
        ui_.playing = options.play;
        ui_.speed = options.speed;
        host_holder_ = session_.host_holder();
    }

    void frame(Frame& frame) {
        follow_live_file();
        advance_playing();
        const ConsoleNotices no_notices;
        const JoinInfo no_join;
        // A screenshot (--frames) shows the exact moment; a live window never waits for it.
        const Moment shown = moments_.update(session_, options_.window.frames > 0);
        ConsoleFrame moment{*shown.state, *shown.board, texts_, shown.at_ms, no_join, no_notices};
        moment.review = true;
        ConsoleFrame end{session_.final_state(), session_.final_board(), texts_, session_.end_ms(), no_join, no_notices};
        end.review = true;
        const report::ReportContext whole(session_.final_state(), session_.final_board(), texts_.catalog(), texts_.language());
        const ExportStatus exporting = exporter_.status();
        const ReplayView view{session_, timeline_, moment, end, whole, texts_, host_holder_, exporting, note_problem_};
        ReplayActions actions;
        handle_replay_keys(view, ui_, actions);
        draw_replay_screen(view, ui_, actions);
        for (auto& action : actions) std::visit([&](auto& what) { carry_out(what); }, action);
        if (ui_.playing || exporting.running || !shown.current) frame.redraw_within(play_frame);
        if (host_holder_) frame.redraw_within(live_refresh);
    }

private:
    void follow_live_file() {
        const auto now = SteadyClock::now();
        if (now - live_checked_ < live_refresh) return;
        live_checked_ = now;
        host_holder_ = session_.host_holder();
        if (session_.refresh()) timeline_ = build_timeline(session_);
    }

    // Moves the moment on by the time since the last frame, times the speed; stops at the end.
    void advance_playing() {
        const auto now = SteadyClock::now();
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - last_frame_).count();
        last_frame_ = now;
        if (!ui_.playing || ui_.scrubbing) return;
        // The first frame after a pause, or a stall, counts as one frame's time.
        const core::Millis step = std::min<core::Millis>(elapsed, 2 * play_frame.count()) * ui_.speed;
        session_.seek(session_.at_ms() + step);
        if (session_.at_ms() >= session_.end_ms()) ui_.playing = false;
    }

    void carry_out(SeekTo& seek) { session_.seek(seek.at_ms); }
    void carry_out(AddNote& add) {
        if (add.note.author.empty()) add.note.author = note_author();
        note_result(session_.add_note(std::move(add.note)));
    }
    void carry_out(RemoveNote& remove) { note_result(session_.remove_note(remove.id)); }
    void note_result(const std::optional<std::string>& problem) {
        note_problem_ = problem ? texts_("replay.notes.failed", {{"detail", *problem}}) : std::string();
        if (problem) std::fprintf(stderr, "lagerhuis replay: note: %s\n", problem->c_str());
        timeline_ = build_timeline(session_);
    }
    void carry_out(StartExport& start) {
        ExportRequest request;
        request.format = start.format;
        request.events = session_.events().to_vector();
        request.notes = report_notes(session_.notes());
        request.messages = texts_.catalog();
        request.language = texts_.language();
        request.session = session_.path().empty() ? std::filesystem::path("lagerhuis") : session_.path();
        exporter_.start(std::move(request), texts_);
    }
    void carry_out(ReplayLanguage& language) {
        texts_.set_language(language.language);
        settings_.language = language.language;
        if (auto problem = save_settings(settings_file_, settings_))
            std::fprintf(stderr, "lagerhuis replay: settings not saved: %s\n", problem->c_str());
    }

    const ReplayAppOptions& options_;
    Texts texts_;
    AppSettings settings_;
    std::filesystem::path settings_file_;
    ReplaySession session_;
    Timeline timeline_;
    ReplayUiState ui_;
    MomentSource moments_;
    std::optional<std::string> host_holder_;
    std::string note_problem_;
    SteadyClock::time_point live_checked_ = SteadyClock::now();
    SteadyClock::time_point last_frame_ = SteadyClock::now();
    ReplayExport exporter_;  // last: its thread ends before the rest goes
};

}  // namespace

std::optional<ReplayTab> replay_tab_named(std::string_view name) {
    constexpr std::pair<std::string_view, ReplayTab> names[] = {
        {"moment", ReplayTab::moment},       {"charts", ReplayTab::charts},       {"fallacies", ReplayTab::fallacies},
        {"crossings", ReplayTab::crossings}, {"arguments", ReplayTab::arguments}, {"feedback", ReplayTab::people},
        {"notes", ReplayTab::notes}};
    for (const auto& [known, tab] : names)
        if (known == name) return tab;
    return std::nullopt;
}

int run_replay_app(const ReplayAppOptions& options) {
    auto startup = load_app_startup("lagerhuis replay", options.assets, options.settings_file, options.language);
    if (!startup) return 2;
    auto session = ReplaySession::open(options.session);
    if (!session) {
        std::fprintf(stderr, "lagerhuis replay: %s\n", session.error().c_str());
        return 2;
    }
    WindowOptions window = options.window;
    window.title = "Lagerhuis · " + options.session.filename().string();
    auto opened = AppWindow::open(window);
    if (!opened) {
        std::fprintf(stderr, "lagerhuis replay: %s\n", opened.error().c_str());
        return 1;
    }
    ReplayApp app(options, std::move(startup->texts), std::move(startup->settings), startup->settings_file,
                  std::move(session).value());
    return (*opened)->run([&](Frame& frame) { app.frame(frame); });
}

}  // namespace lagerhuis::app
