#pragma once
// One section per statement: did the better arguments win the room (the argumentative
// verdict beside the shift in seats and the secret poll), the positions and polls as a
// chart, the course of the debate on a time axis, the argument graph with what stood and
// what fell, and every crossing with the turn and arguments just before it.
#include <string>

#include "core/scoreboard.hpp"
#include "report/report_context.hpp"

namespace lagerhuis::report {

std::string statement_section_html(const ReportContext& context, const core::StatementReport& statement);

}  // namespace lagerhuis::report
