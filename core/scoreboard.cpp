#include "scoreboard.hpp"

#include <algorithm>

#include "argument_scores.hpp"
#include "dfquad.hpp"

namespace lagerhuis::core {
namespace {

constexpr std::array<Side, 3> all_sides{Side::voor, Side::tegen, Side::twijfel};

void add_term(Explained& number, const char* rule, double delta, Seq event,
              std::vector<std::pair<std::string, std::string>> params = {}) {
    number.value += delta;
    number.terms.push_back({rule, delta, {event}, std::move(params)});
}

SideCounts counts_of(auto const& holder) {
    return {holder.count(Side::voor), holder.count(Side::tegen), holder.count(Side::twijfel)};
}

std::vector<RuleCount> per_rule(const std::vector<const FallacyReport*>& fallacies) {
    std::vector<RuleCount> counts;
    for (int rule = 1; rule <= 10; ++rule) {
        const auto n = std::count_if(fallacies.begin(), fallacies.end(), [&](auto* f) { return f->rule == rule; });
        counts.push_back({rule, static_cast<int>(n)});
    }
    return counts;
}

ArgumentReport report_argument(const State& state, const Argument& argument) {
    ArgumentReport report;
    report.id = argument.id;
    report.statement = argument.statement;
    report.turn = argument.turn;
    report.speaker = argument.speaker;
    report.kind = argument.kind;
    report.target = argument.target;
    report.direction = argument.direction;
    report.text = argument.text;
    report.retracted = argument.retracted;
    report.base.value = base_score(state, argument, &report.base.terms);
    std::vector<double> attack;
    std::vector<double> support;
    for (ArgumentId id : argument.replies) {
        const Argument& reply = *state.argument(id);
        if (!reply.in_graph()) continue;
        (supports_target(reply.kind) ? report.supporters : report.attackers).push_back(id);
        (supports_target(reply.kind) ? support : attack).push_back(reply.strength);
    }
    report.attack = dfquad_aggregate(attack);
    report.support = dfquad_aggregate(support);
    report.strength = argument.strength;
    return report;
}

StatementReport report_statement(const State& state, const Statement& statement) {
    StatementReport report;
    report.id = statement.id;
    report.text = statement.text;
    report.status = statement.status;
    std::vector<double> attack;
    std::vector<double> support;
    std::vector<Seq> attackers;
    std::vector<Seq> supporters;
    for (ArgumentId id : statement.roots) {
        const Argument& root = *state.argument(id);
        if (!root.in_graph()) continue;
        (supports_target(root.kind) ? support : attack).push_back(root.strength);
        (supports_target(root.kind) ? supporters : attackers).push_back(root.seq);
    }
    const double va = dfquad_aggregate(attack);
    const double vs = dfquad_aggregate(support);
    report.strength.value = statement.strength;
    report.strength.terms.push_back({"neutral", statement_base, {}, {}});
    const double delta = statement.strength - statement_base;
    if (!attackers.empty() || !supporters.empty()) {
        auto events = va >= vs ? attackers : supporters;
        report.strength.terms.push_back({va >= vs ? "attack_outweighs" : "support_outweighs", delta, std::move(events),
                                         {{"attack", std::to_string(va)}, {"support", std::to_string(vs)}}});
    }
    report.verdict = statement.strength > statement_base   ? Side::voor
                     : statement.strength < statement_base ? Side::tegen
                                                           : Side::twijfel;
    if (statement.opening) report.opening = counts_of(*statement.opening);
    if (statement.closing) report.closing = counts_of(*statement.closing);
    if (report.opening && report.closing)
        report.shift = SideCounts{report.closing->voor - report.opening->voor, report.closing->tegen - report.opening->tegen,
                                  report.closing->twijfel - report.opening->twijfel};
    for (PollId id : statement.polls) {
        const Poll& poll = *state.poll(id);
        report.polls.push_back({poll.id, poll.open, counts_of(poll)});
    }
    report.crossings = static_cast<int>(std::count_if(state.crossings.begin(), state.crossings.end(),
                                                      [&](auto& c) { return c.statement == statement.id; }));
    return report;
}

// What belongs to one side or one person. Each callback says whether (or, for
// crossings, with what sign) a record counts for this scope.
template <class TurnIn, class ArgumentIn, class FlagIn, class FallacyIn, class CrossingSign>
Measures measure(const State& state, const std::vector<FallacyReport>& fallacies, TurnIn turn_in,
                 ArgumentIn argument_in, FlagIn flag_in, FallacyIn fallacy_in, CrossingSign crossing_sign) {
    Measures m;
    for (const auto& turn : state.turns) {
        if (!turn_in(turn)) continue;
        add_term(m.turns, "turn", 1, turn.seq);
        add_term(m.speaking_ms, "turn", static_cast<double>(turn.spoken_ms(state.last_at_ms)), turn.seq);
    }
    double strength_sum = 0;
    for (const auto& argument : state.arguments) {
        if (!argument.in_graph() || !argument_in(argument)) continue;
        add_term(m.arguments, "argument", 1, argument.seq, {{"strength", std::to_string(argument.strength)}});
        strength_sum += argument.strength;
    }
    if (m.arguments.value > 0) m.mean_strength = strength_sum / m.arguments.value;
    for (const auto& flag : state.flags) {
        if (!flag_in(flag)) continue;
        Explained& bucket = flag.outcome == FlagOutcome::confirmed   ? m.flags_confirmed
                            : flag.outcome == FlagOutcome::dismissed ? m.flags_dismissed
                                                                     : m.flags_pending;
        add_term(bucket, "flag", 1, flag.seq, {{"fallacy", flag.fallacy}});
    }
    const double decided = m.flags_confirmed.value + m.flags_dismissed.value;
    if (decided > 0) m.flag_precision = m.flags_confirmed.value / decided;
    std::vector<const FallacyReport*> committed;
    for (const auto& fallacy : fallacies) {
        if (fallacy.status != FlagOutcome::confirmed || !fallacy_in(fallacy)) continue;
        committed.push_back(&fallacy);
        m.missed_fallacies += fallacy.missed ? 1 : 0;
    }
    m.fallacies_per_rule = per_rule(committed);
    for (const auto& crossing : state.crossings)
        if (const int sign = crossing_sign(crossing); sign != 0)
            add_term(m.crossings, sign > 0 ? "crossing_in" : "crossing_out", sign, crossing.seq,
                     {{"from", std::string(to_string(crossing.from))}, {"to", std::string(to_string(crossing.to))}});
    return m;
}

}  // namespace

std::vector<FallacyReport> fallacy_reports(const State& state) {
    std::vector<FallacyReport> reports;
    std::vector<ArgumentId> named_argument;  // per report: an argument a tag or flag named
    auto report_for = [&](TurnId turn_id, const std::string& fallacy, ArgumentId argument) -> FallacyReport& {
        auto it = std::find_if(reports.begin(), reports.end(),
                               [&](auto& r) { return r.turn == turn_id && r.fallacy == fallacy; });
        if (it != reports.end()) {
            auto& named = named_argument[static_cast<std::size_t>(it - reports.begin())];
            if (named.is_none()) named = argument;
            return *it;
        }
        const Turn& turn = *state.turn(turn_id);
        const Fallacy* known = state.config.catalog.find(fallacy);
        FallacyReport report;
        report.turn = turn_id;
        report.statement = turn.statement;
        report.fallacy = fallacy;
        report.rule = known ? known->rule : 0;
        report.committed_by = turn.speaker;
        report.status = FlagOutcome::dismissed;
        reports.push_back(std::move(report));
        named_argument.push_back(argument);
        return reports.back();
    };
    for (const auto& tag : state.fallacy_tags) {
        if (tag.retracted) continue;
        auto& report = report_for(tag.turn, tag.fallacy, tag.argument);
        report.tags.push_back(tag.seq);
        report.status = FlagOutcome::confirmed;
    }
    for (const auto& flag : state.flags) {
        auto& report = report_for(flag.turn, flag.fallacy, flag.argument);
        report.flags.push_back(flag.seq);
        report.flagged_by.push_back(flag.flagger);
        if (flag.outcome == FlagOutcome::confirmed) report.status = FlagOutcome::confirmed;
        else if (flag.outcome == FlagOutcome::pending && report.status == FlagOutcome::dismissed)
            report.status = FlagOutcome::pending;
    }
    for (std::size_t i = 0; i < reports.size(); ++i) {
        auto& report = reports[i];
        report.missed = report.status == FlagOutcome::confirmed && report.flags.empty();
        const Argument* argument = state.argument(named_argument[i]);
        report.side = argument ? argument->direction : state.turn(report.turn)->side;
    }
    std::stable_sort(reports.begin(), reports.end(), [](auto& a, auto& b) { return a.turn < b.turn; });
    return reports;
}

Scoreboard build_scoreboard(const State& state) {
    Scoreboard board;
    board.title = state.config.title;
    board.language = state.config.language;
    board.up_to_seq = state.last_seq;
    board.at_ms = state.last_at_ms;
    for (const auto& statement : state.statements) board.statements.push_back(report_statement(state, statement));
    for (const auto& argument : state.arguments) board.arguments.push_back(report_argument(state, argument));
    board.fallacies = fallacy_reports(state);

    for (Side side : all_sides) {
        board.sides.push_back({side, measure(
            state, board.fallacies, [&](const Turn& t) { return t.side == side; },
            [&](const Argument& a) { return a.direction == side; },
            [&](const Flag& f) { return f.flagger_seat == side; },
            [&](const FallacyReport& f) { return f.side == side; },
            [&](const Crossing& c) { return c.to == side ? 1 : c.from == side ? -1 : 0; })});
    }
    for (const auto& who : state.participants) {
        PersonReport person;
        person.id = who.id;
        person.name = who.name;
        person.role = who.role;
        person.removed = who.removed;
        person.measures = measure(
            state, board.fallacies, [&](const Turn& t) { return t.speaker == who.id; },
            [&](const Argument& a) { return a.speaker == who.id; },
            [&](const Flag& f) { return f.flagger == who.id; },
            [&](const FallacyReport& f) { return f.committed_by == who.id; },
            [&](const Crossing& c) { return c.participant == who.id ? 1 : 0; });
        const auto& tally = state.tally.people[who.id.value - 1];
        person.questions = tally.questions;
        person.appreciations_given = tally.appreciations_given;
        for (const auto& argument : state.arguments)
            if (argument.speaker == who.id && !argument.retracted)
                person.appreciations_received += static_cast<int>(argument.appreciations.size());
        board.participants.push_back(std::move(person));
    }
    for (const auto& crossing : state.crossings) {
        const Turn* after = state.turn(crossing.after_turn);
        board.crossings.push_back({crossing.seq, crossing.at_ms, crossing.participant, crossing.statement, crossing.from,
                                   crossing.to, crossing.after_turn, after ? after->speaker : ParticipantId{},
                                   after ? after->arguments : std::vector<ArgumentId>{}});
    }
    std::vector<const FallacyReport*> confirmed;
    for (const auto& fallacy : board.fallacies)
        if (fallacy.status == FlagOutcome::confirmed) confirmed.push_back(&fallacy);
    board.violations_per_rule = per_rule(confirmed);
    return board;
}

}  // namespace lagerhuis::core
