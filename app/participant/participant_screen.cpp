// The participant window: the top bar, the global notice, then the join form or the
// debate in two columns (one on a narrow window), each a list of panels.
#include <algorithm>
#include <array>
#include <cmath>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_layout.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

// As the page: the room on the left (an open poll right under the speaker, so nobody
// misses it), what the participant does with the debate on the right.
constexpr std::array<ParticipantPanel, 5> participant_room_panels{draw_statement, draw_turn, draw_poll, draw_benches, draw_hand};
constexpr std::array<ParticipantPanel, 5> personal_panels{draw_arguments, draw_flag, draw_my_flags, draw_summary,
                                                          draw_sign_out};

constexpr float two_columns_from = 820;  // narrower content: one column
constexpr float participant_column_gap = 20;


void draw_resuming(const ParticipantFrame& frame, float width) {
    ui::Card card("resuming", width);
    ui::text_centred(frame.texts("web.join.resuming"), card.inner_width(), {nullptr, theme::palette().muted});
}

}  // namespace

bool participant_screen_animates(const ParticipantFrame& frame) {
    const auto& view = frame.snapshot.view;
    // Once the host is gone the clock means nothing: let the laptop sleep.
    return frame.snapshot.phase == ParticipantPhase::debate && frame.snapshot.connection != ConnectionStatus::stopped &&
           view && view->turn && is_running(*view->turn);
}

void draw_participant_screen(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out) {
    const float full_width = ui::begin_screen_window("Lagerhuis");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    draw_top_bar(frame, ui, out, full_width);

    const float margin = ui::px(16);
    const float content_width = std::min(full_width - 2 * margin, ui::px(participant_max_width));
    const float left = (full_width - content_width) / 2;
    const auto& me = frame.snapshot.me;
    if (me && me->removed && !ui.local[index_of(NoticeArea::global)] && !ui.removed_noticed) {
        ui.notify(NoticeArea::global, LocalText{"participant_removed", {{"name", me->name}}});
        ui.removed_noticed = true;
    }
    ui::space(12);
    ImGui::SetCursorPosX(left);
    const float before_notice = ImGui::GetCursorPosY();
    draw_notice(frame, ui, out, NoticeArea::global, content_width);
    if (ImGui::GetCursorPosY() > before_notice) ui::space(4);

    switch (frame.snapshot.phase) {
        case ParticipantPhase::signed_out:
        case ParticipantPhase::joining: {
            const float width = std::min(content_width, ui::px(520));
            ui::space(12);
            ImGui::SetCursorPosX((full_width - width) / 2);
            draw_join(frame, ui, out, width);
            break;
        }
        case ParticipantPhase::resuming: {
            const float width = std::min(content_width, ui::px(520));
            ui::space(12);
            ImGui::SetCursorPosX((full_width - width) / 2);
            draw_resuming(frame, width);
            break;
        }
        case ParticipantPhase::debate: {
            const float top = ImGui::GetCursorPosY();
            const float height = viewport->WorkSize.y - top;
            if (content_width >= ui::px(two_columns_from)) {
                const float gap = ui::px(participant_column_gap);
                const float left_width = std::floor((content_width - gap) * 1.1f / 2.1f);
                const float right_width = content_width - gap - left_width;
                ImGui::SetCursorPos(ImVec2(left, top));
                ui::column("room", left_width, height, [&] { ui::panel_list(participant_room_panels, theme::card_gap - 10, frame, ui, out); });
                ImGui::SetCursorPos(ImVec2(left + left_width + gap, top));
                ui::column("personal", right_width, height, [&] { ui::panel_list(personal_panels, theme::card_gap - 10, frame, ui, out); });
            } else {
                ImGui::SetCursorPos(ImVec2(left, top));
                ui::column("all", content_width, height, [&] {
                    ui::panel_list(participant_room_panels, theme::card_gap - 10, frame, ui, out);
                    ui::panel_list(personal_panels, theme::card_gap - 10, frame, ui, out);
                });
            }
            break;
        }
    }
    ImGui::End();
}

}  // namespace lagerhuis::app
