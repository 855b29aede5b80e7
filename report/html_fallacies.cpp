#include "report/html_fallacies.hpp"

#include <map>

#include "report/html_text.hpp"
#include "report/svg_charts.hpp"

namespace lagerhuis::report {

namespace {

// One row of counts: a fallacy report is confirmed (possibly missed), dismissed or pending.
struct StatusCounts {
    int confirmed = 0;
    int missed = 0;  // part of confirmed
    int dismissed = 0;
    int pending = 0;
    void add(const core::FallacyReport& f) {
        switch (f.status) {
            case core::FlagOutcome::confirmed: ++confirmed; missed += f.missed ? 1 : 0; break;
            case core::FlagOutcome::dismissed: ++dismissed; break;
            case core::FlagOutcome::pending: ++pending; break;
        }
    }
    int total() const { return confirmed + dismissed + pending; }
};

std::string status_cells(const StatusCounts& c) {
    return "<td class=\"num\">" + std::to_string(c.confirmed) + "</td><td class=\"num\">" + std::to_string(c.missed) +
           "</td><td class=\"num\">" + std::to_string(c.dismissed) + "</td><td class=\"num\">" + std::to_string(c.pending) + "</td>";
}

std::string status_headers(const ReportContext& context) {
    std::string html;
    for (const char* key : {"report.status.confirmed", "report.status.of_which_missed", "report.status.dismissed", "report.status.pending"})
        html += "<th class=\"num\">" + escape(context.text(key)) + "</th>";
    return html;
}

std::vector<LegendEntry> status_legend(const ReportContext& context) {
    return {{"confirmed", context.text("report.status.confirmed_flagged")},
            {"missed", context.text("report.status.missed")},
            {"dismissed", context.text("report.status.dismissed")},
            {"pending", context.text("report.status.pending")}};
}

std::string per_rule(const ReportContext& context) {
    std::map<int, StatusCounts> rules;
    for (const auto& f : context.board().fallacies) rules[f.rule].add(f);
    BarChart chart;
    chart.title = context.text("report.fallacies.per_rule");
    std::string rows;
    for (const auto& [rule, c] : rules) {
        const std::string label = std::to_string(rule) + ". " + context.rule_name(rule);
        chart.bars.push_back({label,
                              {{static_cast<double>(c.confirmed - c.missed), "confirmed", std::to_string(c.confirmed - c.missed),
                                context.text("report.status.confirmed_flagged"), {}},
                               {static_cast<double>(c.missed), "missed", std::to_string(c.missed), context.text("report.status.missed"), {}},
                               {static_cast<double>(c.dismissed), "dismissed", std::to_string(c.dismissed), context.text("report.status.dismissed"), {}},
                               {static_cast<double>(c.pending), "pending", std::to_string(c.pending), context.text("report.status.pending"), {}}},
                              std::to_string(c.total())});
        rows += "<tr><td>" + escape(label) + "</td>" + status_cells(c) + "</tr>";
    }
    std::string html = "<h3>" + escape(context.text("report.fallacies.per_rule")) + "</h3>";
    if (rules.empty()) return html + "<p class=\"note\">" + escape(context.text("report.fallacies.none")) + "</p>";
    return html + "<figure>" + bar_chart_svg(chart) + legend_html(status_legend(context)) + "</figure>" +
           "<table class=\"counts\"><thead><tr><th>" + escape(context.text("report.col.rule")) + "</th>" + status_headers(context) +
           "</tr></thead><tbody>" + rows + "</tbody></table>";
}

std::string per_fallacy(const ReportContext& context) {
    std::map<std::pair<int, std::string>, StatusCounts> kinds;  // by rule, then name
    for (const auto& f : context.board().fallacies) kinds[{f.rule, f.fallacy}].add(f);
    if (kinds.empty()) return {};
    std::string rows;
    for (const auto& [key, c] : kinds)
        rows += "<tr><td>" + escape(context.fallacy_name(key.second)) + "</td><td class=\"num\">" + std::to_string(key.first) +
                "</td>" + status_cells(c) + "</tr>";
    return "<h3>" + escape(context.text("report.fallacies.per_fallacy")) + "</h3><table class=\"counts\"><thead><tr><th>" +
           escape(context.text("report.col.fallacy")) + "</th><th class=\"num\">" + escape(context.text("report.col.rule_number")) +
           "</th>" + status_headers(context) + "</tr></thead><tbody>" + rows + "</tbody></table>";
}

std::string every_fallacy(const ReportContext& context) {
    if (context.board().fallacies.empty()) return {};
    std::string rows;
    for (const auto& f : context.board().fallacies) {
        std::string spotted;
        for (auto id : f.flagged_by) spotted += (spotted.empty() ? "" : ", ") + context.name_of(id);
        const std::string status_class = f.missed ? "missed" : std::string(to_string(f.status));
        const std::string status = context.status_name(f.status, f.missed);
        rows += "<tr><td class=\"num\">" + std::to_string(f.statement.value) + "</td><td class=\"num\">" +
                std::to_string(f.turn.value) + "</td><td>" + escape(context.fallacy_name(f.fallacy)) + " <span class=\"rule-ref\">(" +
                escape(context.text("report.rule_short", {{"number", std::to_string(f.rule)}})) + ")</span></td><td>" +
                escape(context.name_of(f.committed_by)) + "</td><td>" +
                element("span", "side-tag " + std::string(to_string(f.side)), context.side_name(f.side)) + "</td><td>" +
                element("span", "status-tag " + status_class, status) + "</td><td>" +
                escape(spotted.empty() ? "–" : spotted) + "</td></tr>";
    }
    std::string head;
    for (const char* key : {"report.col.statement", "report.col.turn", "report.col.fallacy", "report.col.committed_by",
                            "report.col.hurt_side", "report.col.outcome", "report.col.spotted_by"})
        head += "<th>" + escape(context.text(key)) + "</th>";
    return "<h3>" + escape(context.text("report.fallacies.every")) + "</h3><table class=\"fallacies\"><thead><tr>" + head +
           "</tr></thead><tbody>" + rows + "</tbody></table>";
}

}  // namespace

std::string fallacy_section_html(const ReportContext& context) {
    StatusCounts all;
    for (const auto& f : context.board().fallacies) all.add(f);
    int flags[3] = {0, 0, 0};  // pending, confirmed, dismissed: the flags participants raised
    for (const auto& person : context.board().participants) {
        flags[0] += static_cast<int>(person.measures.flags_pending.value);
        flags[1] += static_cast<int>(person.measures.flags_confirmed.value);
        flags[2] += static_cast<int>(person.measures.flags_dismissed.value);
    }
    std::string html = "<section id=\"fallacies\"><h2>" + escape(context.text("table.fallacies")) + "</h2>";
    html += "<p class=\"summary\">" +
            escape(context.text("report.fallacies.summary", {{"confirmed", std::to_string(all.confirmed)},
                                                             {"missed", std::to_string(all.missed)},
                                                             {"dismissed", std::to_string(all.dismissed)},
                                                             {"pending", std::to_string(all.pending)}})) +
            "<br>" +
            escape(context.text("report.fallacies.flags", {{"confirmed", std::to_string(flags[1])},
                                                           {"dismissed", std::to_string(flags[2])},
                                                           {"pending", std::to_string(flags[0])}})) +
            "</p><p class=\"note\">" + escape(context.text("report.fallacies.explain")) + "</p>";
    return html + per_rule(context) + per_fallacy(context) + every_fallacy(context) + "</section>";
}

}  // namespace lagerhuis::report
