// Scrubbing the replay viewer through a 3-hour session: each frame the timeline moves to
// a new moment (dragged across, then jumping at random), the viewer seeks there, hands
// the moment to its scoreboard builder (another thread, as in the viewer) and draws its
// whole window (the moment tab: the console's
// panels in review mode, the timeline with every mark) in a window-less ImGui context at
// 1440×900 with the real fonts. Issue #7: each seek under 5 ms, frames under 16 ms.
//
//   build/release/bench/replay_viewer_bench [FRAMES [EVENTS]]
// ends with: RESULT events=N hours=3 seek_p99_ms=X frame_p50_ms=Y frame_p99_ms=Z
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "app/window/frame_profile.hpp"
#include "app/ui/offscreen_ui.hpp"
#include "app/replay/replay_moment_source.hpp"
#include "app/replay/replay_panels.hpp"
#include "app/replay/replay_session.hpp"
#include "app/ui/texts.hpp"
#include "demo/synthetic_session.hpp"

using namespace lagerhuis;

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(50, std::atoi(argv[1])) : 600;
    demo::SyntheticSessionSpec spec;
    spec.seed = 11;
    spec.events = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 30'000;
    spec.participants = 80;
    spec.statements = 6;
    spec.arguments = 900;
    spec.duration_ms = 3 * 3'600'000;
    auto texts = app::Texts::load(LAGERHUIS_ASSETS_DIR, core::Language::nl);
    if (!texts) {
        std::fprintf(stderr, "replay_viewer_bench: %s\n", texts.error().c_str());
        return 2;
    }
    const double open_start = app::FrameProfile::thread_cpu_ms();
    auto session = app::ReplaySession::from_events(demo::synthetic_session(spec));
    const app::Timeline timeline = app::build_timeline(session);
    const double open_ms = app::FrameProfile::thread_cpu_ms() - open_start;
    std::printf("session: %zu events over %.1f h, %zu turns, %zu marks on the timeline; generated and opened in %.0f ms CPU\n",
                session.events().size(), static_cast<double>(session.end_ms() - session.start_ms()) / 3'600'000.0,
                timeline.turns.size(), timeline.marks.size(), open_ms);

    app::OffscreenUi screen(ImVec2(1440, 900));
    app::ReplayUiState ui;
    const app::JoinInfo join;
    const app::ConsoleNotices notices;
    const std::optional<std::string> holder;
    const app::ExportStatus exporting;
    const std::string note_problem;
    const core::Millis span = session.end_ms() - session.start_ms();
    std::mt19937 random(5);
    std::uniform_int_distribution<core::Millis> anywhere(session.start_ms(), session.end_ms());

    app::MomentSource moments;  // as the viewer: the moment's scoreboard is built off the UI thread
    app::FrameProfile seeks, boards, draws, whole;
    for (int i = 0; i < frames + 5; ++i) {
        // The first half drags across the session; the second jumps around in it.
        const core::Millis target = i < frames / 2 ? session.start_ms() + span * i / (frames / 2) : anywhere(random);
        ImGui::GetIO().MousePos = ImVec2(static_cast<float>((i * 37) % 1440), static_cast<float>((i * 53) % 900));
        const double t0 = app::FrameProfile::thread_cpu_ms();
        session.seek(target);
        const double t1 = app::FrameProfile::thread_cpu_ms();
        const app::Moment shown = moments.update(session);
        const double t2 = app::FrameProfile::thread_cpu_ms();
        app::ConsoleFrame moment{*shown.state, *shown.board, *texts, shown.at_ms, join, notices};
        moment.review = true;
        app::ConsoleFrame end{session.final_state(), session.final_board(), *texts, session.end_ms(), join, notices};
        end.review = true;
        const report::ReportContext whole_session(session.final_state(), session.final_board(), texts->catalog(),
                                                  texts->language());
        const app::ReplayView view{session, timeline, moment, end, whole_session, *texts, holder, exporting, note_problem};
        app::ReplayActions actions;
        screen.frame([&] { app::draw_replay_screen(view, ui, actions); });
        const double t3 = app::FrameProfile::thread_cpu_ms();
        if (i < 5) continue;  // layouts settle in the first frames
        seeks.add(t1 - t0);
        boards.add(t2 - t1);
        draws.add(t3 - t2);
        whole.add(t3 - t0);
    }
    std::fputs(seeks.summary("seek").c_str(), stdout);
    std::fputs(boards.summary("the moment (state copy; its scoreboard is built on another thread)").c_str(), stdout);
    std::fputs(draws.summary("draw").c_str(), stdout);
    std::fputs(whole.summary("frame (seek + moment + draw)").c_str(), stdout);
    std::printf("RESULT events=%zu hours=3 seek_p99_ms=%.2f frame_p50_ms=%.2f frame_p99_ms=%.2f\n", session.events().size(),
                seeks.percentile(99), whole.percentile(50), whole.percentile(99));
    return 0;
}
