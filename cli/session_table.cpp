#include "cli/session_table.hpp"

#include "report/number_format.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace lagerhuis::cli {
namespace {

using core::Language;
using Params = core::MessageCatalog::Params;

// Columns line up by what a terminal shows, not by bytes: "Yılmaz" is 6 wide.
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string pad(const std::string& text, std::size_t width, bool right = false) {
    const std::size_t shown = display_width(text);
    const std::string fill(shown < width ? width - shown : 0, ' ');
    return right ? fill + text : text + fill;
}

// Numbers as the HTML report and the CSV spell them (report/number_format): one place.
std::string fixed(double value, int decimals, Language language = Language::en) {
    return report::decimal(value, decimals, language);
}

int total(const std::vector<core::RuleCount>& counts) {
    int sum = 0;
    for (const auto& c : counts) sum += c.count;
    return sum;
}

class TableWriter {
public:
    TableWriter(const core::State& state, const core::MessageCatalog& messages, Language language)
        : state_(state), messages_(messages), language_(language) {}

    std::string text(std::string_view key, const Params& params = {}) const { return messages_.render(key, params, language_); }

    std::string counts(const core::SideCounts& c) const {
        return text("table.counts", {{"voor", std::to_string(c.voor)}, {"tegen", std::to_string(c.tegen)},
                                     {"twijfel", std::to_string(c.twijfel)}});
    }

    std::string name_of(core::ParticipantId id) const {
        const auto* who = state_.participant(id);
        return who ? who->name : "?";
    }

    std::string fallacy_name(const std::string& id) const {
        const auto* fallacy = state_.config.catalog.find(id);
        return fallacy ? fallacy->name.in(language_) : id;
    }

    void statement(std::ostringstream& out, const core::StatementReport& s) const {
        out << '\n' << text("table.statement", {{"number", std::to_string(s.id.value)}, {"text", s.text}}) << '\n';
        out << "  " << text("table.verdict", {{"strength", fixed(s.strength.value, 3, language_)}, {"side", std::string(to_string(s.verdict))}})
            << '\n';
        if (s.opening) out << "  " << text("table.opening") << ": " << counts(*s.opening) << '\n';
        if (s.closing) out << "  " << text("table.closing") << ": " << counts(*s.closing) << '\n';
        if (s.shift) out << "  " << text("table.shift") << ": " << counts(*s.shift) << '\n';
        for (const auto& poll : s.polls) out << "  " << text("table.poll") << ": " << counts(poll.ballots) << '\n';
        out << "  " << text("table.crossings") << ": " << s.crossings << '\n';
    }

    void measures_header(std::ostringstream& out, std::size_t name_width) const {
        out << "  " << pad(text("table.col.name"), name_width);
        for (const char* key : {"table.col.speaking", "table.col.turns", "table.col.arguments", "table.col.strength",
                                "table.col.fallacies", "table.col.flags", "table.col.precision", "table.col.crossings"})
            out << "  " << pad(text(key), 10, true);
        out << '\n';
    }

    void measures_row(std::ostringstream& out, const std::string& name, std::size_t name_width,
                      const core::Measures& m) const {
        const std::string flags = fixed(m.flags_confirmed.value, 0) + "/" + fixed(m.flags_dismissed.value, 0) + "/" +
                                  fixed(m.flags_pending.value, 0);
        const std::string cells[] = {report::minutes_seconds(m.speaking_ms.value),
                                     fixed(m.turns.value, 0),
                                     fixed(m.arguments.value, 0),
                                     m.arguments.value > 0 ? fixed(m.mean_strength, 2, language_) : "–",
                                     std::to_string(total(m.fallacies_per_rule)),
                                     flags,
                                     m.flag_precision ? fixed(*m.flag_precision * 100, 0) + "%" : "–",
                                     fixed(m.crossings.value, 0)};
        out << "  " << pad(name, name_width);
        for (const auto& cell : cells) out << "  " << pad(cell, 10, true);
        out << '\n';
    }

    void fallacy(std::ostringstream& out, const core::FallacyReport& f) const {
        std::string spotted;
        for (auto id : f.flagged_by) spotted += (spotted.empty() ? "" : ", ") + name_of(id);
        const std::string status = f.missed ? text("table.missed") : text("outcome." + std::string(to_string(f.status)));
        out << "  " << text("table.fallacy_line", {{"fallacy", fallacy_name(f.fallacy)},
                                                   {"rule", std::to_string(f.rule)},
                                                   {"name", name_of(f.committed_by)},
                                                   {"turn", std::to_string(f.turn.value)},
                                                   {"status", status}});
        if (!spotted.empty()) out << " · " << text("table.spotted_by", {{"names", spotted}});
        out << '\n';
    }

    // "#12 Tegen  τ 0,65 → σ 0,41  Eva Smit: “…”" with the rules behind τ beneath it.
    void argument(std::ostringstream& out, const core::ArgumentReport& a) const {
        if (a.retracted || a.kind == core::ArgumentKind::question) return;
        out << "  #" << a.id.value << ' ' << text("kind." + std::string(to_string(a.kind)));
        if (!a.target.is_none()) out << " → #" << a.target.value;
        out << " (" << text("side." + std::string(to_string(a.direction))) << ")  τ " << fixed(a.base.value, 2, language_)
            << " → σ " << fixed(a.strength, 2, language_) << "  " << name_of(a.speaker) << ": “" << a.text << "”\n";
        std::string terms;
        for (const auto& term : a.base.terms) {
            Params params = term.params;
            for (auto& [key, value] : params)
                if (key == "fallacy") value = fallacy_name(value);
            terms += (terms.empty() ? "" : "; ") + text("score." + term.rule, params) + " " +
                     (term.delta >= 0 ? "+" : "") + fixed(term.delta, 2, language_);
        }
        out << "      " << terms << '\n';
    }

    void crossing(std::ostringstream& out, const core::CrossingReport& c) const {
        std::string after = "–";
        if (!c.after_turn.is_none()) {
            after = name_of(c.after_speaker);
            if (!c.after_arguments.empty()) after += ": “" + state_.argument(c.after_arguments.front())->text + "”";
        }
        out << "  " << text("table.crossing_line", {{"name", name_of(c.participant)}, {"from", std::string(to_string(c.from))},
                                                    {"to", std::string(to_string(c.to))}, {"after", after}})
            << '\n';
    }

private:
    const core::State& state_;
    const core::MessageCatalog& messages_;
    Language language_;
};

}  // namespace

std::string session_table(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                          Language language) {
    const TableWriter w(state, messages, language);
    std::ostringstream out;
    out << w.text("table.title", {{"title", board.title}}) << '\n';
    for (const auto& statement : board.statements) w.statement(out, statement);

    std::size_t name_width = 12;
    for (const auto& person : board.participants) name_width = std::max(name_width, display_width(person.name));

    for (const auto& statement : board.statements) {
        out << '\n' << w.text("table.arguments", {{"number", std::to_string(statement.id.value)}}) << '\n';
        for (const auto& argument : board.arguments)
            if (argument.statement == statement.id) w.argument(out, argument);
    }

    out << '\n' << w.text("table.sides") << '\n';
    w.measures_header(out, name_width);
    for (const auto& side : board.sides)
        w.measures_row(out, w.text("side." + std::string(to_string(side.side))), name_width, side.measures);

    out << '\n' << w.text("table.people") << '\n';
    w.measures_header(out, name_width);
    for (const auto& person : board.participants)
        if (person.role == core::Role::participant) w.measures_row(out, person.name, name_width, person.measures);

    out << '\n' << w.text("table.fallacies") << '\n';
    for (const auto& fallacy : board.fallacies) w.fallacy(out, fallacy);

    out << '\n' << w.text("table.crossings_list") << '\n';
    for (const auto& crossing : board.crossings) w.crossing(out, crossing);

    out << '\n' << w.text("table.rules") << '\n';
    for (const auto& rule : board.violations_per_rule) {
        if (rule.count == 0) continue;
        const auto* known = state.config.catalog.find_rule(rule.rule);
        out << "  " << rule.rule << ". " << (known ? known->name.in(language) : "?") << ": " << rule.count << '\n';
    }
    out << '\n' << w.text("table.footer") << '\n';
    return out.str();
}

}  // namespace lagerhuis::cli
