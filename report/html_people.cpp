#include "report/html_people.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "report/feedback_pointers.hpp"
#include "report/html_text.hpp"
#include "report/number_format.hpp"
#include "report/chart_legends.hpp"
#include "report/svg_charts.hpp"

namespace lagerhuis::report {

namespace {

using core::Side;
constexpr std::array<Side, 3> sides_in_order{Side::voor, Side::twijfel, Side::tegen};

int rule_count_total(const std::vector<core::RuleCount>& counts) {
    int sum = 0;
    for (const auto& c : counts) sum += c.count;
    return sum;
}

int count(const core::Explained& number) { return static_cast<int>(number.value); }

std::string flags_text(const core::Measures& m) {
    return std::to_string(count(m.flags_confirmed)) + "/" + std::to_string(count(m.flags_dismissed)) + "/" +
           std::to_string(count(m.flags_pending));
}

std::string precision_text(const core::Measures& m) { return m.flag_precision ? percentage(*m.flag_precision) : "–"; }

std::string mean_strength_text(const ReportContext& context, const core::Measures& m) {
    return m.arguments.value > 0 ? context.decimal(m.mean_strength, 2) : "–";
}

std::string speaking_label(const ReportContext& context, const core::Measures& m) {
    return context.text("report.speaking.value", {{"time", minutes_seconds(m.speaking_ms.value)},
                                                  {"turns", std::to_string(count(m.turns))}});
}

std::string measures_row(const ReportContext& context, const std::string& name_cell, const core::Measures& m) {
    const std::string cells[] = {minutes_seconds(m.speaking_ms.value), std::to_string(count(m.turns)),
                                 std::to_string(count(m.arguments)), mean_strength_text(context, m),
                                 std::to_string(rule_count_total(m.fallacies_per_rule)), flags_text(m), precision_text(m),
                                 std::to_string(count(m.crossings))};
    std::string row = "<tr><td>" + name_cell + "</td>";
    for (const auto& cell : cells) row += "<td class=\"num\">" + escape(cell) + "</td>";
    return row + "</tr>";
}

std::string measures_head(const ReportContext& context, const char* crossings_key) {
    std::string head = "<thead><tr>";
    for (const char* key : {"table.col.name", "table.col.speaking", "table.col.turns", "table.col.arguments", "table.col.strength",
                            "table.col.fallacies", "table.col.flags", "table.col.precision", crossings_key})
        head += "<th>" + escape(context.text(key)) + "</th>";
    return head + "</tr></thead>";
}

std::string figure(const std::string& label, const std::string& value) {
    return "<div><dt>" + escape(label) + "</dt><dd>" + escape(value) + "</dd></div>";
}

std::string card_arguments(const ReportContext& context, core::ParticipantId id) {
    std::string items;
    for (const auto& argument : context.board().arguments) {
        if (argument.speaker != id || argument.retracted) continue;
        const std::string number = std::to_string(argument.id.value);
        items += "<li><a class=\"arg-id\" href=\"#arg-" + number + "\">#" + number + "</a> " +
                 element("span", "kind", context.kind_name(argument.kind));
        if (argument.kind != core::ArgumentKind::question) {
            const ArgumentFate fate = fate_of(argument);
            items += " · " + element("span", "side-tag " + std::string(to_string(argument.direction)), context.side_name(argument.direction)) +
                     " " + element("span", "scores", strength_words(context, argument)) + " " +
                     element("span", std::string("fate ") + fate_key(fate), context.fate_name(fate));
        }
        items += "<div class=\"quote\">“" + escape(argument.text) + "”</div></li>";
    }
    return items.empty() ? "<p class=\"note\">" + escape(context.text("report.card.no_arguments")) + "</p>" : "<ul class=\"plain\">" + items + "</ul>";
}

std::string card_fallacies(const ReportContext& context, const core::PersonReport& person) {
    std::string items;
    for (const auto& rule : person.measures.fallacies_per_rule) {
        if (rule.count == 0) continue;
        std::string which;
        for (const auto& f : context.board().fallacies) {
            if (f.committed_by != person.id || f.status != core::FlagOutcome::confirmed || f.rule != rule.rule) continue;
            which += (which.empty() ? "" : "; ") +
                     context.text("report.card.fallacy_in_turn", {{"fallacy", context.fallacy_name(f.fallacy)}, {"turn", std::to_string(f.turn.value)}}) +
                     (f.missed ? " (" + context.text("report.status.missed") + ")" : "");
        }
        items += "<li>" + escape(context.text("report.card.rule_count", {{"number", std::to_string(rule.rule)},
                                                                          {"rule", context.rule_name(rule.rule)},
                                                                          {"count", std::to_string(rule.count)}})) +
                 "<div class=\"quote\">" + escape(which) + "</div></li>";
    }
    return items.empty() ? "<p class=\"note\">" + escape(context.text("report.card.no_fallacies")) + "</p>" : "<ul class=\"plain\">" + items + "</ul>";
}

std::string card_flags(const ReportContext& context, const core::PersonReport& person) {
    const auto& m = person.measures;
    std::string html = "<p class=\"flag-line\">" + escape(context.text("report.card.flags", {{"confirmed", std::to_string(count(m.flags_confirmed))},
                                                                         {"dismissed", std::to_string(count(m.flags_dismissed))},
                                                                         {"pending", std::to_string(count(m.flags_pending))},
                                                                         {"precision", precision_text(m)}})) + "</p>";
    std::string items;
    for (const auto& flag : context.state().flags) {
        if (flag.flagger != person.id) continue;
        items += "<li>" + escape(context.text("report.card.fallacy_in_turn", {{"fallacy", context.fallacy_name(flag.fallacy)},
                                                                               {"turn", std::to_string(flag.turn.value)}})) +
                 " " + element("span", "status-tag " + std::string(to_string(flag.outcome)), context.status_name(flag.outcome)) + "</li>";
    }
    return html + (items.empty() ? "" : "<ul class=\"plain\">" + items + "</ul>");
}

// A card lists a person's first crossings; someone who crossed back and forth all
// evening is summed up, and the statement sections list every crossing.
constexpr int crossings_on_card = 12;

std::string card_crossings(const ReportContext& context, core::ParticipantId id) {
    std::string items;
    int listed = 0;
    int more = 0;
    for (const auto& crossing : context.board().crossings) {
        if (crossing.participant != id) continue;
        if (listed == crossings_on_card) {
            ++more;
            continue;
        }
        ++listed;
        items += "<li>" + element("span", "side-tag " + std::string(to_string(crossing.from)), context.side_name(crossing.from)) + " → " +
                 element("span", "side-tag " + std::string(to_string(crossing.to)), context.side_name(crossing.to)) + " " +
                 escape(context.text("report.card.crossing_when", {{"time", session_clock(crossing.at_ms)},
                                                                   {"number", std::to_string(crossing.statement.value)}}));
        if (!crossing.after_turn.is_none()) {
            items += ", " + escape(context.text("report.card.crossing_after", {{"turn", std::to_string(crossing.after_turn.value)},
                                                                                {"name", context.name_of(crossing.after_speaker)}}));
            for (auto argument : crossing.after_arguments)
                items += "<div class=\"quote\">“" + escape(context.argument(argument)->text) + "”</div>";
        }
        items += "</li>";
    }
    if (more > 0) items += "<li class=\"note\">" + escape(context.text("report.card.more_crossings", {{"count", std::to_string(more)}})) + "</li>";
    return items.empty() ? "<p class=\"note\">" + escape(context.text("report.card.no_crossings")) + "</p>" : "<ul class=\"plain\">" + items + "</ul>";
}

// What the card ends with: one or two things to take home, from this person's own events.
std::string card_pointers(const ReportContext& context, const core::PersonReport& person) {
    std::string items;
    for (const auto& pointer : feedback_pointers(context, person)) {
        const std::string kind = pointer.kind == PointerKind::strength ? "strength" : "work-on";
        items += "<li class=\"pointer " + kind + "\"><strong>" + escape(pointer_label(context, pointer.kind)) + "</strong> " +
                 escape(pointer_text(context, pointer)) + "</li>";
    }
    if (items.empty()) return {};
    return "<section class=\"pointers\"><h4>" + escape(context.text("report.pointers.heading")) + "</h4><ul class=\"pointers\">" +
           items + "</ul></section>";
}

}  // namespace

std::string feedback_card_html(const ReportContext& context, const core::PersonReport& person) {
    const auto& m = person.measures;
    std::string html = "<article class=\"card\" id=\"person-" + std::to_string(person.id.value) + "\"><h3>" + escape(person.name);
    if (person.role != core::Role::participant)
        html += " " + element("span", "role", context.text("role." + std::string(to_string(person.role))));
    if (person.removed) html += " " + element("span", "role", context.text("report.card.removed"));
    html += "</h3><dl class=\"figures\">";
    html += figure(context.text("table.col.speaking"), minutes_seconds(m.speaking_ms.value));
    html += figure(context.text("table.col.turns"), std::to_string(count(m.turns)));
    html += figure(context.text("table.col.arguments"), std::to_string(count(m.arguments)));
    html += figure(context.text("table.col.strength"), mean_strength_text(context, m));
    html += figure(context.text("report.card.questions"), std::to_string(person.questions));
    html += figure(context.text("report.card.appreciated"), std::to_string(person.appreciations_received));
    html += figure(context.text("table.col.crossings"), std::to_string(count(m.crossings)));
    html += figure(context.text("table.col.precision"), precision_text(m));
    html += "</dl>";
    html += "<h4>" + escape(context.text("table.col.arguments")) + "</h4>" + card_arguments(context, person.id);
    html += "<h4>" + escape(context.text("report.card.committed", {{"count", std::to_string(rule_count_total(m.fallacies_per_rule))}})) + "</h4>" +
            card_fallacies(context, person);
    html += "<h4>" + escape(context.text("report.card.flagged")) + "</h4>" + card_flags(context, person);
    html += "<h4>" + escape(context.text("table.crossings")) + "</h4>" + card_crossings(context, person.id);
    return html + card_pointers(context, person) + "</article>";
}

std::map<core::ParticipantId, std::array<double, 3>> speaking_by_side(const core::State& state) {
    std::map<core::ParticipantId, std::array<double, 3>> split;
    for (const auto& turn : state.turns)
        split[turn.speaker][static_cast<std::size_t>(turn.side)] += static_cast<double>(turn.spoken_ms(state.last_at_ms));
    return split;
}

bool gets_feedback_card(const core::PersonReport& person) {
    const auto& m = person.measures;
    const bool took_part = m.turns.value > 0 || m.flags_confirmed.value + m.flags_dismissed.value + m.flags_pending.value > 0 ||
                           m.crossings.value != 0;
    return person.role == core::Role::participant || (!core::is_facilitating(person.role) && took_part);
}

std::string speaking_section_html(const ReportContext& context) {
    const auto& board = context.board();
    BarChart per_side;
    per_side.title = context.text("report.speaking.per_side");
    for (Side side : sides_in_order) {
        const auto& m = board.sides[static_cast<std::size_t>(side)].measures;
        per_side.bars.push_back({context.side_name(side),
                                 {{m.speaking_ms.value, std::string(to_string(side)), {}, context.side_name(side), {}}},
                                 speaking_label(context, m)});
    }

    std::vector<const core::PersonReport*> people;
    for (const auto& person : board.participants)
        if (person.measures.turns.value > 0 || gets_feedback_card(person)) people.push_back(&person);
    std::stable_sort(people.begin(), people.end(),
                     [](auto* a, auto* b) { return a->measures.speaking_ms.value > b->measures.speaking_ms.value; });
    const auto split = speaking_by_side(context.state());
    BarChart per_person;
    per_person.title = context.text("report.speaking.per_person");
    for (const auto* person : people) {
        Bar bar{person->name, {}, speaking_label(context, person->measures)};
        const auto found = split.find(person->id);
        for (Side side : sides_in_order) {
            const double ms = found == split.end() ? 0.0 : found->second[static_cast<std::size_t>(side)];
            bar.segments.push_back(
                {ms, std::string(to_string(side)), {}, context.side_name(side) + ": " + minutes_seconds(ms), minutes_seconds(ms)});
        }
        per_person.bars.push_back(std::move(bar));
    }
    return "<section id=\"speaking\"><h2>" + escape(context.text("report.speaking.heading")) + "</h2><p class=\"note\">" +
           escape(context.text("report.speaking.explain")) + "</p><h3>" + escape(per_side.title) + "</h3><figure>" +
           bar_chart_svg(per_side) + bar_chart_table_html(per_side, {}, chart_table_headings(context, "report.timeline.col.side")) +
           "</figure><h3>" + escape(per_person.title) + "</h3><figure>" + bar_chart_svg(per_person) +
           legend_html(side_legend(context)) +
           bar_chart_table_html(per_person, side_legend(context), chart_table_headings(context, "table.col.name")) +
           "</figure></section>";
}

std::string sides_section_html(const ReportContext& context) {
    std::string rows;
    for (const auto& side : context.board().sides)
        rows += measures_row(context, element("span", "side-tag " + std::string(to_string(side.side)), context.side_name(side.side)),
                             side.measures);
    std::string people_rows;
    for (const auto& person : context.board().participants)
        if (gets_feedback_card(person))
            people_rows += measures_row(context, "<a href=\"#person-" + std::to_string(person.id.value) + "\">" + escape(person.name) + "</a>",
                                        person.measures);
    return "<section id=\"sides\"><h2>" + escape(context.text("report.sides.heading")) + "</h2><p class=\"note\">" +
           escape(context.text("report.sides.explain")) + "</p><table class=\"measures\">" +
           measures_head(context, "report.col.net_crossings") + "<tbody>" + rows + "</tbody></table><h3>" +
           escape(context.text("table.people")) + "</h3><table class=\"measures\">" + measures_head(context, "table.col.crossings") +
           "<tbody>" + people_rows + "</tbody></table></section>";
}

std::string feedback_section_html(const ReportContext& context) {
    std::string cards;
    for (const auto& person : context.board().participants)
        if (gets_feedback_card(person)) cards += feedback_card_html(context, person);
    return "<section id=\"feedback\"><h2>" + escape(context.text("report.card.heading")) + "</h2><p class=\"note\">" +
           escape(context.text("report.card.explain")) + "</p><div class=\"cards\">" + cards + "</div></section>";
}

}  // namespace lagerhuis::report
