#include "report/html_report.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "report/html_fallacies.hpp"
#include "report/html_people.hpp"
#include "report/html_statements.hpp"
#include "report/html_text.hpp"
#include "report/number_format.hpp"
#include "report/pseudonyms.hpp"
#include "report/report_context.hpp"
#include "report/report_style.hpp"
#include "report/room_answer.hpp"
#include "report/scored_session.hpp"

namespace lagerhuis::report {

namespace {

std::string header(const ReportContext& context, const HtmlOptions& options) {
    const auto& state = context.state();
    const auto& board = context.board();
    int people = 0;
    for (const auto& person : board.participants) people += person.role == core::Role::participant ? 1 : 0;
    int arguments = 0;
    for (const auto& argument : state.arguments) arguments += argument.in_graph() ? 1 : 0;
    // "1 stelling", "12 deelnemers": each count with its noun, then the line around them.
    const auto counted = [&](std::string_view part, std::size_t count) {
        return context.text("report.subtitle." + std::string(part), {{"count", std::to_string(count)}});
    };
    std::string html = "<header><h1>" + escape(context.text("report.title", {{"title", board.title}})) + "</h1>";
    html += "<p class=\"subtitle\">" +
            escape(context.text("report.subtitle", {{"people", counted("people", people)},
                                                    {"statements", counted("statements", board.statements.size())},
                                                    {"turns", counted("turns", state.turns.size())},
                                                    {"arguments", counted("arguments", arguments)},
                                                    {"duration", session_clock(board.at_ms)}})) +
            "</p>";
    html += "<p class=\"note\">" + escape(context.text("report.source", {{"events", thousands(board.up_to_seq, context.language())}})) + "</p>";
    if (options.pseudonymize) html += "<p class=\"banner\">" + escape(context.text("report.pseudonymized")) + "</p>";
    return html + "</header>";
}

std::string contents(const ReportContext& context) {
    std::string items = "<li><a href=\"#overview\">" + escape(context.text("report.overview.heading")) + "</a></li>";
    for (const auto& s : context.board().statements)
        items += "<li><a href=\"#statement-" + std::to_string(s.id.value) + "\">" +
                 escape(shortened(context.text("table.statement", {{"number", std::to_string(s.id.value)}, {"text", s.text}}), 60)) +
                 "</a></li>";
    for (const auto& [anchor, key] : {std::pair{"speaking", "report.speaking.heading"}, std::pair{"sides", "report.sides.heading"},
                                      std::pair{"fallacies", "table.fallacies"}, std::pair{"feedback", "report.card.heading"}})
        items += std::string("<li><a href=\"#") + anchor + "\">" + escape(context.text(key)) + "</a></li>";
    return "<nav class=\"toc\" aria-label=\"" + escape(context.text("report.contents")) + "\"><strong>" + escape(context.text("report.contents")) + "</strong><ol>" + items + "</ol></nav>";
}

// "4 · 5 · 3" in the colours of voor, tegen and twijfel: the table stays narrow enough to
// read at a glance; the explanation above it says the order.
std::string counts_cell(const std::optional<core::SideCounts>& counts, bool signed_counts) {
    if (!counts) return "–";
    const auto spell = [&](int n) { return signed_counts ? signed_count(n) : std::to_string(n); };
    return "<span class=\"count-voor\">" + spell(counts->voor) + "</span> · <span class=\"count-tegen\">" + spell(counts->tegen) +
           "</span> · <span class=\"count-twijfel\">" + spell(counts->twijfel) + "</span>";
}

// The trainer's favourite question for every statement in one table.
std::string overview(const ReportContext& context) {
    std::string rows;
    for (const auto& s : context.board().statements) {
        const std::string answer_key = room_answer_key(better_arguments_won(s));
        const std::optional<core::SideCounts> poll = s.polls.empty() ? std::nullopt : std::optional{s.polls.back().ballots};
        rows += "<tr><td><a href=\"#statement-" + std::to_string(s.id.value) + "\">" + std::to_string(s.id.value) + ". " +
                escape(s.text) + "</a></td><td class=\"num\">" + context.decimal(s.strength.value, 3) + " " +
                element("span", "side-tag " + std::string(to_string(s.verdict)),
                        s.verdict == core::Side::twijfel ? context.text("report.overview.tie") : context.side_name(s.verdict)) +
                "</td><td class=\"counts\">" + counts_cell(s.opening, false) + "</td><td class=\"counts\">" +
                counts_cell(s.closing, false) + "</td><td class=\"counts\">" + counts_cell(s.shift, true) +
                "</td><td class=\"counts\">" + counts_cell(poll, false) +
                "</td><td class=\"num\">" + std::to_string(s.crossings) + "</td><td>" +
                element("span", "answer-small " + answer_key, context.text("report.verdict.answer." + answer_key)) +
                "</td></tr>";
    }
    std::string head;
    for (const char* key : {"report.col.statement", "report.col.verdict", "table.opening", "table.closing", "table.shift",
                            "table.poll", "table.crossings", "report.col.better_won"})
        head += "<th>" + escape(context.text(key)) + "</th>";
    return "<section id=\"overview\"><h2>" + escape(context.text("report.overview.heading")) + "</h2><p class=\"note\">" +
           escape(context.text("report.overview.explain")) + "</p><table class=\"overview\"><thead><tr>" + head +
           "</tr></thead><tbody>" + rows + "</tbody></table></section>";
}

// The trainer's notes, by their moment (notes on the whole session first).
std::string notes_section(const ReportContext& context, const HtmlOptions& options) {
    if (options.notes.empty()) return {};
    const std::string heading = "<section id=\"notes\"><h2>" + escape(context.text("report.notes.heading")) + "</h2>";
    if (options.pseudonymize)
        return heading + "<p class=\"note\">" + escape(context.text("report.notes.left_out")) + "</p></section>";
    std::vector<const ReportNote*> notes;
    for (const auto& note : options.notes) notes.push_back(&note);
    std::stable_sort(notes.begin(), notes.end(), [](auto* a, auto* b) { return a->at_ms.value_or(-1) < b->at_ms.value_or(-1); });
    std::string items;
    for (const auto* note : notes) {
        std::string where = note->at_ms ? session_clock(*note->at_ms) : context.text("report.notes.whole_session");
        if (const auto* argument = context.argument(note->argument))
            where = context.text("report.notes.on_argument", {{"number", std::to_string(argument->id.value)},
                                                              {"name", context.name_of(argument->speaker)}});
        items += "<li><strong>" + escape(where) + "</strong> " + escape(note->text) +
                 (note->author.empty() ? "" : " <span class=\"note\">— " + escape(note->author) + "</span>") + "</li>";
    }
    return heading + "<ul class=\"plain\">" + items + "</ul></section>";
}

}  // namespace

std::string html_report(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                        const HtmlOptions& options) {
    const ReportContext context(state, board, messages, options.language);
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(options.language)) +
                       "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>" + escape(context.text("report.title", {{"title", board.title}})) + "</title><style>" +
                       report_stylesheet() + "</style></head><body>";
    // Landmarks: the title, the contents, the report itself and its footer.
    html += header(context, options) + contents(context) + "<main>" + overview(context);
    for (const auto& statement : board.statements) html += statement_section_html(context, statement);
    html += speaking_section_html(context) + sides_section_html(context) + fallacy_section_html(context) +
            feedback_section_html(context) + notes_section(context, options) + "</main>";
    html += "<footer>" + escape(context.text("table.footer")) + "</footer></body></html>\n";
    return html;
}

std::string html_report(std::span<const core::Event> events, const core::MessageCatalog& messages, const HtmlOptions& options,
                        const Progress& progress) {
    std::vector<core::Event> pseudonymized;
    if (options.pseudonymize) {
        pseudonymized = pseudonymize(events, messages, options.language);
        events = pseudonymized;
    }
    // The fold's own "done" is not ours: the text still has to be written.
    const Progress folding = progress ? Progress([&](std::size_t done, std::size_t total) {
        if (done < total) progress(done, total);
    })
                                      : Progress{};
    const ScoredSession session = score_session(events, folding);
    std::string html = html_report(session.state, session.board, messages, options);
    if (progress) progress(events.size(), events.size());
    return html;
}

}  // namespace lagerhuis::report
