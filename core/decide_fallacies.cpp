// Rules for drogredenen: the gespreksleider's tags, participants' flags and decisions.
#include <algorithm>

#include "decide_support.hpp"
#include "participant_rules.hpp"

namespace lagerhuis::core::detail {
namespace {

inline constexpr Millis flag_window_ms = 60'000;

Check check_fallacy(const State& state, std::string_view fallacy) {
    if (!state.config.catalog.find(fallacy))
        return Refusal{ReasonCode::unknown_fallacy}.with("fallacy", std::string(fallacy));
    return std::nullopt;
}

Check check_argument_in_turn(const State& state, ArgumentId argument, const Turn& turn) {
    if (argument.is_none()) return std::nullopt;
    auto found = live_argument(state, argument);
    if (!found) return found.error();
    if ((*found)->turn != turn.id)
        return Refusal{ReasonCode::argument_not_in_turn}.with("argument", id_text(argument)).with("turn", id_text(turn.id));
    return std::nullopt;
}

}  // namespace

Check handle(const State& state, const Command& command, const TagFallacy& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    auto turn = resolve_turn(state, cmd.turn);
    if (!turn) return turn.error();
    if (auto bad = check_fallacy(state, cmd.fallacy)) return bad;
    if (auto bad = check_argument_in_turn(state, cmd.argument, **turn)) return bad;
    if (cmd.note.size() > max_text_length)
        return Refusal{ReasonCode::text_too_long}.with("max", std::to_string(max_text_length));
    const FallacyTagId id{static_cast<std::uint32_t>(state.fallacy_tags.size() + 1)};
    out.emit(FallacyTagged{id, (*turn)->id, cmd.argument, cmd.fallacy, cmd.note});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const RetractFallacyTag& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    const FallacyTag* tag = state.fallacy_tag(cmd.tag);
    if (!tag) return Refusal{ReasonCode::unknown_fallacy_tag}.with("tag", id_text(cmd.tag));
    if (tag->retracted) return Refusal{ReasonCode::already_retracted};
    out.emit(FallacyTagRetracted{tag->id, true});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const FlagFallacy& cmd, Emitter& out) {
    auto subject = resolve_subject(state, command, cmd.participant, cmd.type_name);
    if (!subject) return subject.error();
    const Participant& flagger = **subject;
    auto turn = flaggable_turn(state, flagger, cmd.turn);
    if (!turn) return turn.error();
    if (auto bad = check_fallacy(state, cmd.fallacy)) return bad;
    if (auto bad = check_argument_in_turn(state, cmd.argument, **turn)) return bad;
    for (FlagId id : (*turn)->flags) {
        const Flag& earlier = *state.flag(id);
        if (earlier.flagger == flagger.id && earlier.argument == cmd.argument && earlier.fallacy == cmd.fallacy)
            return Refusal{ReasonCode::already_flagged};
    }
    const auto recent = std::count_if(flagger.recent_flags.begin(), flagger.recent_flags.end(),
                                      [&](Millis at) { return at > out.at_ms() - flag_window_ms; });
    const auto limit = state.config.rules.max_flags_per_minute;
    if (recent >= static_cast<long>(limit))
        return Refusal{ReasonCode::flag_rate_limited}.with("per_minute", std::to_string(limit));
    const FlagId id{static_cast<std::uint32_t>(state.flags.size() + 1)};
    out.emit(FallacyFlagged{id, flagger.id, (*turn)->id, cmd.argument, cmd.fallacy});
    return std::nullopt;
}

Check handle(const State& state, const Command& command, const DecideFlag& cmd, Emitter& out) {
    if (auto bad = require_facilitator(state, command, cmd.type_name)) return bad;
    const Flag* flag = state.flag(cmd.flag);
    if (!flag) return Refusal{ReasonCode::unknown_flag}.with("flag", id_text(cmd.flag));
    if (cmd.outcome == FlagOutcome::pending) return Refusal{ReasonCode::invalid_outcome};
    if (flag->outcome != FlagOutcome::pending)
        return Refusal{ReasonCode::flag_already_decided}.with("outcome", std::string(to_string(flag->outcome)));
    out.emit(FlagDecided{flag->id, cmd.outcome});
    return std::nullopt;
}

}  // namespace lagerhuis::core::detail
