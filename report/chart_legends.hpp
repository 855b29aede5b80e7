#pragma once
// What the report's charts share around the SVG: the legend of the three benches and the
// headings of a chart's data table, in the report's language.
#include <string_view>
#include <vector>

#include "report/report_context.hpp"
#include "report/svg_charts.hpp"

namespace lagerhuis::report {

// Voor, twijfel, tegen: the order of the bars' segments.
std::vector<LegendEntry> side_legend(const ReportContext& context);

// `corner_key`: the catalog key of the heading above the bars' labels.
ChartTableHeadings chart_table_headings(const ReportContext& context, std::string_view corner_key);

}  // namespace lagerhuis::report
