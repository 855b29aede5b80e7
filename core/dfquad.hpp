#pragma once
// DF-QuAD gradual semantics (Rago, Toni, Aurisicchio & Baroni, KR 2016; domain.md,
// "Scoring"): the strength σ of each argument from its base score τ and the strengths
// of its attackers and supporters, evaluated leaves first.
//
// The building blocks are public so that the engine's incremental scorer and a full
// recompute run the very same arithmetic, in the same order, and agree bit for bit.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace lagerhuis::core {

// An argument graph by node index. Edges point from the child (the attacker or
// supporter) to its target; each node lists its children, because evaluating a node
// needs exactly those. Every index must be < base.size(); all three vectors have the
// same size.
struct QuadGraph {
    std::vector<double> base;                           // τ, each in [0,1]
    std::vector<std::vector<std::size_t>> attackers;    // attackers[i]: nodes attacking i
    std::vector<std::vector<std::size_t>> supporters;   // supporters[i]: nodes supporting i

    std::size_t size() const { return base.size(); }
    // Appends a node with no children and returns its index.
    std::size_t add_node(double tau);
};

// F: the probabilistic sum 1 − (1 − v1)(1 − v2)…(1 − vn), multiplying in the given
// order (floating point products depend on it). F() = 0.
double dfquad_aggregate(std::span<const double> values);

// F built up one value at a time, for callers that meet the values while walking
// something else and should not have to collect them first. The one implementation of
// F: dfquad_aggregate and dfquad_node_strength use it too, so all multiply the same
// factors in the same order.
class DfquadAggregator {
public:
    void add(double value) { product_ *= 1.0 - value; }
    double value() const { return 1.0 - product_; }

private:
    double product_ = 1.0;
};

// σ from τ (base), va = F(attackers) and vs = F(supporters).
double dfquad_combine(double base, double attack, double support);

// σ of one node, given the strengths already computed for its children (strengths is
// indexed like the graph; only the node's children are read). Aggregates in the order
// of graph.attackers[node] and graph.supporters[node].
double dfquad_node_strength(const QuadGraph& graph, std::size_t node,
                            std::span<const double> strengths);

// Every node after all of its children (leaves first); nullopt when the graph has a
// cycle. Deterministic: ties are broken by node index.
std::optional<std::vector<std::size_t>> leaves_first_order(const QuadGraph& graph);

// The nodes of one cycle, in edge direction: each node attacks or supports the next,
// and the last attacks or supports the first (a self-loop is a cycle of one), starting
// at the cycle's smallest index. Empty when the graph is acyclic.
std::vector<std::size_t> find_cycle(const QuadGraph& graph);

// σ of every node, evaluating in `order`, which must be a leaves-first order of the
// graph (as from leaves_first_order). Iterative: depth costs no stack.
std::vector<double> dfquad_strengths(const QuadGraph& graph,
                                     const std::vector<std::size_t>& order);

}  // namespace lagerhuis::core
