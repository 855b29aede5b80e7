#include "report/chart_legends.hpp"

#include <string>

namespace lagerhuis::report {

std::vector<LegendEntry> side_legend(const ReportContext& context) {
    std::vector<LegendEntry> legend;
    for (core::Side side : {core::Side::voor, core::Side::twijfel, core::Side::tegen})
        legend.push_back({std::string(to_string(side)), context.side_name(side)});
    return legend;
}

ChartTableHeadings chart_table_headings(const ReportContext& context, std::string_view corner_key) {
    return {context.text("report.chart_data.summary"), context.text(corner_key), context.text("report.chart_data.total")};
}

}  // namespace lagerhuis::report
