#include "scoreboard.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

#include "argument_scores.hpp"
#include "dfquad.hpp"

namespace lagerhuis::core {
namespace {

constexpr std::array<Side, 3> all_sides{Side::voor, Side::tegen, Side::twijfel};
constexpr int rule_count = 10;  // the pragma-dialectical rules, numbered from 1

// A long session's board holds a few hundred thousand terms (every crossing makes three),
// so each is built in place in a list already sized for it: its event and its
// parameters are its only allocations.
ScoreTerm& add_term(Explained& number, const char* rule, double delta, Seq event) {
    number.value += delta;
    ScoreTerm& term = number.terms.emplace_back();
    term.rule = rule;
    term.delta = delta;
    term.events.assign(1, event);
    return term;
}

SideCounts counts_of(auto const& holder) {
    return {holder.count(Side::voor), holder.count(Side::tegen), holder.count(Side::twijfel)};
}

// The confirmed drogredenen charged to someone (a person, a side, or the whole session).
struct CommittedFallacies {
    std::array<int, rule_count> per_rule{};
    int missed = 0;

    void add(const FallacyReport& fallacy) {
        if (fallacy.rule >= 1 && fallacy.rule <= rule_count) ++per_rule[fallacy.rule - 1];
        if (fallacy.missed) ++missed;
    }
    std::vector<RuleCount> per_rule_list() const {
        std::vector<RuleCount> counts;
        counts.reserve(rule_count);
        for (int rule = 1; rule <= rule_count; ++rule) counts.push_back({rule, per_rule[rule - 1]});
        return counts;
    }
};

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

StatementReport report_statement(const State& state, const Statement& statement, int crossings) {
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
    report.crossings = crossings;
    return report;
}

// The lists of terms in a Measures, in its order. A term comes from one record: a turn
// (turns, speaking_ms), an argument, a flag (by its outcome) or a crossing.
enum class MeasureList : std::uint8_t {
    speaking_ms, turns, arguments, flags_confirmed, flags_dismissed, flags_pending, crossings
};
constexpr std::array<Explained Measures::*, 7> measure_lists{&Measures::speaking_ms,     &Measures::turns,
                                                             &Measures::arguments,       &Measures::flags_confirmed,
                                                             &Measures::flags_dismissed, &Measures::flags_pending,
                                                             &Measures::crossings};

// A term to be made, with what it needs from its record: gathered while the records are
// read in order, so that making a person's terms does not hop about the state. Which
// member holds follows from the list it is sorted into (a long session has 160,000 of
// them: they are kept to sixteen bytes).
struct CrossingTerm {
    std::int8_t sign;  // in (+1) or out (-1)
    Side from;
    Side to;
};
struct TermSource {
    Seq seq;
    union {
        double number;               // turns: 1; speaking_ms: the time spoken; arguments: the strength
        const std::string* fallacy;  // flags
        CrossingTerm crossing;       // crossings
    };

    // Made by these rather than designated initializers, which Clang 14 refuses for an
    // anonymous union's members.
    static TermSource of_number(Seq seq, double number) {
        TermSource source;
        source.seq = seq;
        source.number = number;
        return source;
    }
    static TermSource of_fallacy(Seq seq, const std::string* fallacy) {
        TermSource source;
        source.seq = seq;
        source.fallacy = fallacy;
        return source;
    }
    static TermSource of_crossing(Seq seq, CrossingTerm crossing) {
        TermSource source;
        source.seq = seq;
        source.crossing = crossing;
        return source;
    }
};

// The measures of every side and every person, gathered in passes over the records, not
// per person (a long session has 100,000 events).
//
// The terms are made list by list, not record by record: the records are first sorted
// into the lists they count in (every crossing counts in three), then each list is made
// in one go. Its terms' small allocations then lie side by side, and destroying the
// board walks memory in order (a 100,000-event session's board: about 20 ms to free,
// against 85 ms when its terms were made record by record).
class MeasureBook {
public:
    MeasureBook(const State& state) : people_(state.participants.size()) {}

    Measures& person(ParticipantId id) { return people_[id.value - 1]; }
    Measures& side(Side side) { return sides_[static_cast<std::size_t>(side)]; }

    void gather(const State& state, const std::vector<FallacyReport>& fallacies) {
        // Each (owner, list) is a slot; its sources are kept together, in record order.
        const std::size_t slots = (people_.size() + sides_.size()) * measure_lists.size();
        std::vector<std::uint32_t> start(slots + 1, 0);
        walk(state, [&](std::size_t slot, TermSource) { ++start[slot + 1]; });
        for (std::size_t slot = 0; slot < slots; ++slot) start[slot + 1] += start[slot];
        const auto sources = std::make_unique_for_overwrite<TermSource[]>(start.back());
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        walk(state, [&](std::size_t slot, TermSource source) { sources[next[slot]++] = source; });
        for (std::size_t slot = 0; slot < slots; ++slot) {
            Measures& m = owner(slot / measure_lists.size());
            const auto list = static_cast<MeasureList>(slot % measure_lists.size());
            (m.*measure_lists[static_cast<std::size_t>(list)]).terms.reserve(start[slot + 1] - start[slot]);
            for (std::uint32_t i = start[slot]; i < start[slot + 1]; ++i) add(m, list, sources[i]);
        }
        std::vector<CommittedFallacies> people_committed(people_.size());
        std::array<CommittedFallacies, 3> sides_committed{};
        for (const auto& fallacy : fallacies) {
            if (fallacy.status != FlagOutcome::confirmed) continue;
            people_committed[fallacy.committed_by.value - 1].add(fallacy);
            sides_committed[static_cast<std::size_t>(fallacy.side)].add(fallacy);
        }
        for (std::size_t i = 0; i < people_.size(); ++i) finish(people_[i], people_committed[i]);
        for (std::size_t i = 0; i < sides_.size(); ++i) finish(sides_[i], sides_committed[i]);
    }

private:
    // Owners: the people (index id-1), then the sides.
    Measures& owner(std::size_t index) {
        return index < people_.size() ? people_[index] : sides_[index - people_.size()];
    }
    std::size_t slot(ParticipantId id, MeasureList list) const { return slot_of(id.value - 1, list); }
    std::size_t slot(Side side, MeasureList list) const {
        return slot_of(people_.size() + static_cast<std::size_t>(side), list);
    }
    static std::size_t slot_of(std::size_t owner, MeasureList list) {
        return owner * measure_lists.size() + static_cast<std::size_t>(list);
    }

    // Every term of every measure, by slot, in record order.
    template <class Emit>
    void walk(const State& state, Emit&& emit) const {
        for (const auto& turn : state.turns) {
            const TermSource counted = TermSource::of_number(turn.seq, 1);
            const TermSource spoken =
                TermSource::of_number(turn.seq, static_cast<double>(turn.spoken_ms(state.last_at_ms)));
            for (MeasureList list : {MeasureList::turns, MeasureList::speaking_ms}) {
                const TermSource& source = list == MeasureList::turns ? counted : spoken;
                emit(slot(turn.speaker, list), source);
                emit(slot(turn.side, list), source);
            }
        }
        for (const auto& argument : state.arguments) {
            if (!argument.in_graph()) continue;
            const TermSource source = TermSource::of_number(argument.seq, argument.strength);
            emit(slot(argument.speaker, MeasureList::arguments), source);
            emit(slot(argument.direction, MeasureList::arguments), source);
        }
        // A flag's term names its drogreden through the first flag of that name: a session
        // flags a handful of them, and so their texts stay at hand while the terms are made.
        std::vector<const std::string*> fallacy_names;
        for (const auto& flag : state.flags) {
            const MeasureList list = flag.outcome == FlagOutcome::confirmed   ? MeasureList::flags_confirmed
                                     : flag.outcome == FlagOutcome::dismissed ? MeasureList::flags_dismissed
                                                                              : MeasureList::flags_pending;
            auto name = std::find_if(fallacy_names.begin(), fallacy_names.end(),
                                     [&](auto* known) { return *known == flag.fallacy; });
            if (name == fallacy_names.end()) name = fallacy_names.insert(name, &flag.fallacy);
            const TermSource source = TermSource::of_fallacy(flag.seq, *name);
            emit(slot(flag.flagger, list), source);
            if (flag.flagger_seat) emit(slot(*flag.flagger_seat, list), source);
        }
        for (const auto& crossing : state.crossings) {
            const TermSource in = TermSource::of_crossing(crossing.seq, {1, crossing.from, crossing.to});
            const TermSource out = TermSource::of_crossing(crossing.seq, {-1, crossing.from, crossing.to});
            emit(slot(crossing.participant, MeasureList::crossings), in);
            emit(slot(crossing.to, MeasureList::crossings), in);
            emit(slot(crossing.from, MeasureList::crossings), out);
        }
    }

    static void add(Measures& m, MeasureList list, const TermSource& source) {
        Explained& number = m.*measure_lists[static_cast<std::size_t>(list)];
        switch (list) {
            case MeasureList::speaking_ms:
            case MeasureList::turns:
                add_term(number, "turn", source.number, source.seq);
                break;
            case MeasureList::arguments:
                add_term(number, "argument", 1, source.seq)
                    .params.emplace_back("strength", std::to_string(source.number));
                m.mean_strength += source.number;  // a sum until finish()
                break;
            case MeasureList::flags_confirmed:
            case MeasureList::flags_dismissed:
            case MeasureList::flags_pending:
                add_term(number, "flag", 1, source.seq).params.emplace_back("fallacy", *source.fallacy);
                break;
            case MeasureList::crossings: {
                const CrossingTerm& crossing = source.crossing;
                const char* rule = crossing.sign > 0 ? "crossing_in" : "crossing_out";
                auto& params = add_term(number, rule, crossing.sign, source.seq).params;
                params.reserve(2);
                params.emplace_back("from", to_string(crossing.from));
                params.emplace_back("to", to_string(crossing.to));
                break;
            }
        }
    }
    static void finish(Measures& m, const CommittedFallacies& committed) {
        m.mean_strength = m.arguments.value > 0 ? m.mean_strength / m.arguments.value : 0.0;
        const double decided = m.flags_confirmed.value + m.flags_dismissed.value;
        if (decided > 0) m.flag_precision = m.flags_confirmed.value / decided;
        m.fallacies_per_rule = committed.per_rule_list();
        m.missed_fallacies = committed.missed;
    }

    std::vector<Measures> people_;
    std::array<Measures, 3> sides_{};
};

// Per participant (index id-1): the appreciations their standing arguments received.
std::vector<int> appreciations_received(const State& state) {
    std::vector<int> received(state.participants.size(), 0);
    for (const auto& argument : state.arguments) {
        const std::uint32_t speaker = argument.speaker.value;
        if (argument.retracted || speaker == 0 || speaker > received.size()) continue;
        received[speaker - 1] += static_cast<int>(argument.appreciations.size());
    }
    return received;
}

// Per statement (index id-1): the crossings made while it was debated.
std::vector<int> crossings_per_statement(const State& state) {
    std::vector<int> counts(state.statements.size(), 0);
    for (const auto& crossing : state.crossings) {
        const std::uint32_t statement = crossing.statement.value;
        if (statement != 0 && statement <= counts.size()) ++counts[statement - 1];
    }
    return counts;
}

}  // namespace

std::vector<FallacyReport> fallacy_reports(const State& state) {
    std::vector<FallacyReport> reports;
    std::vector<ArgumentId> named_argument;  // per report: an argument a tag or flag named
    // Per turn (index id): its reports so far. A turn has a few drogredenen at most, so a
    // scan of them beats a tree keyed by (turn, fallacy) for the tens of thousands of flags.
    std::vector<std::vector<std::size_t>> turn_reports(state.turns.size() + 1);
    auto report_for = [&](TurnId turn_id, const std::string& fallacy, ArgumentId argument) -> FallacyReport& {
        auto& known = turn_reports[turn_id.value];
        for (std::size_t i : known) {
            if (reports[i].fallacy != fallacy) continue;
            if (named_argument[i].is_none()) named_argument[i] = argument;
            return reports[i];
        }
        const Turn& turn = *state.turn(turn_id);
        const Fallacy* listed = state.config.catalog.find(fallacy);
        known.push_back(reports.size());
        FallacyReport& report = reports.emplace_back();
        report.turn = turn_id;
        report.statement = turn.statement;
        report.fallacy = fallacy;
        report.rule = listed ? listed->rule : 0;
        report.committed_by = turn.speaker;
        report.status = FlagOutcome::dismissed;
        named_argument.push_back(argument);
        return report;
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
    const std::vector<int> crossings = crossings_per_statement(state);
    board.statements.reserve(state.statements.size());
    for (std::size_t i = 0; i < state.statements.size(); ++i)
        board.statements.push_back(report_statement(state, state.statements[i], crossings[i]));
    board.arguments.reserve(state.arguments.size());
    for (const auto& argument : state.arguments) board.arguments.push_back(report_argument(state, argument));
    board.fallacies = fallacy_reports(state);

    MeasureBook book(state);
    book.gather(state, board.fallacies);
    // The book is done with: its measures move into the board rather than being copied
    // (a long session's crossings alone make over a hundred thousand terms).
    board.sides.reserve(all_sides.size());
    for (Side side : all_sides) board.sides.push_back({side, std::move(book.side(side))});
    const std::vector<int> received = appreciations_received(state);
    board.participants.reserve(state.participants.size());
    for (const auto& who : state.participants) {
        PersonReport& person = board.participants.emplace_back();
        person.id = who.id;
        person.name = who.name;
        person.role = who.role;
        person.removed = who.removed;
        person.measures = std::move(book.person(who.id));
        const auto& tally = state.tally.people[who.id.value - 1];
        person.questions = tally.questions;
        person.appreciations_given = tally.appreciations_given;
        person.appreciations_received = received[who.id.value - 1];
    }
    board.crossings.reserve(state.crossings.size());
    for (const auto& crossing : state.crossings) {
        const Turn* after = state.turn(crossing.after_turn);
        CrossingReport& report = board.crossings.emplace_back();
        report.seq = crossing.seq;
        report.at_ms = crossing.at_ms;
        report.participant = crossing.participant;
        report.statement = crossing.statement;
        report.from = crossing.from;
        report.to = crossing.to;
        report.after_turn = crossing.after_turn;
        if (after) {
            report.after_speaker = after->speaker;
            report.after_arguments = after->arguments;
        }
    }
    CommittedFallacies confirmed;
    for (const auto& fallacy : board.fallacies)
        if (fallacy.status == FlagOutcome::confirmed) confirmed.add(fallacy);
    board.violations_per_rule = confirmed.per_rule_list();
    return board;
}

}  // namespace lagerhuis::core
