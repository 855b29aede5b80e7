#include "report/html_statements.hpp"

#include <algorithm>

#include "report/html_text.hpp"
#include "report/number_format.hpp"
#include "report/room_answer.hpp"
#include "report/chart_legends.hpp"
#include "report/svg_charts.hpp"
#include "report/turn_timeline.hpp"
#include "report/verdict_text.hpp"

namespace lagerhuis::report {

namespace {

using core::Side;

std::string verdict_card(const ReportContext& context, const core::StatementReport& s) {
    const VerdictText verdict = verdict_text(context, s);
    const std::string key = room_answer_key(verdict.answer);
    std::string html = "<div class=\"verdict-card\"><h3>" + escape(context.text("report.verdict.question")) + "</h3>";
    html += "<p class=\"answer " + key + "\">" + escape(verdict.answer_text) + "</p><dl>";
    html += "<dt>" + escape(context.text("report.verdict.arguments")) + "</dt><dd>" + escape(verdict.arguments) + "</dd>";
    html += "<dt>" + escape(context.text("report.verdict.room")) + "</dt><dd>" + escape(verdict.room);
    if (!verdict.room_figures.empty()) {
        html += "<br><span class=\"figures\">";
        for (std::size_t i = 0; i < verdict.room_figures.size(); ++i)
            html += (i > 0 ? "<br>" : "") + escape(verdict.room_figures[i]);
        html += "</span>";
    }
    html += "</dd>";
    if (verdict.poll)
        html += "<dt>" + escape(context.text("table.poll")) + "</dt><dd>" + escape(*verdict.poll) +
                "<br><span class=\"figures\">" + escape(*verdict.poll_figures) + "</span></dd>";
    return html + "</dl></div>";
}

Bar counts_bar(const ReportContext& context, const std::string& label, const core::SideCounts& counts) {
    Bar bar;
    bar.label = label;
    for (const auto& [side, count] : {std::pair{Side::voor, counts.voor}, std::pair{Side::twijfel, counts.twijfel},
                                      std::pair{Side::tegen, counts.tegen}})
        bar.segments.push_back({static_cast<double>(count), std::string(to_string(side)), std::to_string(count),
                                context.side_name(side) + ": " + std::to_string(count), {}});
    bar.value_label = std::to_string(counts.voor + counts.tegen + counts.twijfel);
    return bar;
}

std::string positions_chart(const ReportContext& context, const core::StatementReport& s) {
    BarChart chart;
    chart.title = context.text("report.positions.title");
    chart.width = 520;
    if (s.opening) chart.bars.push_back(counts_bar(context, context.text("table.opening"), *s.opening));
    if (s.closing) chart.bars.push_back(counts_bar(context, context.text("table.closing"), *s.closing));
    for (std::size_t i = 0; i < s.polls.size(); ++i) {
        const std::string label = s.polls.size() == 1 ? context.text("table.poll")
                                                      : context.text("table.poll") + " " + std::to_string(i + 1);
        chart.bars.push_back(counts_bar(context, label, s.polls[i].ballots));
    }
    if (chart.bars.empty()) return "<p class=\"note\">" + escape(context.text("report.positions.none")) + "</p>";
    const auto sides = side_legend(context);
    return "<figure class=\"positions\">" + bar_chart_svg(chart) + legend_html(sides) + "<figcaption>" +
           escape(context.text("report.positions.caption")) + "</figcaption>" +
           bar_chart_table_html(chart, sides, chart_table_headings(context, "report.chart_data.moment")) + "</figure>";
}

std::string timeline(const ReportContext& context, const core::StatementReport& s) {
    const std::string svg = turn_timeline_svg(context, *context.state().statement(s.id));
    if (svg.empty()) return {};
    return "<h3>" + escape(context.text("report.timeline.heading")) + "</h3><figure class=\"timeline-figure\">" + svg +
           legend_html({{"voor", context.side_name(Side::voor)},
                        {"tegen", context.side_name(Side::tegen)},
                        {"twijfel", context.side_name(Side::twijfel)},
                        {"crossing-swatch", context.text("report.timeline.crossing_legend")},
                        {"confirmed", context.text("report.status.confirmed")},
                        {"missed", context.text("report.status.missed")},
                        {"dismissed", context.text("report.status.dismissed")},
                        {"pending", context.text("report.status.pending")}}) +
           "<figcaption>" + escape(context.text("report.timeline.caption")) + "</figcaption>" +
           turn_table_html(context, *context.state().statement(s.id)) + "</figure>";
}

// The starting value as a tick, the strength as the bar: at a glance whether the debate
// lifted or sank an argument.
std::string strength_gauge(double base, double strength) {
    const double w = 110;
    return "<svg class=\"gauge\" viewBox=\"0 0 " + svg_number(w) + " 12\" aria-hidden=\"true\"><rect class=\"track\" x=\"0\" y=\"2\" width=\"" +
           svg_number(w) + "\" height=\"8\"/><rect class=\"sigma\" x=\"0\" y=\"2\" width=\"" + svg_number(strength * w) +
           "\" height=\"8\"/><line class=\"tau\" x1=\"" + svg_number(base * w) + "\" y1=\"0\" x2=\"" + svg_number(base * w) +
           "\" y2=\"12\"/></svg>";
}

std::string argument_node(const ReportContext& context, const core::Argument& argument);

std::string argument_list(const ReportContext& context, const std::vector<core::ArgumentId>& ids,
                          std::string_view css_class = {}) {
    if (ids.empty()) return {};
    std::string html = css_class.empty() ? "<ul>" : "<ul class=\"" + std::string(css_class) + "\">";
    for (auto id : ids) html += argument_node(context, *context.state().argument(id));
    return html + "</ul>";
}

std::string argument_node(const ReportContext& context, const core::Argument& argument) {
    const auto& report = *context.argument(argument.id);
    std::string css = "arg dir-" + std::string(to_string(argument.direction));
    std::string score;
    if (argument.retracted) {
        css += " retracted";
        score = "<span class=\"fate retracted\">" + escape(context.text("report.graph.retracted")) + "</span>";
    } else if (argument.kind == core::ArgumentKind::question) {
        css += " question";
        score = "<span class=\"note\">" + escape(context.text("report.graph.question")) + "</span>";
    } else {
        const ArgumentFate fate = fate_of(report);
        score = element("span", "scores", strength_words(context, report)) + strength_gauge(report.base.value, report.strength) +
                "<span class=\"fate " + std::string(fate_key(fate)) + "\">" + escape(context.fate_name(fate)) + "</span>";
    }
    std::string html = "<li class=\"" + css + "\" id=\"arg-" + std::to_string(argument.id.value) + "\"><div class=\"arg-head\"><span><span class=\"arg-id\">#" +
                       std::to_string(argument.id.value) + "</span> " + element("span", "kind", context.kind_name(argument.kind));
    if (argument.kind != core::ArgumentKind::question)
        html += " · " + element("span", "side-tag " + std::string(to_string(argument.direction)), context.side_name(argument.direction));
    html += " · " + escape(context.name_of(argument.speaker)) + " · " +
            escape(context.text("report.graph.turn", {{"turn", std::to_string(argument.turn.value)}})) + "</span>";
    html += "<span class=\"arg-score\">" + score + "</span></div><div class=\"arg-text\">“" + escape(argument.text) + "”</div>";
    if (!argument.retracted && argument.kind != core::ArgumentKind::question)
        html += "<details class=\"terms\"><summary>" + escape(context.text("report.formula.argument")) + "</summary>" +
                escape(strength_formula(context, report)) + "</details>";
    return html + argument_list(context, argument.replies) + "</li>";
}

// The formula behind "how strong it stood", one click away (no script: <details>).
std::string formula_details(const ReportContext& context) {
    return "<details class=\"formula\"><summary>" + escape(context.text("report.formula.summary")) + "</summary><p>" +
           escape(context.text("report.formula.body")) + "</p></details>";
}

std::string argument_graph(const ReportContext& context, const core::StatementReport& s) {
    int fates[3] = {0, 0, 0};
    for (const auto& argument : context.board().arguments)
        if (argument.statement == s.id && !argument.retracted && argument.kind != core::ArgumentKind::question)
            ++fates[static_cast<int>(fate_of(argument))];
    std::string html = "<h3>" + escape(context.text("report.graph.heading")) + "</h3>";
    html += "<p class=\"summary\">" +
            escape(context.text("report.graph.summary", {{"stood", std::to_string(fates[0])},
                                                         {"fell", std::to_string(fates[1])},
                                                         {"held", std::to_string(fates[2])}})) +
            "</p><p class=\"note\">" + escape(context.text("report.graph.explain")) + "</p>" + formula_details(context);
    html += "<div class=\"graph-root\">" + element("div", "root-head", context.text("table.statement", {{"number", std::to_string(s.id.value)}, {"text", s.text}})) +
            "<div class=\"arg-score\">" +
            element("span", "scores", context.text("report.strength.after", {{"strength", context.decimal(s.strength.value, 3)}})) +
            strength_gauge(0.5, s.strength.value) + "</div>";
    std::vector<core::ArgumentId> roots;
    for (const auto& argument : context.state().arguments)
        if (argument.statement == s.id && argument.target.is_none()) roots.push_back(argument.id);
    html += roots.empty() ? "<p class=\"note\">" + escape(context.text("report.graph.none")) + "</p>"
                          : argument_list(context, roots, "graph");
    return html + "</div>";
}

std::string side_change(const ReportContext& context, Side from, Side to) {
    return element("span", "side-tag " + std::string(to_string(from)), context.side_name(from)) + " → " +
           element("span", "side-tag " + std::string(to_string(to)), context.side_name(to));
}

// The turn a group of crossings followed, with the arguments made in it and their strength.
std::string turn_before(const ReportContext& context, const core::CrossingReport& crossing) {
    if (crossing.after_turn.is_none()) return escape(context.text("report.crossings.no_turn"));
    std::string html = "<span class=\"turn-ref\">" +
                       escape(context.text("report.graph.turn", {{"turn", std::to_string(crossing.after_turn.value)}})) + "</span> " +
                       escape(context.name_of(crossing.after_speaker));
    for (auto id : crossing.after_arguments) {
        const auto& argument = *context.argument(id);
        html += "<div class=\"quote\">#" + std::to_string(id.value) + " “" + escape(argument.text) + "”";
        if (!argument.retracted && argument.kind != core::ArgumentKind::question)
            html += " " + element("span", "scores", context.text("report.strength.after", {{"strength", context.decimal(argument.strength, 2)}}));
        html += "</div>";
    }
    return html;
}

// One row per turn that moved people: which arguments came just before, and who crossed
// (a busy room crosses by the dozen after one strong turn; the quote is shown once).
std::string crossings_table(const ReportContext& context, const core::StatementReport& s) {
    std::vector<std::vector<const core::CrossingReport*>> groups;
    for (const auto& crossing : context.board().crossings) {
        if (crossing.statement != s.id) continue;
        if (groups.empty() || groups.back().front()->after_turn != crossing.after_turn) groups.emplace_back();
        groups.back().push_back(&crossing);
    }
    std::string html = "<h3>" + escape(context.text("report.crossings.heading", {{"count", std::to_string(s.crossings)}})) + "</h3>";
    if (groups.empty()) return html + "<p class=\"note\">" + escape(context.text("report.crossings.none")) + "</p>";
    std::string rows;
    for (const auto& group : groups) {
        std::string movers;
        for (const auto* crossing : group)
            movers += "<div class=\"mover\">" + escape(context.name_of(crossing->participant)) + " " +
                      side_change(context, crossing->from, crossing->to) + " <span class=\"turn-ref\">" +
                      session_clock(crossing->at_ms) + "</span></div>";
        rows += "<tr><td>" + turn_before(context, *group.front()) + "</td><td>" + movers + "</td></tr>";
    }
    return html + "<table class=\"crossings\"><thead><tr><th>" + escape(context.text("report.col.before")) + "</th><th>" +
           escape(context.text("report.col.crossed")) + "</th></tr></thead><tbody>" + rows + "</tbody></table>";
}

}  // namespace

std::string statement_section_html(const ReportContext& context, const core::StatementReport& s) {
    std::string html = "<section class=\"statement\" id=\"statement-" + std::to_string(s.id.value) + "\">";
    html += "<h2>" + escape(context.text("table.statement", {{"number", std::to_string(s.id.value)}, {"text", s.text}})) + "</h2>";
    html += "<div class=\"two-columns\">" + verdict_card(context, s) + positions_chart(context, s) + "</div>";
    html += timeline(context, s);
    html += crossings_table(context, s);
    html += argument_graph(context, s);
    return html + "</section>";
}

}  // namespace lagerhuis::report
