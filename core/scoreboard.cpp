#include "scoreboard.hpp"

#include <algorithm>
#include <map>

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

// The measures of every side and every person, gathered in one pass over the records
// (a long session has 100,000 events: one pass per person would not do).
class MeasureBook {
public:
    MeasureBook(const State& state) : people_(state.participants.size()) {}

    Measures& person(ParticipantId id) { return people_[id.value - 1]; }
    Measures& side(Side side) { return sides_[static_cast<std::size_t>(side)]; }

    void gather(const State& state, const std::vector<FallacyReport>& fallacies) {
        for (const auto& turn : state.turns) {
            const double spoken = static_cast<double>(turn.spoken_ms(state.last_at_ms));
            for (Measures* m : {&person(turn.speaker), &side(turn.side)}) {
                add_term(m->turns, "turn", 1, turn.seq);
                add_term(m->speaking_ms, "turn", spoken, turn.seq);
            }
        }
        for (const auto& argument : state.arguments) {
            if (!argument.in_graph()) continue;
            for (Measures* m : {&person(argument.speaker), &side(argument.direction)}) {
                add_term(m->arguments, "argument", 1, argument.seq, {{"strength", std::to_string(argument.strength)}});
                m->mean_strength += argument.strength;  // a sum until finish()
            }
        }
        for (const auto& flag : state.flags) {
            add_flag(person(flag.flagger), flag);
            if (flag.flagger_seat) add_flag(side(*flag.flagger_seat), flag);
        }
        for (const auto& fallacy : fallacies) {
            if (fallacy.status != FlagOutcome::confirmed) continue;
            for (auto* who : {&committed_[&person(fallacy.committed_by)], &committed_[&side(fallacy.side)]})
                who->push_back(&fallacy);
        }
        for (const auto& crossing : state.crossings) {
            add_crossing(person(crossing.participant), crossing, 1);
            add_crossing(side(crossing.to), crossing, 1);
            add_crossing(side(crossing.from), crossing, -1);
        }
        for (auto& m : people_) finish(m);
        for (auto& m : sides_) finish(m);
    }

private:
    static void add_flag(Measures& m, const Flag& flag) {
        Explained& bucket = flag.outcome == FlagOutcome::confirmed   ? m.flags_confirmed
                            : flag.outcome == FlagOutcome::dismissed ? m.flags_dismissed
                                                                     : m.flags_pending;
        add_term(bucket, "flag", 1, flag.seq, {{"fallacy", flag.fallacy}});
    }
    static void add_crossing(Measures& m, const Crossing& crossing, int sign) {
        add_term(m.crossings, sign > 0 ? "crossing_in" : "crossing_out", sign, crossing.seq,
                 {{"from", std::string(to_string(crossing.from))}, {"to", std::string(to_string(crossing.to))}});
    }
    void finish(Measures& m) {
        m.mean_strength = m.arguments.value > 0 ? m.mean_strength / m.arguments.value : 0.0;
        const double decided = m.flags_confirmed.value + m.flags_dismissed.value;
        if (decided > 0) m.flag_precision = m.flags_confirmed.value / decided;
        const auto& committed = committed_[&m];
        m.fallacies_per_rule = per_rule(committed);
        m.missed_fallacies = static_cast<int>(std::count_if(committed.begin(), committed.end(), [](auto* f) { return f->missed; }));
    }

    std::vector<Measures> people_;
    std::array<Measures, 3> sides_{};
    std::map<const Measures*, std::vector<const FallacyReport*>> committed_;
};

}  // namespace

std::vector<FallacyReport> fallacy_reports(const State& state) {
    std::vector<FallacyReport> reports;
    std::vector<ArgumentId> named_argument;  // per report: an argument a tag or flag named
    std::map<std::pair<std::uint32_t, std::string>, std::size_t> index;  // (turn, fallacy) -> report
    auto report_for = [&](TurnId turn_id, const std::string& fallacy, ArgumentId argument) -> FallacyReport& {
        const auto [known_at, fresh] = index.try_emplace({turn_id.value, fallacy}, reports.size());
        if (!fresh) {
            auto& named = named_argument[known_at->second];
            if (named.is_none()) named = argument;
            return reports[known_at->second];
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

    MeasureBook book(state);
    book.gather(state, board.fallacies);
    // The book is done with: its measures move into the board rather than being copied
    // (a long session's crossings alone make over a hundred thousand terms).
    for (Side side : all_sides) board.sides.push_back({side, std::move(book.side(side))});
    for (const auto& who : state.participants) {
        PersonReport person;
        person.id = who.id;
        person.name = who.name;
        person.role = who.role;
        person.removed = who.removed;
        person.measures = std::move(book.person(who.id));
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
