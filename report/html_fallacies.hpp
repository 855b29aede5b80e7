#pragma once
// The drogredenen of the session: per pragma-dialectical rule and per fallacy how many
// were confirmed (and of those, missed by the room), dismissed or still pending, and
// every one of them with who committed it and who spotted it.
#include <string>

#include "report/report_context.hpp"

namespace lagerhuis::report {

std::string fallacy_section_html(const ReportContext& context);

}  // namespace lagerhuis::report
