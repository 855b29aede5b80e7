#pragma once
// Who spoke how long (per side and per person, as bar charts), the measures per side,
// and a feedback card per participant: speaking time, arguments and their strengths,
// drogredenen committed per rule, flags raised and their precision, crossings and the
// turns before them, and at the end one or two pointers to take home (feedback_pointers).
#include <array>
#include <map>
#include <string>

#include "report/report_context.hpp"

namespace lagerhuis::report {

std::string speaking_section_html(const ReportContext& context);
std::string sides_section_html(const ReportContext& context);
std::string feedback_section_html(const ReportContext& context);
// One person's card, as the feedback section shows it (also the access export's).
std::string feedback_card_html(const ReportContext& context, const core::PersonReport& person);

// Whether a person gets a feedback card: participants, and anyone else who took part.
bool gets_feedback_card(const core::PersonReport& person);
// Speaking time of each person split by the bench they spoke from (ms, indexed by Side).
std::map<core::ParticipantId, std::array<double, 3>> speaking_by_side(const core::State& state);

}  // namespace lagerhuis::report
