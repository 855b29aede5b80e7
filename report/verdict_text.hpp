#pragma once
// The trainer's question for one statement, answered in words: did the better arguments
// win the room? The answer, then the three readings it weighs (the argumentative
// verdict, the seats from opening to closing position, the secret poll), each a line and
// its figures. The HTML report and the replay viewer both show exactly these lines.
#include <optional>
#include <string>

#include "core/scoreboard.hpp"
#include "report/report_context.hpp"
#include "report/room_answer.hpp"

namespace lagerhuis::report {

struct VerdictText {
    RoomAnswer answer{};
    std::string answer_text;        // "Ja"
    std::string arguments;          // "voor argumenteerde beter: sterkte van de stelling 0,620 ..."
    std::string room;               // "tegen won terrein", or that a position was not fixed
    std::vector<std::string> room_figures;  // opening, closing, shift and crossings; empty without both positions
    std::optional<std::string> poll;         // "Meerderheid: voor", when a poll was held
    std::optional<std::string> poll_figures; // "voor 7 · tegen 3 · twijfel 2"
};

VerdictText verdict_text(const ReportContext& context, const core::StatementReport& statement);

// "voor 7 · tegen 3 · twijfel 2", and with signs for a shift: "voor +2 · tegen -2 · twijfel 0".
std::string counts_text(const ReportContext& context, const core::SideCounts& counts);
std::string shift_text(const ReportContext& context, const core::SideCounts& shift);

}  // namespace lagerhuis::report
