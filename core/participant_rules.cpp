#include "participant_rules.hpp"

#include <cctype>
#include <string>

#include "decide_support.hpp"

namespace lagerhuis::core {

using detail::refuse;

namespace {

// Benches, marks and flags are for participants in the room; gespreksleiders tag
// instead, observers only watch.
std::optional<Refusal> check_participant(const Participant& who, std::string_view action) {
    if (who.removed) return Refusal{ReasonCode::participant_removed}.with("name", who.name);
    if (who.role != Role::participant) return Refusal{ReasonCode::not_permitted}.with("action", std::string(action));
    return std::nullopt;
}

// Names are compared the way people read them: "anna" and "Anna " are the same person.
std::string name_key(std::string_view name) {
    std::string key;
    for (char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isspace(byte)) continue;
        key.push_back(static_cast<char>(std::tolower(byte)));
    }
    return key;
}

}  // namespace

const Participant* participant_named(const State& state, std::string_view name) {
    const std::string key = name_key(name);
    for (const auto& person : state.participants)
        if (!person.removed && name_key(person.name) == key) return &person;
    return nullptr;
}

Result<const Argument*, Refusal> appreciable_argument(const State& state, const Participant& who, ArgumentId id) {
    if (auto bad = check_participant(who, Appreciate::type_name)) return refuse(*bad);
    auto found = detail::live_argument(state, id);
    if (!found) return found;
    const Argument& argument = **found;
    if (argument.kind == ArgumentKind::question)
        return refuse(Refusal{ReasonCode::not_an_argument}.with("argument", detail::id_text(argument.id)));
    if (argument.speaker == who.id) return refuse(ReasonCode::cannot_appreciate_own_argument);
    return &argument;
}

Result<const Turn*, Refusal> flaggable_turn(const State& state, const Participant& who, TurnId id) {
    if (auto bad = check_participant(who, FlagFallacy::type_name)) return refuse(*bad);
    auto turn = detail::resolve_turn(state, id);
    if (!turn) return turn;
    if ((*turn)->speaker == who.id) return refuse(ReasonCode::cannot_flag_own_turn);
    return turn;
}

std::optional<Refusal> may_appreciate(const State& state, const Participant& who, ArgumentId argument) {
    auto allowed = appreciable_argument(state, who, argument);
    return allowed ? std::nullopt : std::optional<Refusal>(allowed.error());
}

std::optional<Refusal> may_flag(const State& state, const Participant& who, TurnId turn) {
    auto allowed = flaggable_turn(state, who, turn);
    return allowed ? std::nullopt : std::optional<Refusal>(allowed.error());
}

}  // namespace lagerhuis::core
