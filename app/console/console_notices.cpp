// The console's notices: the host's answer to the gespreksleider's command (a refusal,
// in the console's language), beside the panel that sent it, until dismissed.
#include <string>

#include "app/console/console_panels.hpp"
#include "app/ui/notice_card.hpp"

namespace lagerhuis::app {

namespace {

const char* console_area_name(ConsoleArea area) {
    switch (area) {
        case ConsoleArea::global: return "global";
        case ConsoleArea::statement: return "statement";
        case ConsoleArea::timer: return "timer";
        case ConsoleArea::queue: return "queue";
        case ConsoleArea::room: return "room";
        case ConsoleArea::tagging: return "tagging";
        case ConsoleArea::people: return "people";
        case ConsoleArea::flags: return "flags";
        case ConsoleArea::polls: return "polls";
    }
    return "notice";
}

}  // namespace

void draw_console_notice(const ConsoleFrame& frame, ConsoleActions& out, ConsoleArea area, float width) {
    const auto& notice = frame.notice(area);
    if (!notice) return;
    const std::string text = notice_text(*notice, frame.texts, frame.state.config.catalog);
    if (draw_notice_card(std::string("console_notice_") + console_area_name(area), *notice, text, width))
        out.push_back(DismissConsoleNotice{area});
}

}  // namespace lagerhuis::app
