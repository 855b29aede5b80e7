#pragma once
// What a participant may do with what they see. decide() refuses by exactly these, and
// the participant's view (proto/projection) tells the page which controls to offer, so
// the page never offers what the rules would refuse. Pure, like decide().
#include <optional>
#include <string_view>

#include "refusal.hpp"
#include "result.hpp"
#include "state.hpp"

namespace lagerhuis::core {

// Whether `who` may mark `argument` as convincing ("overtuigt mij"): a participant in
// the room, a live argument that is not a question, not their own. nullopt: allowed;
// else the refusal decide() gives. (Once per argument: a second mark is refused too,
// as already_appreciated; the view lists one's marks apart, in me.appreciated.)
std::optional<Refusal> may_appreciate(const State& state, const Participant& who, ArgumentId argument);
// Whether `who` may flag a drogreden in `turn` (0: the running or last turn): a
// participant in the room, a turn that exists, not their own. Which drogreden, which
// argument and how often are checked when they flag.
std::optional<Refusal> may_flag(const State& state, const Participant& who, TurnId turn);

// The one in the session (not removed) who goes by `name`, compared the way people read
// names ("anna " is Anna); null when nobody does. Two in the session never share a name
// (name_taken), so this is who a second device asks to take over.
const Participant* participant_named(const State& state, std::string_view name);

// The same rules, returning what they allow on (decide's handlers go on from there).
Result<const Argument*, Refusal> appreciable_argument(const State& state, const Participant& who, ArgumentId argument);
Result<const Turn*, Refusal> flaggable_turn(const State& state, const Participant& who, TurnId turn);

}  // namespace lagerhuis::core
