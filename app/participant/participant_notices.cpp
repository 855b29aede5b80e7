// Notices: what the host refused or reported, in the participant's language, beside the
// action it concerns, until dismissed or until the participant acts there again.
#include <string>

#include "app/ui/notice_card.hpp"
#include "app/participant/participant_panels.hpp"

namespace lagerhuis::app {

namespace {

const char* participant_area_name(NoticeArea area) {
    switch (area) {
        case NoticeArea::global: return "global";
        case NoticeArea::join: return "join";
        case NoticeArea::seat: return "seat";
        case NoticeArea::hand: return "hand";
        case NoticeArea::poll: return "poll";
        case NoticeArea::arguments: return "arguments";
        case NoticeArea::flag: return "flag";
    }
    return "notice";
}

}  // namespace

void draw_notice(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, NoticeArea area,
                 float width) {
    // The screen's own notice is the newer one: making it dismissed the host's (which may
    // still be in this frame's snapshot).
    const auto& hosts = frame.snapshot.notice(area);
    const auto& own = ui.local[index_of(area)];
    const Notice* notice = own ? &*own : hosts ? &*hosts : nullptr;
    if (!notice) return;

    const std::string text = notice_text(*notice, frame.texts, frame.snapshot.catalog);
    if (draw_notice_card(std::string("notice_") + participant_area_name(area), *notice, text, width)) {
        ui.clear(area);
        out.push_back(DismissAction{area});
    }
}

}  // namespace lagerhuis::app

namespace lagerhuis::app {

void show_local_notice(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, NoticeArea area,
                       LocalText text) {
    if (frame.snapshot.notice(area)) out.push_back(DismissAction{area});
    ui.notify(area, std::move(text));
}

void send_command(ParticipantUiState& ui, ParticipantActions& out, NoticeArea area, core::CommandBody body) {
    // Acting again where a notice stands answers it: the notice goes (the session clears
    // the host's one for the area when it sends).
    ui.clear(area);
    out.push_back(CommandAction{area, std::move(body)});
}

}  // namespace lagerhuis::app
