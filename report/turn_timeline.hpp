#pragma once
// The course of one statement on a time axis: its turns coloured by the speaker's bench,
// the floor crossings and the drogredenen marked where they happened, the opening and
// closing positions as lines. Inline SVG; every mark has a tooltip on screen, and the
// tables beside it carry the same facts for print.
#include <string>

#include "core/state.hpp"
#include "report/report_context.hpp"

namespace lagerhuis::report {

// Empty when the statement has no turns yet.
std::string turn_timeline_svg(const ReportContext& context, const core::Statement& statement);

// The timeline's turns as a table, one click away under it (number, speaker, bench,
// start on the session clock, speaking time); the crossings and drogredenen have their
// own tables in the report. Empty when the statement has no turns yet.
std::string turn_table_html(const ReportContext& context, const core::Statement& statement);

}  // namespace lagerhuis::report
