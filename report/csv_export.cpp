#include "report/csv_export.hpp"

#include <algorithm>
#include <initializer_list>

#include "report/report_context.hpp"
#include "report/room_answer.hpp"

namespace lagerhuis::report {

namespace {

using core::Side;

constexpr int strength_decimals = 6;  // σ and τ to the millionth: enough to recompute sums
constexpr int seconds_decimals = 3;   // the log keeps milliseconds

double seconds(core::Millis ms) { return static_cast<double>(ms) / 1000.0; }
std::string name(auto value) { return std::string(to_string(value)); }

class TableBuilder {
public:
    TableBuilder(std::string name, const CsvOptions& options, std::initializer_list<std::string_view> columns)
        : name_(std::move(name)), writer_(options.dialect) {
        for (auto column : columns) writer_.text(column);
        writer_.end_row();
    }
    CsvWriter& row() { return writer_; }
    CsvFile done() const { return {name_, writer_.str(), writer_.rows() - 1}; }

private:
    std::string name_;
    CsvWriter writer_;
};

void counts(CsvWriter& row, const std::optional<core::SideCounts>& c) {
    if (!c) {
        row.empty().empty().empty();
        return;
    }
    row.integer(c->voor).integer(c->tegen).integer(c->twijfel);
}

CsvFile statements(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("statements.csv", options,
                       {"statement", "text", "status", "verdict_strength", "verdict", "opening_voor", "opening_tegen",
                        "opening_twijfel", "closing_voor", "closing_tegen", "closing_twijfel", "shift_voor", "shift_tegen",
                        "shift_twijfel", "crossings", "better_arguments_won"});
    for (const auto& s : context.board().statements) {
        auto& row = table.row();
        row.integer(s.id.value).text(s.text).text(name(s.status)).number(s.strength.value, strength_decimals).text(name(s.verdict));
        counts(row, s.opening);
        counts(row, s.closing);
        counts(row, s.shift);
        row.integer(s.crossings).text(room_answer_key(better_arguments_won(s)));
        row.end_row();
    }
    return table.done();
}

CsvFile turns(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("turns.csv", options,
                       {"turn", "statement", "speaker_id", "speaker", "side", "started_at_s", "ended_at_s", "spoken_s",
                        "limit_s", "arguments", "flags", "override_reason"});
    const auto& state = context.state();
    for (const auto& turn : state.turns) {
        auto& row = table.row();
        row.integer(turn.id.value).integer(turn.statement.value).integer(turn.speaker.value).text(context.name_of(turn.speaker));
        row.text(name(turn.side)).number(seconds(turn.started_at), seconds_decimals);
        turn.ended_at ? row.number(seconds(*turn.ended_at), seconds_decimals) : row.empty();
        row.number(seconds(turn.spoken_ms(state.last_at_ms)), seconds_decimals).number(seconds(turn.limit_ms), seconds_decimals);
        row.integer(static_cast<std::int64_t>(turn.arguments.size())).integer(static_cast<std::int64_t>(turn.flags.size()));
        row.text(turn.override_reason);
        row.end_row();
    }
    return table.done();
}

CsvFile arguments(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("arguments.csv", options,
                       {"argument", "statement", "turn", "speaker_id", "speaker", "kind", "target", "direction", "evidence",
                        "text", "retracted", "irrelevant", "appreciations", "base", "strength", "attack", "support", "fate"});
    for (const auto& a : context.board().arguments) {
        const auto& argument = *context.state().argument(a.id);
        const bool scored = !a.retracted && a.kind != core::ArgumentKind::question;
        const ArgumentFate fate = fate_of(a);
        auto& row = table.row();
        row.integer(a.id.value).integer(a.statement.value).integer(a.turn.value).integer(a.speaker.value).text(context.name_of(a.speaker));
        row.text(name(a.kind)).integer(a.target.value).text(name(a.direction)).text(name(argument.evidence)).text(a.text);
        row.flag(a.retracted).flag(argument.irrelevant).integer(static_cast<std::int64_t>(argument.appreciations.size()));
        row.number(a.base.value, strength_decimals).number(a.strength, strength_decimals);
        row.number(a.attack, strength_decimals).number(a.support, strength_decimals);
        row.text(scored ? fate_key(fate) : "");
        row.end_row();
    }
    return table.done();
}

CsvFile fallacies(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("fallacies.csv", options,
                       {"statement", "turn", "fallacy", "fallacy_name", "rule", "rule_name", "committed_by_id", "committed_by",
                        "hurt_side", "status", "missed", "flagged_by", "flags", "tags"});
    for (const auto& f : context.board().fallacies) {
        std::string flagged_by;
        for (auto id : f.flagged_by) flagged_by += (flagged_by.empty() ? "" : "; ") + context.name_of(id);
        auto& row = table.row();
        row.integer(f.statement.value).integer(f.turn.value).text(f.fallacy).text(context.fallacy_name(f.fallacy));
        row.integer(f.rule).text(context.rule_name(f.rule)).integer(f.committed_by.value).text(context.name_of(f.committed_by));
        row.text(name(f.side)).text(name(f.status)).flag(f.missed).text(flagged_by);
        row.integer(static_cast<std::int64_t>(f.flags.size())).integer(static_cast<std::int64_t>(f.tags.size()));
        row.end_row();
    }
    return table.done();
}

CsvFile flags(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("flags.csv", options,
                       {"flag", "statement", "turn", "argument", "at_s", "flagger_id", "flagger", "flagger_seat", "fallacy",
                        "fallacy_name", "rule", "speaker_id", "speaker", "outcome"});
    const auto& state = context.state();
    for (const auto& flag : state.flags) {
        const auto& turn = *state.turn(flag.turn);
        const auto* fallacy = state.config.catalog.find(flag.fallacy);
        auto& row = table.row();
        row.integer(flag.id.value).integer(turn.statement.value).integer(flag.turn.value).integer(flag.argument.value);
        row.number(seconds(flag.at_ms), seconds_decimals).integer(flag.flagger.value).text(context.name_of(flag.flagger));
        row.text(flag.flagger_seat ? name(*flag.flagger_seat) : "").text(flag.fallacy).text(context.fallacy_name(flag.fallacy));
        row.integer(fallacy ? fallacy->rule : 0).integer(turn.speaker.value).text(context.name_of(turn.speaker)).text(name(flag.outcome));
        row.end_row();
    }
    return table.done();
}

CsvFile crossings(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("crossings.csv", options,
                       {"seq", "at_s", "statement", "participant_id", "participant", "from", "to", "after_turn",
                        "after_speaker_id", "after_speaker", "after_arguments", "after_argument_texts"});
    for (const auto& c : context.board().crossings) {
        std::string ids;
        std::string texts;
        for (auto id : c.after_arguments) {
            ids += (ids.empty() ? "" : " ") + std::to_string(id.value);
            texts += (texts.empty() ? "" : " | ") + context.argument(id)->text;
        }
        auto& row = table.row();
        row.integer(static_cast<std::int64_t>(c.seq)).number(seconds(c.at_ms), seconds_decimals).integer(c.statement.value);
        row.integer(c.participant.value).text(context.name_of(c.participant)).text(name(c.from)).text(name(c.to));
        row.integer(c.after_turn.value).integer(c.after_speaker.value);
        row.text(c.after_speaker.is_none() ? "" : context.name_of(c.after_speaker)).text(ids).text(texts);
        row.end_row();
    }
    return table.done();
}

CsvFile polls(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("polls.csv", options, {"poll", "statement", "open", "voor", "tegen", "twijfel", "ballots"});
    for (const auto& poll : context.state().polls) {
        auto& row = table.row();
        row.integer(poll.id.value).integer(poll.statement.value).flag(poll.open);
        row.integer(poll.count(Side::voor)).integer(poll.count(Side::tegen)).integer(poll.count(Side::twijfel));
        row.integer(poll.ballot_count());
        row.end_row();
    }
    return table.done();
}

CsvFile votes(const ReportContext& context, const CsvOptions& options) {
    const auto& state = context.state();
    if (state.config.rules.anonymous_ballots) {
        TableBuilder table("votes.csv", options, {"poll", "statement", "choice"});
        for (const auto& poll : state.polls) {
            // From the counts: a sealed poll has no ballots left, and counts keep no order.
            std::vector<Side> choices;
            for (Side side : {Side::voor, Side::tegen, Side::twijfel}) choices.insert(choices.end(), poll.count(side), side);
            for (Side choice : choices) {
                table.row().integer(poll.id.value).integer(poll.statement.value).text(name(choice));
                table.row().end_row();
            }
        }
        return table.done();
    }
    TableBuilder table("votes.csv", options, {"poll", "statement", "participant_id", "participant", "choice"});
    for (const auto& poll : state.polls) {
        for (const auto& [who, choice] : poll.ballots) {
            table.row().integer(poll.id.value).integer(poll.statement.value).integer(who.value).text(context.name_of(who)).text(name(choice));
            table.row().end_row();
        }
    }
    return table.done();
}

CsvFile participants(const ReportContext& context, const CsvOptions& options) {
    TableBuilder table("participants.csv", options,
                       {"participant_id", "name", "role", "removed", "speaking_s", "turns", "arguments", "mean_strength",
                        "questions", "appreciations_given", "appreciations_received", "fallacies_committed", "rule_1",
                        "rule_2", "rule_3", "rule_4", "rule_5", "rule_6", "rule_7", "rule_8", "rule_9", "rule_10",
                        "missed_fallacies", "flags_confirmed", "flags_dismissed", "flags_pending", "flag_precision",
                        "crossings"});
    for (const auto& person : context.board().participants) {
        const auto& m = person.measures;
        auto& row = table.row();
        row.integer(person.id.value).text(person.name).text(name(person.role)).flag(person.removed);
        row.number(m.speaking_ms.value / 1000.0, seconds_decimals).integer(static_cast<std::int64_t>(m.turns.value));
        row.integer(static_cast<std::int64_t>(m.arguments.value));
        m.arguments.value > 0 ? row.number(m.mean_strength, strength_decimals) : row.empty();
        row.integer(person.questions).integer(person.appreciations_given).integer(person.appreciations_received);
        int committed = 0;
        for (const auto& rule : m.fallacies_per_rule) committed += rule.count;
        row.integer(committed);
        for (int rule = 1; rule <= 10; ++rule) {
            const auto found = std::find_if(m.fallacies_per_rule.begin(), m.fallacies_per_rule.end(),
                                            [&](const core::RuleCount& c) { return c.rule == rule; });
            row.integer(found == m.fallacies_per_rule.end() ? 0 : found->count);
        }
        row.integer(m.missed_fallacies).integer(static_cast<std::int64_t>(m.flags_confirmed.value));
        row.integer(static_cast<std::int64_t>(m.flags_dismissed.value)).integer(static_cast<std::int64_t>(m.flags_pending.value));
        m.flag_precision ? row.number(*m.flag_precision, 4) : row.empty();
        row.integer(static_cast<std::int64_t>(m.crossings.value));
        row.end_row();
    }
    return table.done();
}

}  // namespace

std::vector<CsvFile> csv_tables(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                                const CsvOptions& options) {
    const ReportContext context(state, board, messages, options.language);
    return {statements(context, options), turns(context, options),  arguments(context, options),
            fallacies(context, options),  flags(context, options),  crossings(context, options),
            polls(context, options),      votes(context, options),  participants(context, options)};
}

}  // namespace lagerhuis::report
