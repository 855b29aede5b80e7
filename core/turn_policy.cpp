#include "turn_policy.hpp"

#include <algorithm>
#include <tuple>

namespace lagerhuis::core {
namespace {

const Statement* active(const State& state) { return state.statement(state.active_statement); }

bool has_spoken(const State& state, const Statement& statement, ParticipantId who) {
    return std::any_of(statement.turns.begin(), statement.turns.end(),
                       [&](TurnId id) { return state.turn(id)->speaker == who; });
}

// Turns by others since `who` last spoke in the statement; nullopt if never spoke.
std::optional<int> turns_since_spoke(const State& state, const Statement& statement, ParticipantId who) {
    int others = 0;
    for (auto it = statement.turns.rbegin(); it != statement.turns.rend(); ++it) {
        if (state.turn(*it)->speaker == who) return others;
        ++others;
    }
    return std::nullopt;
}

}  // namespace

int turns_to_wait(const State& state, ParticipantId who) {
    const Statement* statement = active(state);
    if (!statement) return 0;
    const auto since = turns_since_spoke(state, *statement, who);
    const int wait = static_cast<int>(state.config.rules.turns.wait_turns);
    return since && *since < wait ? wait - *since : 0;
}

std::optional<Side> side_to_speak(const State& state) {
    const Statement* statement = active(state);
    if (!statement || !state.config.rules.turns.alternate_sides || statement->turns.empty()) return std::nullopt;
    const Side last = state.turn(statement->turns.back())->side;
    if (last == Side::twijfel) return std::nullopt;
    return opposite(last);
}

std::optional<Suggestion> suggest_next_speaker(const State& state) {
    const Statement* statement = active(state);
    if (!statement) return std::nullopt;
    const Turn* running = state.turn(state.current_turn);
    const auto& rules = state.config.rules.turns;
    const auto wanted_side = side_to_speak(state);

    struct Candidate {
        const Participant* who;
        bool waits;
        bool side_match;
        bool first_timer;
        int queue_position;
        int waited;  // turns since last spoke (for when everyone must wait)
    };
    std::vector<Candidate> candidates;
    int position = 0;
    for (ParticipantId id : state.hand_queue) {
        const Participant* who = state.participant(id);
        ++position;
        if (!who || who->removed || (running && running->speaker == id)) continue;
        const auto since = turns_since_spoke(state, *statement, id);
        candidates.push_back({who, turns_to_wait(state, id) > 0, wanted_side && who->seat == wanted_side,
                              rules.first_timers_first && !has_spoken(state, *statement, id), position,
                              since.value_or(1 << 20)});
    }
    if (candidates.empty()) return std::nullopt;

    const bool everyone_waits = std::all_of(candidates.begin(), candidates.end(), [](auto& c) { return c.waits; });
    if (everyone_waits) {
        const auto longest = std::max_element(candidates.begin(), candidates.end(), [](auto& a, auto& b) {
            return std::tie(a.waited, b.queue_position) < std::tie(b.waited, a.queue_position);
        });
        return Suggestion{longest->who->id, "suggest.everyone_waits", {{"name", longest->who->name}}};
    }
    // Rank: allowed by the wait rule, then the side whose turn it is, then first timers,
    // then who raised a hand first.
    const auto best = std::min_element(candidates.begin(), candidates.end(), [](auto& a, auto& b) {
        return std::make_tuple(a.waits, !a.side_match, !a.first_timer, a.queue_position) <
               std::make_tuple(b.waits, !b.side_match, !b.first_timer, b.queue_position);
    });
    Suggestion suggestion{best->who->id, {}, {}};
    if (best->side_match) suggestion.params.emplace_back("side", std::string(to_string(*wanted_side)));
    suggestion.params.emplace_back("name", best->who->name);
    if (best->side_match)
        suggestion.reason = best->first_timer ? "suggest.side_first_timer" : "suggest.side";
    else
        suggestion.reason = best->first_timer ? "suggest.first_timer" : "suggest.first_hand";
    return suggestion;
}

}  // namespace lagerhuis::core
