#include "app/participant/participant_app.hpp"

#include <chrono>
#include <cstdio>

#include "app/window/app_settings.hpp"
#include "app/window/app_startup.hpp"
#include "app/participant/participant_panels.hpp"
#include "app/participant/participant_session.hpp"
#include "app/ui/texts.hpp"
#include "net/participant_client.hpp"

namespace lagerhuis::app {

namespace {

// The countdown's redraw rate while a turn runs: the seconds change on time, and the
// app sleeps in between.
constexpr std::chrono::milliseconds countdown_redraw{250};


class ParticipantApp {
public:
    ParticipantApp(const ParticipantAppOptions& options, Texts texts, AppSettings settings,
                   std::filesystem::path settings_file, AppWindow& window)
        : texts_(std::move(texts)),
          settings_(std::move(settings)),
          settings_file_(std::move(settings_file)),
          window_(window),
          session_(options.host, options.port, options.tls, [] { AppWindow::wake(); }) {
        start(options);
    }

    void frame(Frame& frame) {
        const auto snapshot = session_.snapshot();
        remember_token(*snapshot);
        if (snapshot->title != shown_title_) {
            shown_title_ = snapshot->title;
            window_.set_title(shown_title_.empty() ? "Lagerhuis" : "Lagerhuis \u2013 " + shown_title_);
        }
        std::optional<double> host_now;
        if (snapshot->clock.offset_ms()) host_now = snapshot->clock.host_time(net::client_clock_ms());
        const ParticipantFrame view{*snapshot, texts_, host_now};
        ParticipantActions actions;
        draw_participant_screen(view, ui_, actions);
        if (participant_screen_animates(view)) frame.redraw_within(countdown_redraw);
        for (auto& action : actions) std::visit([&](auto& what) { carry_out(what, *snapshot); }, action);
    }

private:
    void start(const ParticipantAppOptions& options) {
        const std::string host = options.host + ":" + std::to_string(options.port);
        ui_.join_code = !options.code.empty() ? options.code : settings_.host == host ? settings_.code : std::string();
        ui_.join_name = !options.name.empty() ? options.name : settings_.name;
        if (ui_.join_code.empty()) return;
        // A remembered token resumes as the same participant, unless another name was asked for.
        const auto token = settings_.token_for(host, ui_.join_code);
        if (token && (options.name.empty() || options.name == settings_.name))
            session_.resume(ui_.join_code, ui_.join_name, *token);
        else if (!options.code.empty() && !options.name.empty())
            session_.join(options.code, options.name);
    }

    void carry_out(JoinAction& join, const ParticipantSnapshot& snapshot) {
        settings_.host = snapshot.host;
        settings_.code = join.code;
        settings_.name = join.name;
        save();
        session_.join(std::move(join.code), std::move(join.name));
    }
    void carry_out(CommandAction& command, const ParticipantSnapshot&) {
        session_.send(command.area, std::move(command.body));
    }
    void carry_out(DismissAction& dismiss, const ParticipantSnapshot&) { session_.dismiss(dismiss.area); }
    void carry_out(LanguageAction& language, const ParticipantSnapshot&) {
        texts_.set_language(language.language);
        settings_.language = language.language;
        save();
    }
    void carry_out(SignOutAction&, const ParticipantSnapshot& snapshot) {
        settings_.forget_token(snapshot.host, snapshot.code);
        save();
        ui_.join_name.clear();
        session_.sign_out();
    }

    void carry_out(ReconnectAction&, const ParticipantSnapshot& snapshot) {
        if (!snapshot.token.empty())
            session_.resume(snapshot.code, snapshot.name, snapshot.token);
        else if (!snapshot.code.empty())
            session_.join(snapshot.code, snapshot.name);
    }

    void remember_token(const ParticipantSnapshot& snapshot) {
        if (snapshot.token.empty() || snapshot.code.empty()) return;
        if (settings_.token_for(snapshot.host, snapshot.code) == snapshot.token) return;
        settings_.set_token(snapshot.host, snapshot.code, snapshot.token);
        settings_.host = snapshot.host;
        settings_.code = snapshot.code;
        if (!snapshot.name.empty()) settings_.name = snapshot.name;
        save();
    }

    void save() {
        if (auto problem = save_settings(settings_file_, settings_))
            std::fprintf(stderr, "lagerhuis join: settings not saved: %s\n", problem->c_str());
    }

    Texts texts_;
    AppSettings settings_;
    std::filesystem::path settings_file_;
    AppWindow& window_;
    ParticipantUiState ui_;
    std::string shown_title_;
    ParticipantSession session_;  // last: its thread stops first
};

}  // namespace

int run_participant_app(const ParticipantAppOptions& options) {
    auto startup = load_app_startup("lagerhuis join", options.assets, options.settings_file, options.language);
    if (!startup) return 2;
    auto window = AppWindow::open(options.window);
    if (!window) {
        std::fprintf(stderr, "lagerhuis join: %s\n", window.error().c_str());
        return 1;
    }
    int status = 0;
    {
        ParticipantApp app(options, std::move(startup->texts), std::move(startup->settings), startup->settings_file, **window);
        status = (*window)->run([&](Frame& frame) { app.frame(frame); });
    }
    return status;
}

}  // namespace lagerhuis::app
