#include "core/dfquad.hpp"

#include <algorithm>
#include <cassert>
#include <functional>
#include <queue>

namespace lagerhuis::core {

namespace {

// F over a range, by value or by index, through the one DfquadAggregator.
template <class Range, class Value>
double aggregate_by(const Range& items, Value value_of) {
    DfquadAggregator aggregate;
    for (const auto& item : items) aggregate.add(value_of(item));
    return aggregate.value();
}

std::size_t child_count(const QuadGraph& graph, std::size_t node) {
    return graph.attackers[node].size() + graph.supporters[node].size();
}

// Children as one sequence (attackers, then supporters) without building a vector.
std::size_t child_at(const QuadGraph& graph, std::size_t node, std::size_t k) {
    const auto& attackers = graph.attackers[node];
    return k < attackers.size() ? attackers[k] : graph.supporters[node][k - attackers.size()];
}

}  // namespace

std::size_t QuadGraph::add_node(double tau) {
    base.push_back(tau);
    attackers.emplace_back();
    supporters.emplace_back();
    return base.size() - 1;
}

double dfquad_aggregate(std::span<const double> values) {
    return aggregate_by(values, [](double v) { return v; });
}

double dfquad_combine(double base, double attack, double support) {
    if (attack >= support) return base - base * (attack - support);
    return base + (1.0 - base) * (support - attack);
}

double dfquad_node_strength(const QuadGraph& graph, std::size_t node,
                            std::span<const double> strengths) {
    const auto strength_of = [&](std::size_t child) { return strengths[child]; };
    return dfquad_combine(graph.base[node], aggregate_by(graph.attackers[node], strength_of),
                          aggregate_by(graph.supporters[node], strength_of));
}

std::optional<std::vector<std::size_t>> leaves_first_order(const QuadGraph& graph) {
    const std::size_t n = graph.size();
    // targets[c]: the nodes c attacks or supports, i.e. those waiting for c's strength.
    std::vector<std::vector<std::size_t>> targets(n);
    std::vector<std::size_t> waiting_for(n);
    for (std::size_t node = 0; node < n; ++node) {
        waiting_for[node] = child_count(graph, node);
        for (std::size_t k = 0; k < waiting_for[node]; ++k) {
            const std::size_t child = child_at(graph, node, k);
            assert(child < n);
            targets[child].push_back(node);
        }
    }

    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> ready;
    for (std::size_t node = 0; node < n; ++node)
        if (waiting_for[node] == 0) ready.push(node);

    std::vector<std::size_t> order;
    order.reserve(n);
    while (!ready.empty()) {
        const std::size_t node = ready.top();
        ready.pop();
        order.push_back(node);
        for (std::size_t target : targets[node])
            if (--waiting_for[target] == 0) ready.push(target);
    }
    // Nodes on or behind a cycle never become ready.
    if (order.size() != n) return std::nullopt;
    return order;
}

std::vector<std::size_t> find_cycle(const QuadGraph& graph) {
    enum class Mark { unvisited, on_path, done };
    const std::size_t n = graph.size();
    std::vector<Mark> mark(n, Mark::unvisited);

    // Depth-first search from node to child, with an explicit stack (graphs can be deep).
    struct Frame {
        std::size_t node;
        std::size_t next_child;
    };
    std::vector<Frame> path;
    for (std::size_t start = 0; start < n; ++start) {
        if (mark[start] != Mark::unvisited) continue;
        path.push_back({start, 0});
        mark[start] = Mark::on_path;
        while (!path.empty()) {
            Frame& frame = path.back();
            if (frame.next_child == child_count(graph, frame.node)) {
                mark[frame.node] = Mark::done;
                path.pop_back();
                continue;
            }
            const std::size_t child = child_at(graph, frame.node, frame.next_child++);
            if (mark[child] == Mark::unvisited) {
                mark[child] = Mark::on_path;
                path.push_back({child, 0});
            } else if (mark[child] == Mark::on_path) {
                // path holds child, ..., frame.node, each a target of the next; edges run
                // the other way, so the cycle in edge direction is that stretch reversed.
                const auto first = std::find_if(path.begin(), path.end(),
                                                 [&](const Frame& f) { return f.node == child; });
                std::vector<std::size_t> cycle;
                for (auto it = path.end(); it != first;) cycle.push_back((--it)->node);
                // Start at the smallest index, so the report reads from the argument
                // listed first, whichever node the search happened to start from.
                std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()),
                            cycle.end());
                return cycle;
            }
        }
    }
    return {};
}

std::vector<double> dfquad_strengths(const QuadGraph& graph,
                                     const std::vector<std::size_t>& order) {
    assert(order.size() == graph.size());
    std::vector<double> strengths(graph.size(), 0.0);
    for (std::size_t node : order) strengths[node] = dfquad_node_strength(graph, node, strengths);
    return strengths;
}

}  // namespace lagerhuis::core
