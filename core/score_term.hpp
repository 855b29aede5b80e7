#pragma once
// One line of a score's explanation: which rule, how much it added, and the events it
// came from. Every number the engine reports can list the terms that made it.
#include <string>
#include <utility>
#include <vector>

#include "ids.hpp"

namespace lagerhuis::core {

struct ScoreTerm {
    std::string rule;  // message id "score.<rule>" renders it
    double delta = 0.0;
    std::vector<Seq> events;
    std::vector<std::pair<std::string, std::string>> params;

    template <class S, class F>
    static void fields(S& s, F&& f) { f("rule", s.rule); f("delta", s.delta); f("events", s.events); f("params", s.params); }
};

}  // namespace lagerhuis::core
