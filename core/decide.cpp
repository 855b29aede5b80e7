// decide(): the checks every command shares, then the handler of its kind.
#include "decide.hpp"

#include <algorithm>
#include <cctype>

#include "decide_support.hpp"
#include "participant_rules.hpp"

namespace lagerhuis::core {
namespace detail {

Result<const Participant*, Refusal> acting_participant(const State& state, const Command& command) {
    const Participant* actor = state.participant(command.actor);
    if (!actor) return refuse(Refusal{ReasonCode::unknown_participant}.with("participant", id_text(command.actor)));
    if (actor->removed) return refuse(Refusal{ReasonCode::participant_removed}.with("name", actor->name));
    return actor;
}

Check require_facilitator(const State& state, const Command& command, std::string_view action) {
    auto actor = acting_participant(state, command);
    if (!actor) return actor.error();
    if (!is_facilitating((*actor)->role))
        return Refusal{ReasonCode::not_permitted}.with("action", std::string(action));
    return std::nullopt;
}

Result<const Participant*, Refusal> resolve_subject(const State& state, const Command& command,
                                                    ParticipantId named, std::string_view action) {
    auto actor = acting_participant(state, command);
    if (!actor) return refuse(actor.error());
    if (named.is_none() || named == command.actor) return *actor;
    if (!is_facilitating((*actor)->role))
        return refuse(Refusal{ReasonCode::not_permitted}.with("action", std::string(action)));
    const Participant* subject = state.participant(named);
    if (!subject) return refuse(Refusal{ReasonCode::unknown_participant}.with("participant", id_text(named)));
    if (subject->removed) return refuse(Refusal{ReasonCode::participant_removed}.with("name", subject->name));
    return subject;
}

namespace {
bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}
}  // namespace

Check check_name(const State& state, std::string_view name, ParticipantId renaming) {
    if (is_blank(name)) return Refusal{ReasonCode::name_empty};
    if (name.size() > max_name_length)
        return Refusal{ReasonCode::name_too_long}.with("max", std::to_string(max_name_length));
    const Participant* other = participant_named(state, name);
    if (other && other->id != renaming) return Refusal{ReasonCode::name_taken}.with("name", std::string(name));
    return std::nullopt;
}

Check check_text(std::string_view text) {
    if (is_blank(text)) return Refusal{ReasonCode::text_empty};
    if (text.size() > max_text_length)
        return Refusal{ReasonCode::text_too_long}.with("max", std::to_string(max_text_length));
    return std::nullopt;
}

Check check_config(const SessionConfig& config) {
    auto invalid = [](const char* field) { return Refusal{ReasonCode::invalid_config}.with("field", field); };
    const auto& turns = config.rules.turns;
    if (is_blank(config.title)) return invalid("title");
    if (config.title.size() > max_text_length) return invalid("title");
    if (turns.turn_limit_ms <= 0 || turns.turn_limit_ms > 3'600'000) return invalid("rules.turns.turn_limit_ms");
    if (turns.warning_ms < 0 || turns.warning_ms >= turns.turn_limit_ms) return invalid("rules.turns.warning_ms");
    if (turns.wait_turns > 100) return invalid("rules.turns.wait_turns");
    if (config.rules.max_flags_per_minute == 0 || config.rules.max_flags_per_minute > 60)
        return invalid("rules.max_flags_per_minute");
    if (const Millis grace = config.rules.opening_grace(); grace < 0 || grace > 3'600'000)
        return invalid("rules.opening_grace_ms");
    if (config.catalog.fallacies.empty()) return invalid("catalog");
    const auto& w = config.weights;
    if (!(w.neutral >= 0.0 && w.neutral <= 1.0)) return invalid("weights.neutral");
    if (!(w.far_overtime_ratio >= 1.0)) return invalid("weights.far_overtime_ratio");
    return std::nullopt;
}

Result<const Statement*, Refusal> active_statement(const State& state) {
    const Statement* active = state.statement(state.active_statement);
    if (!active) return refuse(ReasonCode::no_active_statement);
    return active;
}

Result<const Turn*, Refusal> resolve_turn(const State& state, TurnId named) {
    if (named.is_none()) {
        const Turn* latest = state.turn(state.latest_turn());
        if (!latest) return refuse(ReasonCode::no_turn_yet);
        return latest;
    }
    const Turn* turn = state.turn(named);
    if (!turn) return refuse(Refusal{ReasonCode::unknown_turn}.with("turn", id_text(named)));
    return turn;
}

Result<const Argument*, Refusal> live_argument(const State& state, ArgumentId id) {
    const Argument* argument = state.argument(id);
    if (!argument) return refuse(Refusal{ReasonCode::unknown_argument}.with("argument", id_text(id)));
    if (argument->retracted) return refuse(Refusal{ReasonCode::argument_retracted}.with("argument", id_text(id)));
    return argument;
}

Check check_target(const State& state, ArgumentId target, ArgumentId self, StatementId statement) {
    if (target.is_none()) return std::nullopt;
    auto found = live_argument(state, target);
    if (!found) return found.error();
    // Only earlier arguments: ids grow with time, so the graph stays acyclic.
    const bool earlier = self.is_none() || target < self;
    if (!earlier || (*found)->statement != statement || (*found)->kind == ArgumentKind::question)
        return Refusal{ReasonCode::invalid_target}.with("argument", id_text(target));
    return std::nullopt;
}

int live_replies(const State& state, const Argument& argument) {
    int count = 0;
    for (ArgumentId reply : argument.replies) count += state.argument(reply)->retracted ? 0 : 1;
    return count;
}

}  // namespace detail

Decision decide(const State& state, const Command& command, Millis now) {
    using namespace detail;
    const bool creating = std::holds_alternative<CreateSession>(command.body);
    if (!state.created && !creating) return refuse(ReasonCode::session_not_created);
    Emitter emitter(state, command, now);
    const Check refusal =
        std::visit([&](const auto& body) { return handle(state, command, body, emitter); }, command.body);
    if (refusal) return refuse(*refusal);
    return std::move(emitter).done();
}

}  // namespace lagerhuis::core
