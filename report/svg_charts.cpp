#include "report/svg_charts.hpp"

#include <algorithm>

#include "report/html_text.hpp"

namespace lagerhuis::report {

namespace {
constexpr double row_height = 26;
constexpr double bar_height = 18;
constexpr double char_width = 7.0;  // of the 12px chart font, a little generous

double label_width(const std::vector<Bar>& bars) {
    std::size_t longest = 4;
    for (const auto& bar : bars) longest = std::max(longest, display_width(bar.label));
    return std::clamp(static_cast<double>(longest) * char_width + 14, 60.0, 280.0);
}

double value_width(const std::vector<Bar>& bars) {
    std::size_t longest = 2;
    for (const auto& bar : bars) longest = std::max(longest, display_width(bar.value_label));
    return static_cast<double>(longest) * char_width + 12;
}

double bar_total(const Bar& bar) {
    double sum = 0;
    for (const auto& segment : bar.segments) sum += std::max(segment.value, 0.0);
    return sum;
}
}  // namespace

std::string bar_chart_svg(const BarChart& chart) {
    const double left = label_width(chart.bars);
    const double plot = std::max(80.0, chart.width - left - value_width(chart.bars));
    double scale = chart.scale_max;
    if (scale <= 0)
        for (const auto& bar : chart.bars) scale = std::max(scale, bar_total(bar));
    if (scale <= 0) scale = 1;
    const double height = row_height * static_cast<double>(chart.bars.size()) + 6;

    std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(chart.width) + " " +
                      svg_number(height) + "\" style=\"max-width:" + std::to_string(chart.width) +
                      "px\" role=\"img\" aria-label=\"" + escape(chart.title) + "\">";
    double y = 3;
    for (const auto& bar : chart.bars) {
        const double text_y = y + bar_height / 2 + 4;
        svg += "<text class=\"bar-label\" x=\"" + svg_number(left - 8) + "\" y=\"" + svg_number(text_y) +
               "\" text-anchor=\"end\">" + escape(shortened(bar.label, 38)) + "</text>";
        double x = left;
        for (const auto& segment : bar.segments) {
            const double width = std::max(segment.value, 0.0) / scale * plot;
            if (width <= 0) continue;
            svg += "<rect class=\"" + escape(segment.css_class) + "\" x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) +
                   "\" width=\"" + svg_number(width) + "\" height=\"" + svg_number(bar_height) + "\">";
            if (!segment.title.empty()) svg += "<title>" + escape(segment.title) + "</title>";
            svg += "</rect>";
            if (!segment.label.empty() && width >= static_cast<double>(display_width(segment.label)) * char_width + 6)
                svg += "<text class=\"inner on-" + escape(segment.css_class) + "\" x=\"" + svg_number(x + width / 2) +
                       "\" y=\"" + svg_number(text_y) + "\" text-anchor=\"middle\">" + escape(segment.label) + "</text>";
            x += width;
        }
        svg += "<text class=\"bar-value\" x=\"" + svg_number(x + 6) + "\" y=\"" + svg_number(text_y) + "\">" +
               escape(bar.value_label) + "</text>";
        y += row_height;
    }
    svg += "<line class=\"axis\" x1=\"" + svg_number(left) + "\" y1=\"0\" x2=\"" + svg_number(left) + "\" y2=\"" +
           svg_number(height) + "\"/>";
    return svg + "</svg>";
}

std::string bar_chart_table_html(const BarChart& chart, const std::vector<LegendEntry>& columns,
                                 const ChartTableHeadings& headings) {
    std::string head = "<tr><th scope=\"col\">" + escape(headings.corner) + "</th>";
    for (const auto& column : columns) head += "<th scope=\"col\">" + escape(column.label) + "</th>";
    head += "<th scope=\"col\">" + escape(headings.total) + "</th></tr>";
    std::string rows;
    for (const auto& bar : chart.bars) {
        rows += "<tr><th scope=\"row\">" + escape(bar.label) + "</th>";
        for (const auto& column : columns) {
            const auto segment = std::find_if(bar.segments.begin(), bar.segments.end(),
                                              [&](const BarSegment& s) { return s.css_class == column.css_class; });
            const std::string cell = segment == bar.segments.end() ? "–" : segment->cell.empty() ? segment->label : segment->cell;
            rows += "<td class=\"num\">" + escape(cell) + "</td>";
        }
        rows += "<td class=\"num\">" + escape(bar.value_label) + "</td></tr>";
    }
    return chart_data_html(headings.summary, chart.title, head, rows);
}

std::string chart_data_html(std::string_view summary, std::string_view caption, const std::string& header_row,
                            const std::string& rows) {
    return "<details class=\"chart-data\"><summary>" + escape(summary) + "</summary><table><caption>" + escape(caption) +
           "</caption><thead>" + header_row + "</thead><tbody>" + rows + "</tbody></table></details>";
}

std::string legend_html(const std::vector<LegendEntry>& entries) {
    std::string html = "<ul class=\"legend\">";
    for (const auto& entry : entries)
        html += "<li><span class=\"swatch " + escape(entry.css_class) + "\"></span>" + escape(entry.label) + "</li>";
    return html + "</ul>";
}

}  // namespace lagerhuis::report
