#pragma once
// What the participant screen itself remembers between frames: the fields being typed,
// the flag form's choices, and its own notices (a form filled in wrong). Everything else
// comes from the snapshot.
#include <array>
#include <optional>
#include <string>

#include "app/participant/participant_snapshot.hpp"
#include "core/ids.hpp"

namespace lagerhuis::app {

struct ParticipantUiState {
    std::string join_code;
    std::string join_name;
    std::string flag_query;
    std::string flag_choice;         // fallacy id; empty: none chosen
    core::ArgumentId flag_target;    // 0: the whole turn
    std::array<std::optional<Notice>, notice_area_count> local;
    std::uint64_t local_counter = 0;
    core::StatementId summary_opened_for;  // the summary opens once by itself per closed statement
    bool summary_open = false;
    bool removed_noticed = false;  // "you were removed" is said once

    void notify(NoticeArea area, LocalText text, NoticeTone tone = NoticeTone::problem) {
        local[index_of(area)] = Notice{++local_counter, tone, std::move(text)};
    }
    void clear(NoticeArea area) { local[index_of(area)].reset(); }
};

}  // namespace lagerhuis::app
