#pragma once
// The argument-graph file of `lagerhuis analyze strength`:
//
//   {"arguments": [{"id": "a", "base": 0.5}, ...],
//    "attacks":   [["b", "a"], ...],      edge [x, y]: x attacks y
//    "supports":  [["c", "a"], ...]}      edge [x, y]: x supports y
//
// "attacks" and "supports" may be left out (no edges). Other top-level fields are
// refused, so a misspelt "attack" is not silently read as "no attacks"; other fields of
// an argument (a "text", say) are ignored. The graph must be acyclic, as a debate's is.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dfquad.hpp"
#include "core/result.hpp"

namespace lagerhuis::proto {

struct NamedQuadGraph {
    core::QuadGraph graph;
    std::vector<std::string> ids;  // ids[i] names graph node i, in file order
};

// Never throws. The error is one English sentence naming the problem and where it is,
// e.g. "arguments[3].base must be a number" or "cycle: a → b → c → a".
core::Result<NamedQuadGraph, std::string> parse_quad_graph(std::string_view json);

// {"strength":{"a":0.42,...}} with ids in the given order and each double written in
// its shortest form that reads back to the same value.
std::string strengths_to_json(std::span<const std::string> ids, std::span<const double> strengths);

}  // namespace lagerhuis::proto
