#pragma once
// Inline SVG charts for the HTML report: no script, no external resource, and they print.
// Colours come from CSS classes (the report's stylesheet), so one palette serves the
// screen, the printer and the legends.
#include <string>
#include <string_view>
#include <vector>

namespace lagerhuis::report {

struct BarSegment {
    double value = 0.0;
    std::string css_class;  // "voor", "tegen", "confirmed", ...
    std::string label;      // shown inside the segment when it fits (e.g. the count)
    std::string title;      // tooltip on screen
    std::string cell;       // the value as the chart's data table writes it; empty: the label
};

struct Bar {
    std::string label;  // left of the bar
    std::vector<BarSegment> segments;
    std::string value_label;  // right of the bar (e.g. "4:05")
};

// Horizontal bars, each a stack of segments, with their labels beside them.
struct BarChart {
    std::string title;        // read by screen readers
    std::vector<Bar> bars;
    double scale_max = 0.0;   // the value of a full-width bar; 0: the longest bar
    int width = 760;
};
std::string bar_chart_svg(const BarChart& chart);

struct LegendEntry {
    std::string css_class;
    std::string label;
};
// The chart's figures as a table, one click away under the chart (WCAG 1.1.1: the
// same data for whoever cannot see the bars): a row per bar, a column per legend
// entry (the segments of its CSS class), and the bar's value label as the total.
// The disclosure both kinds of chart table come in: `header_row` and `rows` are <tr>s.
std::string chart_data_html(std::string_view summary, std::string_view caption, const std::string& header_row,
                            const std::string& rows);

struct ChartTableHeadings {
    std::string summary;  // the disclosure's text
    std::string corner;   // above the bars' labels
    std::string total;    // above the value labels
};
std::string bar_chart_table_html(const BarChart& chart, const std::vector<LegendEntry>& columns,
                                 const ChartTableHeadings& headings);

// A row of coloured swatches with their labels (HTML, so it wraps and prints).
std::string legend_html(const std::vector<LegendEntry>& entries);

}  // namespace lagerhuis::report
