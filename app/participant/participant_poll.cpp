// The poll: while open, three ballot buttons (a secret poll shows only how many voted);
// once closed, the result per side as bars.
#include <algorithm>
#include <array>
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr std::array<core::Side, 3> ballot_order{core::Side::voor, core::Side::twijfel, core::Side::tegen};

int votes_for(const proto::PollSection& poll, core::Side side) {
    switch (side) {
        case core::Side::voor: return poll.voor;
        case core::Side::tegen: return poll.tegen;
        case core::Side::twijfel: return poll.twijfel;
    }
    return 0;
}

std::string side_text(const Texts& t, core::Side side) { return t("side." + std::string(core::to_string(side))); }

// "Jouw stem: Tegen · 5 stemmen"
std::string ballot_line(const Texts& t, const proto::PollSection& poll, std::optional<core::Side> ballot) {
    std::string line;
    if (ballot)
        line = t("web.poll.your_ballot", {{"side", std::string(core::to_string(*ballot))}}) + " \u00b7 ";
    else if (poll.open)
        line = t("web.poll.no_ballot") + " \u00b7 ";
    return line + t("web.poll.ballots", {{"ballots", std::to_string(poll.ballots)}});
}

void draw_result(const Texts& t, const proto::PollSection& poll, float width) {
    const auto& fonts = ui::context().fonts;
    const int total = std::max(1, poll.voor + poll.tegen + poll.twijfel);
    const float name_width = ui::px(120);
    const float count_width = ui::px(44);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float bar_width = width - name_width - count_width - 2 * gap;
    for (const core::Side side : ballot_order) {
        const int votes = votes_for(poll, side);
        const float row = ImGui::GetCursorPosY();
        const float x = ImGui::GetCursorPosX();
        ui::text(side_text(t, side), {fonts.bold, theme::side_colour(side)});
        ImGui::SetCursorPos(ImVec2(x + name_width + gap, row + (fonts.bold->FontSize - ui::px(14)) / 2 + ui::px(2)));
        ui::bar(static_cast<float>(votes) / static_cast<float>(total), bar_width, ui::px(14), theme::side_colour(side),
                theme::palette().track);
        const std::string number = std::to_string(votes);
        ImGui::SetCursorPos(ImVec2(x + width - ui::text_size(number, fonts.bold).x, row));
        ui::text(number, {fonts.bold});
    }
    if (poll.voters.empty()) return;
    std::string names;
    for (const auto& voter : poll.voters)
        names += (names.empty() ? "" : ", ") + voter.name + ": " + side_text(t, voter.choice);
    ui::text_wrapped(names, {fonts.small, theme::palette().muted});
}

}  // namespace

void draw_poll(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width) {
    if (!frame.snapshot.view || !frame.snapshot.view->poll) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& poll = *frame.snapshot.view->poll;
    const auto& me = frame.snapshot.me;
    const std::optional<core::Side> ballot = me && me->poll == poll.id ? me->ballot : std::nullopt;
    const bool busy = frame.snapshot.is_busy(NoticeArea::poll);

    ui::Card card("poll", width, ui::CardLook().fill(theme::palette().poll_fill).outline(theme::palette().poll_outline));
    const bool secret = frame.snapshot.view->session.anonymous_ballots;
    ui::text(t(poll.open ? (secret ? "web.poll.heading_secret" : "web.poll.heading") : "web.poll.closed"),
             {fonts.heading});
    if (poll.open) {
        ui::text_wrapped(t("web.poll.question"), {fonts.small, theme::palette().muted});
        const float gap = ui::px(10);
        const float button_width = (card.inner_width() - 2 * gap) / 3;
        ImGui::BeginDisabled(busy);
        for (std::size_t i = 0; i < ballot_order.size(); ++i) {
            const core::Side side = ballot_order[i];
            if (i > 0) ImGui::SameLine(0, gap);
            const bool chosen = ballot == side;
            const std::string label =
                side_text(t, side) + (chosen ? " \u2713" : "") + "##ballot_" + std::string(core::to_string(side));
            if (ui::button(label, ImVec2(button_width, ui::px(56)), theme::side_button(side, chosen)) && !chosen)
                send_command(ui, out, NoticeArea::poll, core::CastBallot{core::ParticipantId{}, poll.id, side});
        }
        ImGui::EndDisabled();
    } else {
        draw_result(t, poll, card.inner_width());
    }
    ui::text_wrapped(ballot_line(t, poll, ballot), {fonts.bold});
    draw_notice(frame, ui, out, NoticeArea::poll);
}

}  // namespace lagerhuis::app
