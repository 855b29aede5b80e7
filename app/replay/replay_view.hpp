#pragma once
// What the replay viewer draws from, one frame at a time: the session (its log, end
// state, notes), the timeline worked out from it, the moment looked at as the console's
// panels read it (review mode: nothing to command), the whole session spelled as the
// report spells it, and how an export is getting on.
#include <optional>
#include <string>

#include "app/console/console_frame.hpp"
#include "app/replay/replay_session.hpp"
#include "app/replay/replay_timeline.hpp"
#include "app/ui/texts.hpp"
#include "report/report_context.hpp"

namespace lagerhuis::app {

struct ExportStatus {
    bool running = false;
    double fraction = 0.0;  // 0..1 while running
    std::string written;    // where the last export went (a file or a folder)
    std::string problem;    // why the last export failed, in the user's language
};

struct ReplayView {
    const ReplaySession& session;
    const Timeline& timeline;
    const ConsoleFrame& moment;          // state and scoreboard at the moment, review = true
    const ConsoleFrame& end;             // the same at the session's end
    const report::ReportContext& whole;  // the session's end: names, drogredenen, fates
    const Texts& texts;
    const std::optional<std::string>& host_holder;  // a host writes the file: no notes now
    const ExportStatus& exporting;
    const std::string& note_problem;     // why the last note could not be kept
};

}  // namespace lagerhuis::app
