#pragma once
// What the console itself remembers between frames: fields being typed, choices made in
// forms, which tab is open. Everything else comes from the state. One small struct per
// panel, so each panel's file owns its own part.
#include <string>

#include "app/ui/display_settings.hpp"
#include "core/enums.hpp"
#include "core/ids.hpp"

namespace lagerhuis::app {

enum class ConsoleTab : unsigned char { flags, polls, scores, people, join };

struct StatementForm {
    std::string new_statement;  // the text of a statement being added
    // While a statement runs its administration (closing position, close, add) is folded
    // away, so the turn and the queue fit a laptop's screen.
    bool manage_open = false;
};

struct QueueForm {
    core::ParticipantId override_for;  // giving the floor against the rules: to whom
    std::string override_reason;       // ... and why (recorded with the turn)
    bool focus_reason = false;         // the reason field takes the keyboard when the form opens
};

struct TaggingForm {
    core::ArgumentKind kind = core::ArgumentKind::pro;
    core::ArgumentId target;  // 0: the statement
    core::EvidenceKind evidence = core::EvidenceKind::none;
    std::string text;            // a short note of what was argued
    std::string fallacy_query;   // type-ahead in the catalog
    std::string fallacy_choice;  // fallacy id; empty: none chosen
    core::ArgumentId fallacy_argument;  // the argument the drogreden is in (0: the turn)
    core::ArgumentId editing;    // an argument being corrected (0: tagging a new one)
    std::string fallacy_note;    // what the gespreksleider adds to a drogreden (may stay empty)
    bool answer_at_fallacy = false;  // the last command came from the drogreden form: its answer shows there
    bool focus_note = false;         // put the cursor in the note field next frame (after Noteer, or Wijzig)
    bool focus_fallacy = false;      // put the cursor in the drogreden search next frame (key D)
};

struct PeopleForm {
    std::string new_person;        // the name of someone without a device being added
    core::ParticipantId selected;  // the participant whose actions are shown
    std::string rename_to;
    bool confirm_remove = false;
    core::ParticipantId editing;   // whom rename_to and confirm_remove were set up for
};

struct ScoresView {
    core::ParticipantId person;  // whose numbers are unfolded (0: none)
    core::ArgumentId argument;   // the argument highlighted in the graph (0: none)
};

// How much the window holds, in the UI's own units (a 150 % screen holds two thirds of
// what 100 % does): roomy shows every panel open; short folds the speaking time per side;
// tight also moves the queue to the top of the middle column. Decided by the screen each
// frame, read by the panels.
enum class ConsoleFit : unsigned char { roomy, short_screen, tight };

struct ConsoleUiState {
    ConsoleTab tab = ConsoleTab::flags;
    bool shortcuts_open = false;  // the F1 overlay
    ConsoleFit fit = ConsoleFit::roomy;
    bool totals_open = false;  // the speaking time per side, where the screen folds it
    bool secret_shown = false;  // the co-facilitator secret on the join tab
    bool projector_open = false;
    bool display_open = false;  // the Weergave panel (F6)
    DisplaySettings display;    // as the windows show it now (set by the console app)
    StatementForm statement;
    QueueForm queue;
    TaggingForm tagging;
    PeopleForm people;
    ScoresView scores;
};

}  // namespace lagerhuis::app
