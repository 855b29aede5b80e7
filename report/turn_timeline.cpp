#include "report/turn_timeline.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "report/html_text.hpp"
#include "report/number_format.hpp"
#include "report/svg_charts.hpp"

namespace lagerhuis::report {

namespace {

constexpr double width = 1000;
constexpr double left = 128;  // room for the row names
constexpr double right = 14;
constexpr double turns_y = 8;
constexpr double turns_height = 30;
constexpr double crossings_y = 70;   // centre line of the crossing marks
constexpr double fallacies_y = 104;  // centre line of the drogreden marks
constexpr double axis_y = 120;
constexpr double height = 146;
constexpr double stack_step = 11;    // marks at the same moment stack upwards...
constexpr int stack_levels = 3;      // ...three high; a crowd beyond that overlaps

class TimeAxis {
public:
    TimeAxis(core::Millis from, core::Millis to) : from_(from), to_(std::max(to, from + 60'000)) {}
    double x(core::Millis at) const {
        return left + static_cast<double>(at - from_) / static_cast<double>(to_ - from_) * (width - left - right);
    }
    // A tick every 1, 2, 5, 10, ... minutes: about ten across.
    core::Millis tick_step() const {
        for (core::Millis minutes : {1, 2, 5, 10, 15, 30, 60})
            if ((to_ - from_) / (minutes * 60'000) <= 12) return minutes * 60'000;
        return 120 * 60'000;
    }
    core::Millis from() const { return from_; }
    core::Millis to() const { return to_; }

private:
    core::Millis from_;
    core::Millis to_;
};

std::string text_at(double x, double y, std::string_view css_class, std::string_view anchor, std::string_view text) {
    return "<text class=\"" + std::string(css_class) + "\" x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) +
           "\" text-anchor=\"" + std::string(anchor) + "\">" + escape(text) + "</text>";
}

std::string status_class(const core::FallacyReport& fallacy) {
    return fallacy.missed ? "missed" : std::string(to_string(fallacy.status));
}

}  // namespace

std::string turn_timeline_svg(const ReportContext& context, const core::Statement& statement) {
    const auto& state = context.state();
    if (statement.turns.empty()) return {};
    core::Millis from = state.turn(statement.turns.front())->started_at;
    core::Millis to = from;
    for (auto id : statement.turns) {
        const auto& turn = *state.turn(id);
        to = std::max(to, turn.ended_at.value_or(state.last_at_ms));
    }
    if (statement.opening) from = std::min(from, statement.opening->at_ms);
    if (statement.closing) to = std::max(to, statement.closing->at_ms);
    for (const auto& crossing : state.crossings)
        if (crossing.statement == statement.id) to = std::max(to, crossing.at_ms);
    const TimeAxis axis(from, to);

    std::string svg = "<svg class=\"chart timeline\" viewBox=\"0 0 " + svg_number(width) + " " + svg_number(height) +
                      "\" role=\"img\" aria-label=\"" + escape(context.text("report.timeline.title")) + "\">";
    svg += text_at(left - 8, turns_y + turns_height / 2 + 4, "row-label", "end", context.text("report.timeline.turns"));
    svg += text_at(left - 8, crossings_y - stack_step + 4, "row-label", "end", context.text("report.timeline.crossings"));
    svg += text_at(left - 8, fallacies_y - stack_step + 4, "row-label", "end", context.text("report.timeline.fallacies"));

    // Minutes of the session clock, so a moment reads the same as in the tables.
    const core::Millis step = axis.tick_step();
    for (core::Millis tick = (axis.from() + step - 1) / step * step; tick <= axis.to(); tick += step) {
        const double x = axis.x(tick);
        svg += "<line class=\"grid\" x1=\"" + svg_number(x) + "\" y1=\"" + svg_number(turns_y) + "\" x2=\"" + svg_number(x) +
               "\" y2=\"" + svg_number(axis_y) + "\"/>";
        svg += text_at(x, axis_y + 16, "tick", "middle", session_clock(tick));
    }
    svg += "<line class=\"axis\" x1=\"" + svg_number(left) + "\" y1=\"" + svg_number(axis_y) + "\" x2=\"" +
           svg_number(width - right) + "\" y2=\"" + svg_number(axis_y) + "\"/>";

    for (const auto& [position, key] : {std::pair{&statement.opening, "report.timeline.opening"},
                                        std::pair{&statement.closing, "report.timeline.closing"}}) {
        if (!*position) continue;
        const double x = axis.x((*position)->at_ms);
        svg += "<line class=\"position-line\" x1=\"" + svg_number(x) + "\" y1=\"2\" x2=\"" + svg_number(x) + "\" y2=\"" +
               svg_number(axis_y) + "\"><title>" + escape(context.text(key)) + "</title></line>";
    }

    std::map<core::TurnId, double> turn_centre;
    for (auto id : statement.turns) {
        const auto& turn = *state.turn(id);
        const double x0 = axis.x(turn.started_at);
        const double x1 = std::max(axis.x(turn.ended_at.value_or(state.last_at_ms)), x0 + 2);
        turn_centre[id] = (x0 + x1) / 2;
        svg += "<rect class=\"" + std::string(to_string(turn.side)) + "\" x=\"" + svg_number(x0) + "\" y=\"" +
               svg_number(turns_y) + "\" width=\"" + svg_number(x1 - x0 - 1) + "\" height=\"" + svg_number(turns_height) +
               "\"><title>" +
               escape(context.text("report.timeline.turn_tip",
                                   {{"turn", std::to_string(id.value)},
                                    {"name", context.name_of(turn.speaker)},
                                    {"side", std::string(to_string(turn.side))},
                                    {"time", minutes_seconds(static_cast<double>(turn.spoken_ms(state.last_at_ms)))}})) +
               "</title></rect>";
        const std::string number = std::to_string(id.value);
        if (x1 - x0 >= static_cast<double>(number.size()) * 8 + 4)
            svg += text_at((x0 + x1) / 2, turns_y + turns_height / 2 + 4, "inner on-" + std::string(to_string(turn.side)),
                           "middle", number);
    }

    // Marks closer than their width stack upwards: the lowest level free near x.
    std::map<double, std::vector<std::pair<double, int>>> placed;  // per row: (x, level)
    const auto stack = [&](double x, double base_y) {
        auto& row = placed[base_y];
        int level = 0;
        while (level + 1 < stack_levels &&
               std::any_of(row.begin(), row.end(), [&](auto& mark) { return mark.second == level && std::abs(mark.first - x) < 11; }))
            ++level;
        row.emplace_back(x, level);
        return base_y - level * stack_step;
    };
    for (const auto& crossing : context.board().crossings) {
        if (crossing.statement != statement.id) continue;
        const double x = axis.x(crossing.at_ms);
        const double y = stack(x, crossings_y);
        const std::string after = crossing.after_turn.is_none() ? "–" : std::to_string(crossing.after_turn.value);
        svg += "<path class=\"mark " + std::string(to_string(crossing.to)) + "\" d=\"M" + svg_number(x - 5) + " " +
               svg_number(y - 5) + " L" + svg_number(x + 5) + " " + svg_number(y - 5) + " L" + svg_number(x) + " " +
               svg_number(y + 5) + " Z\"><title>" +
               escape(context.text("report.timeline.crossing_tip", {{"name", context.name_of(crossing.participant)},
                                                                    {"from", context.side_name(crossing.from)},
                                                                    {"to", context.side_name(crossing.to)},
                                                                    {"turn", after}})) +
               "</title></path>";
    }
    for (const auto& fallacy : context.board().fallacies) {
        if (fallacy.statement != statement.id) continue;
        const double x = turn_centre.count(fallacy.turn) ? turn_centre[fallacy.turn] : axis.x(axis.from());
        const double y = stack(x, fallacies_y);
        const std::string status = context.status_name(fallacy.status, fallacy.missed);
        svg += "<path class=\"mark " + status_class(fallacy) + "\" d=\"M" + svg_number(x) + " " + svg_number(y - 6) + " L" +
               svg_number(x + 6) + " " + svg_number(y) + " L" + svg_number(x) + " " + svg_number(y + 6) + " L" +
               svg_number(x - 6) + " " + svg_number(y) + " Z\"><title>" +
               escape(context.text("report.timeline.fallacy_tip", {{"fallacy", context.fallacy_name(fallacy.fallacy)},
                                                                   {"rule", std::to_string(fallacy.rule)},
                                                                   {"name", context.name_of(fallacy.committed_by)},
                                                                   {"turn", std::to_string(fallacy.turn.value)},
                                                                   {"status", status}})) +
               "</title></path>";
    }
    return svg + "</svg>";
}

std::string turn_table_html(const ReportContext& context, const core::Statement& statement) {
    const auto& state = context.state();
    if (statement.turns.empty()) return {};
    std::string head = "<tr>";
    for (const char* key : {"report.col.turn", "report.timeline.col.speaker", "report.timeline.col.side",
                            "report.timeline.col.start", "table.col.speaking"})
        head += "<th scope=\"col\">" + escape(context.text(key)) + "</th>";
    std::string rows;
    for (auto id : statement.turns) {
        const auto& turn = *state.turn(id);
        rows += "<tr><th scope=\"row\">" + std::to_string(id.value) + "</th><td>" + escape(context.name_of(turn.speaker)) +
                "</td><td>" + escape(context.side_name(turn.side)) + "</td><td class=\"num\">" +
                session_clock(turn.started_at) + "</td><td class=\"num\">" +
                minutes_seconds(static_cast<double>(turn.spoken_ms(state.last_at_ms))) + "</td></tr>";
    }
    return chart_data_html(context.text("report.timeline.table_summary"), context.text("report.timeline.table_caption"),
                           head + "</tr>", rows);
}

}  // namespace lagerhuis::report
