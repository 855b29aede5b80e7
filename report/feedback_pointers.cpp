#include "report/feedback_pointers.hpp"

#include <algorithm>

#include "report/html_text.hpp"
#include "report/number_format.hpp"

namespace lagerhuis::report {

namespace {

using core::ParticipantId;

// An argument quoted in a pointer: long enough to recognise, short enough for a card.
constexpr std::size_t quote_width = 90;

// What the rules read about one person, gathered in one pass over their records.
struct Facts {
    int turns = 0;
    int over_time = 0;             // turns that ran past their limit
    core::Millis limit_ms = 0;     // the limit of the (last) turn that did
    core::Millis spoken_ms = 0;
    int reply_chances = 0;         // turns right after another speaker's arguments
    int replies = 0;               // ... in which this person answered one of them
    int arguments = 0;             // in the graph
    int fell = 0;
    int with_evidence = 0;
    const core::ArgumentReport* best_stood = nullptr;
    int flags_decided = 0;
    int flags_confirmed = 0;
    int flags_raised = 0;
    int missed_by_room = 0;        // others' drogredenen that nobody flagged
    int moved = 0;                 // others who crossed after this person's turn, the way it argued
    const core::CrossingReport* first_moved = nullptr;
    const core::CrossingReport* own_crossing = nullptr;  // the first after someone else's turn
    int others_arguments = 0;
    int top_rule = 0;              // the rule broken most often (0: none)
    int top_rule_count = 0;
};

// Whether `turn` answers an argument of the turn before it in the statement, and whether
// that turn (by someone else, with arguments) gave it the chance.
struct ReplyCheck {
    bool chance = false;
    bool replied = false;
};

ReplyCheck check_reply(const core::State& state, const core::Turn& turn) {
    const core::Statement* statement = state.statement(turn.statement);
    if (!statement) return {};
    const auto at = std::find(statement->turns.begin(), statement->turns.end(), turn.id);
    if (at == statement->turns.begin() || at == statement->turns.end()) return {};
    const core::Turn* previous = state.turn(*(at - 1));
    if (!previous || previous->speaker == turn.speaker) return {};
    const auto answered = [&](core::ArgumentId target) {
        return std::find(previous->arguments.begin(), previous->arguments.end(), target) != previous->arguments.end();
    };
    bool had_arguments = false;
    for (auto id : previous->arguments)
        if (const auto* argument = state.argument(id); argument && argument->in_graph()) had_arguments = true;
    if (!had_arguments) return {};
    for (auto id : turn.arguments)
        if (const auto* argument = state.argument(id); argument && !argument->retracted && answered(argument->target))
            return {true, true};
    return {true, false};
}

// Whether a crossing went the way the turn before it argued: onto the bench its
// arguments helped, or off the bench they attacked.
bool toward_turn(const ReportContext& context, const core::CrossingReport& crossing) {
    for (auto id : crossing.after_arguments) {
        const auto* argument = context.argument(id);
        if (!argument || argument->retracted || argument->direction == core::Side::twijfel) continue;
        const core::Side against = argument->direction == core::Side::voor ? core::Side::tegen : core::Side::voor;
        if (crossing.to == argument->direction || crossing.from == against) return true;
    }
    return false;
}

Facts gather(const ReportContext& context, const core::PersonReport& person) {
    const core::State& state = context.state();
    const core::Scoreboard& board = context.board();
    const core::Measures& m = person.measures;
    Facts f;
    for (const auto& turn : state.turns) {
        if (turn.speaker != person.id) continue;
        ++f.turns;
        const core::Millis spoken = turn.spoken_ms(state.last_at_ms);
        f.spoken_ms += spoken;
        if (turn.limit_ms > 0 && spoken > turn.limit_ms) {
            ++f.over_time;
            f.limit_ms = turn.limit_ms;
        }
        const ReplyCheck reply = check_reply(state, turn);
        f.reply_chances += reply.chance ? 1 : 0;
        f.replies += reply.replied ? 1 : 0;
    }
    for (const auto& argument : board.arguments) {
        if (argument.retracted || argument.kind == core::ArgumentKind::question) continue;
        if (argument.speaker != person.id) {
            ++f.others_arguments;
            continue;
        }
        ++f.arguments;
        const ArgumentFate fate = fate_of(argument);
        f.fell += fate == ArgumentFate::fell ? 1 : 0;
        if (const auto* recorded = state.argument(argument.id); recorded && recorded->evidence != core::EvidenceKind::none)
            ++f.with_evidence;
        if (fate == ArgumentFate::stood && (!f.best_stood || argument.strength > f.best_stood->strength)) f.best_stood = &argument;
    }
    f.flags_confirmed = static_cast<int>(m.flags_confirmed.value);
    f.flags_decided = f.flags_confirmed + static_cast<int>(m.flags_dismissed.value);
    f.flags_raised = f.flags_decided + static_cast<int>(m.flags_pending.value);
    for (const auto& fallacy : board.fallacies)
        if (fallacy.missed && fallacy.committed_by != person.id) ++f.missed_by_room;
    for (const auto& crossing : board.crossings) {
        if (crossing.participant != person.id && crossing.after_speaker == person.id && toward_turn(context, crossing)) {
            if (f.moved++ == 0) f.first_moved = &crossing;
        } else if (crossing.participant == person.id && !f.own_crossing && !crossing.after_speaker.is_none() &&
                   crossing.after_speaker != person.id) {
            f.own_crossing = &crossing;
        }
    }
    for (const auto& rule : m.fallacies_per_rule)
        if (rule.count > f.top_rule_count) {
            f.top_rule = rule.rule;
            f.top_rule_count = rule.count;
        }
    return f;
}

std::string number(int n) { return std::to_string(n); }

// A confirmed drogreden of this person on `rule`, for the example in the pointer.
std::string fallacy_on_rule(const ReportContext& context, ParticipantId person, int rule) {
    for (const auto& fallacy : context.board().fallacies)
        if (fallacy.committed_by == person && fallacy.status == core::FlagOutcome::confirmed && fallacy.rule == rule)
            return context.fallacy_name(fallacy.fallacy);
    return "?";
}

std::string rule_summary(const ReportContext& context, int number) {
    const auto* rule = context.state().config.catalog.find_rule(number);
    return rule ? rule->summary.in(context.language()) : "";
}

using Pointers = std::vector<FeedbackPointer>;

void add(Pointers& out, PointerKind kind, std::string key, core::MessageCatalog::Params params = {}) {
    out.push_back({kind, "feedback." + std::move(key), std::move(params)});
}

// [SECTION] Strengths, in rank order.
void strengths(const ReportContext& context, const core::PersonReport& person, const Facts& f, Pointers& out) {
    constexpr PointerKind kind = PointerKind::strength;
    if (f.moved == 1)
        add(out, kind, "moved_one", {{"turn", number(static_cast<int>(f.first_moved->after_turn.value))},
                                     {"name", context.name_of(f.first_moved->participant)}});
    else if (f.moved > 1)
        add(out, kind, "moved_many", {{"count", number(f.moved)}});

    if (f.flags_decided > 0 && f.flags_confirmed * 3 >= f.flags_decided * 2) {
        if (f.flags_decided == 1) add(out, kind, "flags_right_single");
        else if (f.flags_confirmed == f.flags_decided) add(out, kind, "flags_right_all", {{"decided", number(f.flags_decided)}});
        else add(out, kind, "flags_right_most", {{"confirmed", number(f.flags_confirmed)}, {"decided", number(f.flags_decided)}});
    }

    if (f.best_stood) add(out, kind, "argument_stood", {{"text", shortened(f.best_stood->text, quote_width)}});

    if (person.appreciations_received == 1) add(out, kind, "appreciated_one");
    else if (person.appreciations_received > 1) add(out, kind, "appreciated_many", {{"count", number(person.appreciations_received)}});

    // Answering now and then is not yet a habit worth praising: at least half the chances.
    if (f.replies > 0 && f.replies * 2 >= f.reply_chances) {
        if (f.reply_chances == 1) add(out, kind, "replied_single");
        else if (f.replies == f.reply_chances) add(out, kind, "replied_always");
        else add(out, kind, "replied_some", {{"replies", number(f.replies)}, {"chances", number(f.reply_chances)}});
    }

    if (f.turns > 0 && f.over_time == 0) {
        if (f.turns == 1) add(out, kind, "on_time_single");
        else add(out, kind, "on_time_all", {{"turns", number(f.turns)}});
    }

    if (f.own_crossing)
        add(out, kind, "crossed", {{"turn", number(static_cast<int>(f.own_crossing->after_turn.value))},
                                   {"name", context.name_of(f.own_crossing->after_speaker)}});

    const std::string time = minutes_seconds(static_cast<double>(f.spoken_ms));
    if (f.turns == 1) add(out, kind, "spoke_once", {{"time", time}});
    else if (f.turns > 1) add(out, kind, "spoke_times", {{"turns", number(f.turns)}, {"time", time}});
}

// [SECTION] Things to work on, in rank order.
void work_on(const ReportContext& context, const core::PersonReport& person, const Facts& f, Pointers& out) {
    constexpr PointerKind kind = PointerKind::work_on;
    if (f.turns == 0) add(out, kind, "silent");

    if (f.top_rule_count > 0) {
        core::MessageCatalog::Params params{{"rule", context.rule_name(f.top_rule)},
                                            {"number", number(f.top_rule)},
                                            {"summary", rule_summary(context, f.top_rule)},
                                            {"fallacy", fallacy_on_rule(context, person.id, f.top_rule)}};
        if (f.top_rule_count == 1) {
            add(out, kind, "rule_once", std::move(params));
        } else {
            params.emplace_back("count", number(f.top_rule_count));
            add(out, kind, "rule_times", std::move(params));
        }
    }

    if (f.over_time > 0 && f.over_time * 2 >= f.turns) {
        const std::string limit = minutes_seconds(static_cast<double>(f.limit_ms));
        if (f.turns == 1) add(out, kind, "over_single", {{"limit", limit}});
        else if (f.over_time == f.turns) add(out, kind, "over_all", {{"turns", number(f.turns)}, {"limit", limit}});
        else add(out, kind, "over_some", {{"over", number(f.over_time)}, {"turns", number(f.turns)}, {"limit", limit}});
    }

    if (f.reply_chances > 0 && f.replies == 0) add(out, kind, f.reply_chances == 1 ? "no_reply_single" : "no_reply_never");

    if (f.arguments > 0 && f.fell * 2 > f.arguments) {
        if (f.arguments == 1) add(out, kind, "fell_single");
        else if (f.fell == f.arguments) add(out, kind, "fell_all", {{"arguments", number(f.arguments)}});
        else add(out, kind, "fell_most", {{"fell", number(f.fell)}, {"arguments", number(f.arguments)}});
    }

    if (f.arguments > 0 && f.with_evidence == 0)
        add(out, kind, f.arguments == 1 ? "no_evidence_single" : "no_evidence_all", {{"arguments", number(f.arguments)}});

    if (f.flags_decided >= 2 && f.flags_confirmed * 2 < f.flags_decided) {
        const core::MessageCatalog::Params params{{"confirmed", number(f.flags_confirmed)}, {"decided", number(f.flags_decided)}};
        add(out, kind, f.flags_confirmed == 0 ? "flags_wrong_none" : f.flags_confirmed == 1 ? "flags_wrong_one" : "flags_wrong_some",
            params);
    }

    if (f.flags_raised == 0 && f.missed_by_room > 0)
        add(out, kind, f.missed_by_room == 1 ? "spot_more_one" : "spot_more_many", {{"count", number(f.missed_by_room)}});

    if (person.appreciations_given == 0 && f.others_arguments > 0) add(out, kind, "appreciate_others");
}

}  // namespace

std::vector<FeedbackPointer> all_feedback_pointers(const ReportContext& context, const core::PersonReport& person) {
    const Facts facts = gather(context, person);
    Pointers all;
    strengths(context, person, facts, all);
    work_on(context, person, facts, all);
    return all;
}

std::vector<FeedbackPointer> feedback_pointers(const ReportContext& context, const core::PersonReport& person) {
    Pointers strengths;
    Pointers tips;
    for (auto& pointer : all_feedback_pointers(context, person))
        (pointer.kind == PointerKind::strength ? strengths : tips).push_back(std::move(pointer));
    if (!strengths.empty() && !tips.empty()) return {strengths.front(), tips.front()};
    Pointers& only = strengths.empty() ? tips : strengths;
    if (only.size() > 2) only.resize(2);
    return only;
}

std::string pointer_text(const ReportContext& context, const FeedbackPointer& pointer) {
    return context.text(pointer.key, pointer.params);
}

std::string pointer_label(const ReportContext& context, PointerKind kind) {
    return context.text(kind == PointerKind::strength ? "report.pointers.strength" : "report.pointers.work_on");
}

}  // namespace lagerhuis::report
