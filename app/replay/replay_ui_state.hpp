#pragma once
// What the replay viewer remembers between frames: the open tab, whether it plays and
// how fast, whose feedback card is open, the note being written. The moment itself lives
// in the ReplaySession; the console panels it reuses keep their own small state here.
#include <cstdint>
#include <string>

#include "app/console/console_ui_state.hpp"
#include "core/ids.hpp"

namespace lagerhuis::app {

enum class ReplayTab : unsigned char { moment, charts, fallacies, crossings, arguments, people, notes };

inline constexpr int replay_speeds[] = {1, 2, 4, 8, 16};

struct NoteForm {
    std::string text;
    bool on_argument = false;   // pin to the argument chosen below, else to the moment
    core::ArgumentId argument;  // 0: none chosen yet
};

struct ReplayUiState {
    ReplayTab tab = ReplayTab::moment;
    bool playing = false;
    int speed = 1;               // one of replay_speeds: session seconds per real second
    bool scrubbing = false;      // the timeline is being dragged
    core::ParticipantId person;  // whose feedback card is open (0: the list)
    NoteForm note;
    ConsoleUiState console;      // the console panels' own state (graph pin, selected person)
};

}  // namespace lagerhuis::app
