#pragma once
// The text of the demo debate: who sits where and what each turn says. Data, kept apart
// from the code that plays it (demo_debate.cpp), so it reads like a transcript.
#include <span>
#include <string_view>

#include "core/enums.hpp"

namespace lagerhuis::demo {

// What happened to a drogreden in a turn.
enum class FallacyFate {
    none,
    missed,              // the gespreksleider tagged it; nobody flagged it
    flagged_confirmed,   // participants flagged it, the gespreksleider confirmed
    flagged_dismissed,   // flagged, judged not a drogreden
    flagged_pending,     // flagged, never decided
};

struct ScriptedArgument {
    core::ArgumentKind kind;
    int target;  // index of an earlier argument of the same statement; -1: the statement
    core::EvidenceKind evidence;
    std::string_view text;
};

struct ScriptedMove {
    int person;  // index into demo_people()
    core::Side to;
};

struct ScriptedTurn {
    int speaker;  // index into demo_people()
    std::span<const ScriptedArgument> arguments;
    std::string_view fallacy = {};  // catalog id, on the turn's first argument
    FallacyFate fate = FallacyFate::none;
    std::span<const int> flaggers = {};
    std::span<const ScriptedMove> crossings_after = {};
    std::string_view override_reason = {};  // when the speaker must wait but gets the floor
};

struct ScriptedPerson {
    std::string_view name;
    bool has_device;
};

struct ScriptedStatement {
    std::string_view text;
    std::span<const ScriptedMove> opening_seats;
    std::span<const ScriptedTurn> turns;
};

std::span<const ScriptedPerson> demo_people();
std::span<const ScriptedStatement> demo_statements();

}  // namespace lagerhuis::demo
