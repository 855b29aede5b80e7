// One key for what a facilitator does most, so the mouse can stay put while someone
// speaks: give the floor, pause, end the turn, confirm or dismiss a flag, undo.
// Letters act only while no text field has the focus (typing a note must not end a turn).
#include "app/console/console_keys.hpp"

#include <array>
#include <optional>

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/console/console_panels.hpp"
#include "core/turn_policy.hpp"

namespace lagerhuis::app {

namespace {

constexpr std::array<Shortcut, 24> shortcuts{{
    {ShortcutAction::help, GLFW_KEY_F1, false, "F1", "console.keys.help", true},
    {ShortcutAction::close_overlay, GLFW_KEY_ESCAPE, false, "Esc", "console.keys.close", true},
    {ShortcutAction::projector, GLFW_KEY_F5, false, "F5", "console.keys.projector", true},
    {ShortcutAction::display, GLFW_KEY_F6, false, "F6", "console.keys.display", true},
    {ShortcutAction::text_larger, GLFW_KEY_EQUAL, true, "Ctrl+=", "console.keys.text_larger", true},
    {ShortcutAction::text_smaller, GLFW_KEY_MINUS, true, "Ctrl+-", "console.keys.text_smaller", true},
    {ShortcutAction::open_statement, GLFW_KEY_O, false, "O", "console.keys.open_statement"},
    {ShortcutAction::fix_position, GLFW_KEY_V, false, "V", "console.keys.fix_position"},
    {ShortcutAction::give_floor, GLFW_KEY_G, false, "G", "console.keys.give_floor"},
    {ShortcutAction::pause_resume, GLFW_KEY_P, false, "P", "console.keys.pause_resume"},
    {ShortcutAction::end_turn, GLFW_KEY_E, false, "E", "console.keys.end_turn"},
    {ShortcutAction::confirm_flags, GLFW_KEY_J, false, "J", "console.keys.confirm_flags"},
    {ShortcutAction::dismiss_flags, GLFW_KEY_N, false, "N", "console.keys.dismiss_flags"},
    {ShortcutAction::tag_argument, GLFW_KEY_T, false, "T", "console.keys.tag_argument"},
    {ShortcutAction::tag_fallacy, GLFW_KEY_D, false, "D", "console.keys.tag_fallacy"},
    {ShortcutAction::undo, GLFW_KEY_Z, true, "Ctrl+Z", "console.keys.undo"},
    {ShortcutAction::poll, GLFW_KEY_S, false, "S", "console.keys.poll"},
    {ShortcutAction::close_statement, GLFW_KEY_E, true, "Ctrl+E", "console.keys.close_statement"},
    {ShortcutAction::argument_kind, 0, false, "Alt+1…5", "console.keys.argument_kind", true},
    {ShortcutAction::tab_flags, GLFW_KEY_1, true, "Ctrl+1", "console.keys.tab_flags"},
    {ShortcutAction::tab_polls, GLFW_KEY_2, true, "Ctrl+2", "console.keys.tab_polls"},
    {ShortcutAction::tab_scores, GLFW_KEY_3, true, "Ctrl+3", "console.keys.tab_scores"},
    {ShortcutAction::tab_people, GLFW_KEY_4, true, "Ctrl+4", "console.keys.tab_people"},
    {ShortcutAction::tab_join, GLFW_KEY_5, true, "Ctrl+5", "console.keys.tab_join"},
}};

// The statement O opens: the first one not yet debated, while none is open.
std::optional<core::StatementId> next_statement(const core::State& state) {
    if (!state.active_statement.is_none()) return std::nullopt;
    for (const auto& statement : state.statements)
        if (statement.status == core::StatementStatus::pending) return statement.id;
    return std::nullopt;
}

void act(ShortcutAction action, const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out) {
    const auto& state = frame.state;
    switch (action) {
        case ShortcutAction::help:
            ui.shortcuts_open = !ui.shortcuts_open;
            ui.display_open = false;
            break;
        case ShortcutAction::close_overlay:
            ui.shortcuts_open = false;
            ui.display_open = false;
            break;
        case ShortcutAction::projector: out.push_back(ToggleProjector{}); break;
        case ShortcutAction::display:
            ui.display_open = !ui.display_open;
            ui.shortcuts_open = false;
            break;
        case ShortcutAction::text_larger:
        case ShortcutAction::text_smaller: {
            DisplaySettings display = ui.display;
            display.console_text = action == ShortcutAction::text_larger ? larger_text(display.console_text)
                                                                         : smaller_text(display.console_text);
            if (display != ui.display) out.push_back(ChangeDisplay{display});
            break;
        }
        case ShortcutAction::give_floor: {
            const auto suggestion = core::suggest_next_speaker(state);
            if (suggestion && core::turns_to_wait(state, suggestion->participant) > 0) {
                // As the queue's button: the rules say wait, so the floor needs a recorded reason.
                ui.queue.override_for = suggestion->participant;
                ui.queue.override_reason.clear();
                ui.queue.focus_reason = true;
            } else if (auto command = give_floor_to_suggestion(state)) {
                send(out, ConsoleArea::queue, std::move(*command));
            }
            break;
        }
        case ShortcutAction::pause_resume:
            if (auto command = pause_or_resume(state)) send(out, ConsoleArea::timer, std::move(*command));
            break;
        case ShortcutAction::end_turn:
            if (!state.current_turn.is_none()) send(out, ConsoleArea::timer, core::EndTurn{});
            break;
        case ShortcutAction::confirm_flags:
        case ShortcutAction::dismiss_flags: {
            const auto outcome = action == ShortcutAction::confirm_flags ? core::FlagOutcome::confirmed
                                                                         : core::FlagOutcome::dismissed;
            for (auto& command : decide_oldest_flags(state, outcome)) send(out, ConsoleArea::flags, std::move(command));
            break;
        }
        case ShortcutAction::undo: send(out, ConsoleArea::tagging, core::Undo{}); break;
        case ShortcutAction::open_statement:
            if (const auto next = next_statement(state)) send(out, ConsoleArea::statement, core::OpenStatement{*next});
            break;
        case ShortcutAction::fix_position:
            if (const auto* active = state.statement(state.active_statement))
                send(out, ConsoleArea::statement,
                     core::FixPosition{active->opening ? core::PositionKind::closing : core::PositionKind::opening});
            break;
        case ShortcutAction::poll:
            if (state.open_poll.is_none())
                send(out, ConsoleArea::polls, core::OpenPoll{});
            else
                send(out, ConsoleArea::polls, core::ClosePoll{});
            break;
        case ShortcutAction::close_statement:
            if (!state.active_statement.is_none()) send(out, ConsoleArea::statement, core::CloseStatement{});
            break;
        case ShortcutAction::tag_argument: ui.tagging.focus_note = true; break;
        case ShortcutAction::tag_fallacy: ui.tagging.focus_fallacy = true; break;
        case ShortcutAction::tab_flags: ui.tab = ConsoleTab::flags; break;
        case ShortcutAction::tab_polls: ui.tab = ConsoleTab::polls; break;
        case ShortcutAction::tab_scores: ui.tab = ConsoleTab::scores; break;
        case ShortcutAction::tab_people: ui.tab = ConsoleTab::people; break;
        case ShortcutAction::tab_join: ui.tab = ConsoleTab::join; break;
        case ShortcutAction::argument_kind: break;
    }
}

}  // namespace

std::span<const Shortcut> console_shortcuts() { return shortcuts; }

void handle_console_keys(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out) {
    const ImGuiIO& io = ImGui::GetIO();
    for (const auto& shortcut : shortcuts) {
        if (shortcut.key == 0 || (io.WantTextInput && !shortcut.while_typing)) continue;
        if (shortcut.ctrl != io.KeyCtrl || io.KeyAlt) continue;
        if (ImGui::IsKeyPressed(shortcut.key, false)) act(shortcut.action, frame, ui, out);
    }
}

}  // namespace lagerhuis::app
