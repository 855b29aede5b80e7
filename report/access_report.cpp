#include "report/access_report.hpp"

#include "core/access_request.hpp"
#include "core/erasure.hpp"
#include "proto/json_codec.hpp"
#include "report/html_people.hpp"
#include "report/html_text.hpp"
#include "report/number_format.hpp"
#include "report/pseudonyms.hpp"
#include "report/report_context.hpp"
#include "report/report_style.hpp"
#include "report/scored_session.hpp"

namespace lagerhuis::report {

namespace {

std::string type_name(const core::Event& event) {
    return std::visit([](const auto& body) { return std::string(std::decay_t<decltype(body)>::type_name); }, event.body);
}

// Each event with its fields as the log stores them: exact, so a person can hold it
// against the file, without a text per event type.
std::string events_table(const ReportContext& context, const std::vector<core::Event>& events) {
    std::string rows;
    for (const auto& event : events)
        rows += "<tr><td class=\"num\">" + std::to_string(event.seq) + "</td><td class=\"num\">" + session_clock(event.at_ms) +
                "</td><td>" + escape(type_name(event)) + "</td><td><code>" + escape(proto::encode_event_body(event)) + "</code></td></tr>";
    std::string head;
    for (const char* key : {"access.col.seq", "access.col.time", "access.col.event", "access.col.fields"})
        head += "<th scope=\"col\">" + escape(context.text(key)) + "</th>";
    return "<section id=\"events\"><h2>" +
           escape(context.text("access.events.heading", {{"count", std::to_string(events.size())}})) + "</h2><p class=\"note\">" +
           escape(context.text("access.events.explain")) + "</p><table class=\"measures\"><thead><tr>" + head +
           "</tr></thead><tbody>" + rows + "</tbody></table></section>";
}

std::string access_notes_section(const ReportContext& context, const std::vector<ReportNote>& notes) {
    std::string items;
    for (const auto& note : notes) {
        const std::string where = note.at_ms ? session_clock(*note.at_ms) : context.text("report.notes.whole_session");
        items += "<li><strong>" + escape(where) + "</strong> " + escape(note.text) + "</li>";
    }
    if (items.empty()) items = "<li class=\"note\">" + escape(context.text("access.notes.none")) + "</li>";
    return "<section id=\"notes\"><h2>" + escape(context.text("report.notes.heading")) + "</h2><ul class=\"plain\">" + items +
           "</ul></section>";
}

bool names_any(const std::string& text, const std::vector<std::string>& names) {
    for (const auto& name : names)
        if (text.find(name) != std::string::npos) return true;
    return false;
}

// Pinned to one of their arguments, or naming them (read before the names are replaced).
std::vector<ReportNote> notes_about(const std::vector<ReportNote>& notes, const core::State& state, core::ParticipantId who,
                                    const std::vector<std::string>& names, const Pseudonyms& pseudonyms) {
    std::vector<ReportNote> about;
    for (const auto& note : notes) {
        const core::Argument* argument = note.argument.is_none() ? nullptr : state.argument(note.argument);
        if (!(argument && argument->speaker == who) && !names_any(note.text, names)) continue;
        ReportNote kept = note;
        kept.author.clear();
        kept.text = pseudonyms.scrub(note.text);
        about.push_back(std::move(kept));
    }
    return about;
}

}  // namespace

std::string access_report_html(const core::State& state, const core::Scoreboard& board, const AccessReport& about,
                               const core::MessageCatalog& messages, core::Language language) {
    const ReportContext context(state, board, messages, language);
    const std::string title = context.text("access.title", {{"name", context.name_of(about.who)}, {"title", board.title}});
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(language)) +
                       "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>" + escape(title) + "</title><style>" + report_stylesheet() + "</style></head><body>";
    html += "<header><h1>" + escape(title) + "</h1>";
    for (const char* key : {"access.explain", "access.others", "access.ballots"})
        html += "<p class=\"note\">" + escape(context.text(key)) + "</p>";
    html += "</header><main>";
    if (const auto* person = context.person(about.who))
        html += "<section id=\"feedback\"><h2>" + escape(context.text("access.card.heading")) + "</h2>" +
                feedback_card_html(context, *person) + "</section>";
    html += access_notes_section(context, about.notes) + events_table(context, about.events) + "</main>";
    return html + "<footer>" + escape(context.text("table.footer")) + "</footer></body></html>\n";
}

AccessExport access_export(std::span<const core::Event> log, const std::vector<ReportNote>& notes, core::ParticipantId who,
                           const core::MessageCatalog& messages, core::Language language) {
    const std::vector<core::Event> original(log.begin(), log.end());
    const auto pseudonyms =
        Pseudonyms::from_log(log, messages.render("report.pseudonym.facilitator", {}, language), who);
    const std::vector<core::Event> pseudonymized = pseudonymize(log, pseudonyms);
    const ScoredSession session = score_session(pseudonymized);
    AccessReport about{who, core::events_about(pseudonymized, who),
                       notes_about(notes, session.state, who, core::names_of(original, who), pseudonyms)};
    std::string html = access_report_html(session.state, session.board, about, messages, language);
    return {std::move(about.events), std::move(html)};
}

}  // namespace lagerhuis::report
