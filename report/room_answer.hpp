#pragma once
// The trainer's favourite question: did the better arguments win the room? The
// argumentative verdict (the statement's DF-QuAD strength) names the side that argued
// better; the shift of seats from opening to closing position (the persuasion result)
// names the side that gained. Yes when they agree, no when they differ, undecided when
// either is level or a position was never fixed. The secret poll is shown beside it in
// the report, never mixed in: people do not always sit where they stand.
#include "core/scoreboard.hpp"

namespace lagerhuis::report {

enum class RoomAnswer { yes, no, undecided };
RoomAnswer better_arguments_won(const core::StatementReport& statement);

// "yes", "no", "undecided": the CSS class, the CSV value and the end of the message key.
const char* room_answer_key(RoomAnswer answer);

// Voor or tegen, whichever has more (seats gained, or ballots); twijfel when level.
core::Side ahead(const core::SideCounts& counts);

}  // namespace lagerhuis::report
