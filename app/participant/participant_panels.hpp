#pragma once
// The participant screen, one panel per file (participant_*.cpp), each a function of the
// snapshot and the screen's small state that appends what the participant asks for.
// The same functions as the browser page (assets/web/panels_*.js), the same texts.
#include <optional>
#include <string>

#include "app/ui/notice_card.hpp"
#include "app/participant/participant_action.hpp"
#include "app/participant/participant_snapshot.hpp"
#include "app/participant/participant_ui_state.hpp"
#include "app/ui/texts.hpp"
#include "core/command.hpp"

namespace lagerhuis::app {

// The participant screen's content is at most this wide (pixels at scale 1), centred.
inline constexpr float participant_max_width = 1120;

struct ParticipantFrame {
    const ParticipantSnapshot& snapshot;
    const Texts& texts;
    std::optional<double> host_now_ms;  // the host's clock now, once estimated
};

// Every panel draws at the cursor, `width` pixels wide.
using ParticipantPanel = void (*)(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out,
                                  float width);

// [SECTION] The whole window: top bar, notices, then the join form or the debate.
void draw_participant_screen(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out);
// Whether something on screen moves by itself (a running countdown): redraw a few times a second.
bool participant_screen_animates(const ParticipantFrame& frame);

// [SECTION] Panels
void draw_top_bar(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_join(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_statement(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_turn(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_benches(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_hand(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_poll(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_arguments(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_flag(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_my_flags(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_summary(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);
void draw_sign_out(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width);

// [SECTION] Notices: the host's answer (or the screen's own) for one area, until dismissed.
// `width` 0: the rest of the line.
void draw_notice(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, NoticeArea area,
                 float width = 0.0f);
// The screen's own notice for `area` (a form filled in wrong); it replaces the host's one there.
void show_local_notice(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, NoticeArea area,
                       LocalText text);

// [SECTION] Commands the forms build
// The flag form's command, or nullopt while no fallacy is chosen.
std::optional<core::FlagFallacy> flag_command(const ParticipantUiState& ui);
// Sends a command from `area`, clearing the area's own notice first (as the page does).
void send_command(ParticipantUiState& ui, ParticipantActions& out, NoticeArea area, core::CommandBody body);

}  // namespace lagerhuis::app
