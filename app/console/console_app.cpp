#include "app/console/console_app.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

#include "app/window/app_settings.hpp"
#include "app/window/app_startup.hpp"
#include "app/console/console_panels.hpp"
#include "app/console/console_start.hpp"
#include "app/window/frame_profile.hpp"
#include "app/console/projector/projector_screen.hpp"
#include "app/console/projector/projector_window.hpp"
#include "app/ui/texts.hpp"
#include "proto/asset_files.hpp"
#include "store/retention.hpp"

namespace lagerhuis::app {

namespace {

// While a command waits for its answer (a few ms), look again soon.
constexpr std::chrono::milliseconds answer_poll{15};
// The connection count in the top bar is read from the network thread at most this often.
constexpr std::chrono::milliseconds join_info_refresh{1000};

core::Result<std::unique_ptr<ConsoleLink>, std::string> start_link(
    const std::variant<LocalLinkOptions, RemoteLinkOptions>& options) {
    if (const auto* given = std::get_if<LocalLinkOptions>(&options)) {
        LocalLinkOptions local = *given;
        local.wake = [] { AppWindow::wake(); };
        auto link = LocalLink::start(local);
        if (!link) return core::Failure{link.error()};
        std::printf("listening on %s://%s:%u/\n", (*link)->tls() ? "https" : "http", local.bind == "0.0.0.0" ? "127.0.0.1" : local.bind.c_str(),
                    static_cast<unsigned>((*link)->port()));
        std::printf("%s session %s\n", (*link)->resumed() ? "Resumed" : "New", (*link)->session_path().string().c_str());
        const JoinInfo join = (*link)->join_info();
        std::printf("Session code: %s\nParticipants join at:\n", join.code.c_str());
        for (const auto& url : join.urls) std::printf("  %s\n", url.c_str());
        std::fflush(stdout);
        return std::unique_ptr<ConsoleLink>(std::move(link).value());
    }
    RemoteLinkOptions remote = std::get<RemoteLinkOptions>(options);
    remote.wake = [] { AppWindow::wake(); };
    return std::unique_ptr<ConsoleLink>(std::make_unique<RemoteLink>(std::move(remote)));
}

// What the windows show this run: the remembered display, with what the command line
// asked for over it.
DisplaySettings shown_display(const ConsoleAppOptions& options, DisplaySettings display) {
    if (options.window.text_size) display.console_text = *options.window.text_size;
    if (options.window.contrast) display.high_contrast = *options.window.contrast == theme::Contrast::high;
    if (options.projector_text_size) display.projector_text = *options.projector_text_size;
    return display;
}

class ConsoleApp {
public:
    ConsoleApp(const ConsoleAppOptions& options, AppWindow& window, Texts texts, AppSettings settings,
               std::filesystem::path settings_file, std::unique_ptr<ConsoleLink> link)
        : options_(options),
          window_(window),
          texts_(std::move(texts)),
          settings_(std::move(settings)),
          settings_file_(std::move(settings_file)),
          link_(std::move(link)) {
        ui_.display = shown_display(options_, settings_.display);
        if (!link_) {
            recent_ = recent_sessions(8);
            overdue_ = overdue_sessions(sessions_dir(), store::today_utc());
        }
        if (options_.projector) open_projector();
    }

    ~ConsoleApp() {
        if (options_.profile) std::fputs(profile_.summary("console").c_str(), stdout);
    }

    int frame(Frame& frame) {
        if (!link_) return choose_session(frame);
        take_answers();
        const auto state = link_->state();
        if (state != shown_state_) {
            shown_state_ = state;
            scoreboard_ = core::build_scoreboard(*state);
        }
        refresh_join_info();
        const auto presence = link_->presence();
        ConsoleFrame view{*state, scoreboard_, texts_, link_->now(), join_, notices_};
        view.presence = presence.get();
        bool waiting = false;
        for (std::size_t area = 0; area < console_area_count; ++area) {
            view.busy[area] = link_->busy(static_cast<ConsoleArea>(area));
            waiting = waiting || view.busy[area];
        }

        ConsoleActions actions;
        {
            const auto timing = profile_.measure();
            handle_console_keys(view, ui_, actions);
            draw_console_screen(view, ui_, actions);
        }
        if (const auto next = console_redraw_in(view)) frame.redraw_within(std::chrono::milliseconds(*next));
        if (waiting) frame.redraw_within(answer_poll);
        for (auto& action : actions) std::visit([&](auto& what) { carry_out(what); }, action);
        return draw_projector(view, frame);
    }

private:
    // The start screen: until a session is chosen and its host started.
    int choose_session(Frame&) {
        ConsoleActions actions;
        const StartFrame view{texts_, recent_, overdue_};
        auto choice = draw_console_start(view, start_form_, actions);
        for (auto& action : actions) std::visit([&](auto& what) { carry_out(what); }, action);
        if (choice) start_session(*choice);
        return 0;
    }

    void start_session(const StartChoice& choice) {
        LocalLinkOptions local = std::get<LocalLinkOptions>(options_.link);
        local.session = choice.session;
        if (choice.is_new) {
            auto assets = proto::load_session_assets(options_.assets);
            if (!assets) {
                start_form_.new_problem = texts_("console.start.cannot_start", {{"detail", assets.error().message()}});
                return;
            }
            local.setup.config = choice.config;
            local.setup.config.catalog = assets->catalog;
            local.setup.config.weights = assets->weights;
            local.setup.statements = choice.statements;
        }
        auto link = start_link(local);
        if (!link) {
            (choice.is_new ? start_form_.new_problem : start_form_.open_problem) =
                texts_("console.start.cannot_start", {{"detail", link.error()}});
            return;
        }
        link_ = std::move(link).value();
    }

    void take_answers() {
        for (auto& answer : link_->take_answers()) {
            auto& shown = notices_[index_of(answer.area)];
            if (!answer.notice) continue;  // accepted: the state shows it
            shown = std::move(answer.notice);
            shown->id = ++notice_counter_;
        }
    }

    void refresh_join_info() {
        const auto now = std::chrono::steady_clock::now();
        if (now - join_read_ < join_info_refresh) return;
        join_read_ = now;
        join_ = link_->join_info();
    }

    void carry_out(ConsoleCommand& command) {
        // Acting again where an answer stands answers it.
        notices_[index_of(command.area)].reset();
        link_->send(command.area, std::move(command.body));
    }
    void carry_out(DismissConsoleNotice& dismiss) { notices_[index_of(dismiss.area)].reset(); }
    void carry_out(ConsoleLanguage& language) {
        texts_.set_language(language.language);
        settings_.language = language.language;
        save();
    }
    void carry_out(ChangeDisplay& change) {
        ui_.display = change.display;
        window_.restyle(change.display.console_text, change.display.contrast());
        if (projector_) projector_->restyle(change.display.projector_text, change.display.contrast());
        settings_.display = change.display;
        save();
    }
    void save() {
        if (auto problem = save_settings(settings_file_, settings_))
            std::fprintf(stderr, "lagerhuis host: settings not saved: %s\n", problem->c_str());
    }
    void carry_out(AnswerTakeOver& answer) { link_->answer_take_over(answer.request, answer.allow); }
    void carry_out(ToggleProjector&) {
        if (projector_)
            close_projector();
        else
            open_projector();
    }

    void open_projector() {
        auto projector = ProjectorWindow::open({.monitor = options_.projector_monitor,
                                                .text_size = ui_.display.projector_text,
                                                .contrast = ui_.display.contrast()});
        if (!projector) {
            notices_[index_of(ConsoleArea::global)] =
                Notice{++notice_counter_, NoticeTone::problem, LocalText{"console.projector.cannot_open", {}}};
            std::fprintf(stderr, "lagerhuis host: %s\n", projector.error().c_str());
            return;
        }
        projector_ = std::move(projector).value();
        ui_.projector_open = true;
    }
    void close_projector() {
        projector_.reset();
        ui_.projector_open = false;
    }

    // The projector's frame, after the console's; on the last counted frame, its outputs.
    int draw_projector(const ConsoleFrame& view, const Frame& frame) {
        if (!projector_) return 0;
        if (projector_->closed()) {
            close_projector();
            return 0;
        }
        ProjectorCapture capture;
        if (options_.window.frames > 0 && frame.number() + 1 >= options_.window.frames)
            capture = {options_.projector_screenshot, options_.projector_dump_ui};
        if (auto problem = projector_->draw([&] { draw_projector_screen(view); }, capture)) {
            std::fprintf(stderr, "lagerhuis host: projector: %s\n", problem->c_str());
            return 1;
        }
        return 0;
    }

    const ConsoleAppOptions& options_;
    AppWindow& window_;
    Texts texts_;
    AppSettings settings_;
    std::filesystem::path settings_file_;
    ConsoleUiState ui_;
    ConsoleNotices notices_;
    std::uint64_t notice_counter_ = 0;
    JoinInfo join_;
    std::chrono::steady_clock::time_point join_read_{};
    std::shared_ptr<const core::State> shown_state_;
    core::Scoreboard scoreboard_;
    FrameProfile profile_;
    StartForm start_form_;
    std::vector<RecentSession> recent_;
    std::vector<OverdueSession> overdue_;
    std::unique_ptr<ProjectorWindow> projector_;
    std::unique_ptr<ConsoleLink> link_;  // last: the host stops before anything it wakes goes
};


}  // namespace

int run_console_app(const ConsoleAppOptions& options) {
    auto startup = load_app_startup("lagerhuis host", options.assets, options.settings_file, options.language);
    if (!startup) return 2;
    // The console's window opens in the remembered text size and contrast.
    WindowOptions window_options = options.window;
    const DisplaySettings display = shown_display(options, startup->settings.display);
    window_options.text_size = display.console_text;
    window_options.contrast = display.contrast();
    auto window = AppWindow::open(window_options);
    if (!window) {
        std::fprintf(stderr, "lagerhuis host: %s\n", window.error().c_str());
        return 1;
    }
    // With the start screen, the host starts once a session is chosen there.
    std::unique_ptr<ConsoleLink> link;
    if (!options.start_screen) {
        auto started = start_link(options.link);
        if (!started) {
            std::fprintf(stderr, "lagerhuis host: %s\n", started.error().c_str());
            return 2;
        }
        link = std::move(started).value();
    }
    int status = 0;
    {
        ConsoleApp app(options, **window, std::move(startup->texts), std::move(startup->settings), startup->settings_file,
                       std::move(link));
        int projector_status = 0;
        status = (*window)->run([&](Frame& frame) { projector_status |= app.frame(frame); });
        status |= projector_status;
    }
    return status;
}

}  // namespace lagerhuis::app
