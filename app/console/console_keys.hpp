#pragma once
// The console's keyboard shortcuts, in one table: console_keys.cpp acts on them and the
// F1 overlay (console_shortcuts.cpp) lists them, so the two never disagree.
#include <span>

namespace lagerhuis::app {

enum class ShortcutAction : unsigned char {
    help, close_overlay, projector, display, text_larger, text_smaller, give_floor, pause_resume, end_turn, confirm_flags, dismiss_flags, undo,
    open_statement, fix_position, poll, close_statement, tag_argument, tag_fallacy,
    tab_flags, tab_polls, tab_scores, tab_people, tab_join,
    argument_kind,  // Alt+1…5 in the tagging form: listed here, handled by the panel
};

struct Shortcut {
    ShortcutAction action;
    int key;            // GLFW key code, as the GLFW backend fills io.KeysDown (0: a panel handles it)
    bool ctrl = false;
    const char* label;  // as shown: "G", "Ctrl+Z"
    const char* text;   // message key of what it does
    bool while_typing = false;  // also while a text field has the focus (F-keys, Esc)
};

std::span<const Shortcut> console_shortcuts();

}  // namespace lagerhuis::app
