#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <vector>

#include "core/dfquad.hpp"

using lagerhuis::core::dfquad_aggregate;
using lagerhuis::core::dfquad_combine;
using lagerhuis::core::dfquad_node_strength;
using lagerhuis::core::dfquad_strengths;
using lagerhuis::core::find_cycle;
using lagerhuis::core::leaves_first_order;
using lagerhuis::core::QuadGraph;

namespace {

constexpr double tolerance = 1e-12;

std::vector<double> strengths_of(const QuadGraph& graph) {
    const auto order = leaves_first_order(graph);
    REQUIRE(order.has_value());
    return dfquad_strengths(graph, *order);
}

// The reference: DF-QuAD straight from the formula, recursively, memoised so diamonds
// stay cheap. Deliberately shares no code with core/dfquad.cpp.
double reference_strength(const QuadGraph& graph, std::size_t node,
                          std::vector<std::optional<double>>& memo) {
    if (memo[node]) return *memo[node];
    double attack_product = 1.0;
    for (std::size_t child : graph.attackers[node])
        attack_product *= 1.0 - reference_strength(graph, child, memo);
    double support_product = 1.0;
    for (std::size_t child : graph.supporters[node])
        support_product *= 1.0 - reference_strength(graph, child, memo);
    const double va = 1.0 - attack_product;
    const double vs = 1.0 - support_product;
    const double tau = graph.base[node];
    const double sigma = va >= vs ? tau - tau * (va - vs) : tau + (1.0 - tau) * (vs - va);
    memo[node] = sigma;
    return sigma;
}

// A random acyclic graph: every node gets a level, and children always sit on a deeper
// level, so no path is longer than the deepest level. Node indices are in random level
// order, so index order is not an evaluation order.
struct RandomGraph {
    QuadGraph graph;
    std::vector<int> level;
};

double random_base(std::mt19937_64& rng) {
    // The ends of [0,1] get their own share: they are where the formula's branches meet.
    const int pick = std::uniform_int_distribution<int>(0, 9)(rng);
    if (pick == 0) return 0.0;
    if (pick == 1) return 1.0;
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

RandomGraph random_acyclic_graph(std::mt19937_64& rng) {
    const int nodes = std::uniform_int_distribution<int>(1, 60)(rng);
    const int depth = std::uniform_int_distribution<int>(0, 8)(rng);
    RandomGraph out;
    for (int i = 0; i < nodes; ++i) {
        out.graph.add_node(random_base(rng));
        out.level.push_back(std::uniform_int_distribution<int>(0, depth)(rng));
    }
    for (std::size_t node = 0; node < out.graph.size(); ++node) {
        std::vector<std::size_t> deeper;
        for (std::size_t other = 0; other < out.graph.size(); ++other)
            if (out.level[other] > out.level[node]) deeper.push_back(other);
        std::shuffle(deeper.begin(), deeper.end(), rng);
        const auto children = std::min<std::size_t>(
            deeper.size(), std::uniform_int_distribution<std::size_t>(0, 4)(rng));
        for (std::size_t k = 0; k < children; ++k) {
            auto& list = std::bernoulli_distribution(0.5)(rng) ? out.graph.attackers
                                                               : out.graph.supporters;
            list[node].push_back(deeper[k]);
        }
    }
    return out;
}

bool is_child(const QuadGraph& graph, std::size_t child, std::size_t node) {
    const auto has = [&](const std::vector<std::size_t>& list) {
        return std::find(list.begin(), list.end(), child) != list.end();
    };
    return has(graph.attackers[node]) || has(graph.supporters[node]);
}

// A new child for `node`: an existing deeper node that is not a child yet (so the graph
// stays acyclic), or else a fresh leaf.
std::size_t pick_new_child(RandomGraph& g, std::size_t node, std::mt19937_64& rng) {
    std::vector<std::size_t> candidates;
    for (std::size_t other = 0; other < g.graph.size(); ++other)
        if (g.level[other] > g.level[node] && !is_child(g.graph, other, node))
            candidates.push_back(other);
    if (!candidates.empty() && std::bernoulli_distribution(0.5)(rng))
        return candidates[std::uniform_int_distribution<std::size_t>(0, candidates.size() - 1)(rng)];
    g.level.push_back(g.level[node] + 1);
    return g.graph.add_node(random_base(rng));
}

}  // namespace

TEST_CASE("F is the probabilistic sum of the values, and 0 for none", "[dfquad]") {
    CHECK(dfquad_aggregate({}) == 0.0);
    const std::vector<double> one{0.3};
    CHECK(dfquad_aggregate(one) == Approx(0.3).margin(tolerance));
    // 1 − (1 − 0.5)(1 − 0.5) = 1 − 0.25 = 0.75
    const std::vector<double> two{0.5, 0.5};
    CHECK(dfquad_aggregate(two) == Approx(0.75).margin(tolerance));
    // 1 − (1 − 0.2)(1 − 0.5)(1 − 0.1) = 1 − 0.8·0.5·0.9 = 1 − 0.36 = 0.64
    const std::vector<double> three{0.2, 0.5, 0.1};
    CHECK(dfquad_aggregate(three) == Approx(0.64).margin(tolerance));
    // One value of 1 saturates: 1 − (1 − 0.2)(1 − 1) = 1
    const std::vector<double> saturated{0.2, 1.0};
    CHECK(dfquad_aggregate(saturated) == 1.0);
}

TEST_CASE("a single argument keeps its base score", "[dfquad]") {
    QuadGraph graph;
    graph.add_node(0.3);
    // va = vs = F() = 0, so σ = 0.3 − 0.3·(0 − 0) = 0.3
    CHECK(strengths_of(graph)[0] == Approx(0.3).margin(tolerance));
}

TEST_CASE("an attacker lowers its target's strength", "[dfquad]") {
    QuadGraph graph;
    const auto a = graph.add_node(0.6);
    const auto b = graph.add_node(0.5);
    graph.attackers[a].push_back(b);
    const auto sigma = strengths_of(graph);
    // σ(b) = 0.5; va = F(0.5) = 0.5, vs = 0; va ≥ vs: σ(a) = 0.6 − 0.6·0.5 = 0.3
    CHECK(sigma[b] == Approx(0.5).margin(tolerance));
    CHECK(sigma[a] == Approx(0.3).margin(tolerance));
}

TEST_CASE("a supporter raises its target's strength", "[dfquad]") {
    QuadGraph graph;
    const auto a = graph.add_node(0.6);
    const auto c = graph.add_node(0.5);
    graph.supporters[a].push_back(c);
    // va = 0, vs = 0.5; va < vs: σ(a) = 0.6 + (1 − 0.6)·(0.5 − 0) = 0.6 + 0.2 = 0.8
    CHECK(strengths_of(graph)[a] == Approx(0.8).margin(tolerance));
}

TEST_CASE("an attacker and a supporter of equal strength cancel out", "[dfquad]") {
    QuadGraph graph;
    const auto a = graph.add_node(0.6);
    const auto b = graph.add_node(0.5);
    const auto c = graph.add_node(0.5);
    graph.attackers[a].push_back(b);
    graph.supporters[a].push_back(c);
    // va = vs = 0.5; va ≥ vs: σ(a) = 0.6 − 0.6·(0.5 − 0.5) = 0.6
    CHECK(strengths_of(graph)[a] == Approx(0.6).margin(tolerance));
}

TEST_CASE("two attackers combine by probabilistic sum", "[dfquad]") {
    QuadGraph graph;
    const auto a = graph.add_node(0.8);
    graph.attackers[a] = {graph.add_node(0.5), graph.add_node(0.5)};
    // va = 1 − (1 − 0.5)(1 − 0.5) = 0.75, vs = 0: σ(a) = 0.8 − 0.8·0.75 = 0.8 − 0.6 = 0.2
    CHECK(strengths_of(graph)[a] == Approx(0.2).margin(tolerance));
}

TEST_CASE("a chain of three is evaluated from the leaf up", "[dfquad]") {
    // c supports b, b attacks a; indices put the root first so index order would be wrong.
    QuadGraph graph;
    const auto a = graph.add_node(0.5);
    const auto b = graph.add_node(0.4);
    const auto c = graph.add_node(0.8);
    graph.supporters[b].push_back(c);
    graph.attackers[a].push_back(b);
    const auto sigma = strengths_of(graph);
    // σ(c) = 0.8
    // σ(b): va = 0, vs = 0.8 → 0.4 + (1 − 0.4)·0.8 = 0.4 + 0.48 = 0.88
    // σ(a): va = 0.88, vs = 0 → 0.5 − 0.5·0.88 = 0.5 − 0.44 = 0.06
    CHECK(sigma[c] == Approx(0.8).margin(tolerance));
    CHECK(sigma[b] == Approx(0.88).margin(tolerance));
    CHECK(sigma[a] == Approx(0.06).margin(tolerance));
}

TEST_CASE("a diamond uses the shared argument's strength on both paths", "[dfquad]") {
    // d attacks b and supports c; b attacks a; c supports a.
    QuadGraph graph;
    const auto a = graph.add_node(0.5);
    const auto b = graph.add_node(0.6);
    const auto c = graph.add_node(0.7);
    const auto d = graph.add_node(0.5);
    graph.attackers[b].push_back(d);
    graph.supporters[c].push_back(d);
    graph.attackers[a].push_back(b);
    graph.supporters[a].push_back(c);
    const auto sigma = strengths_of(graph);
    // σ(d) = 0.5
    // σ(b): va = 0.5, vs = 0 → 0.6 − 0.6·0.5 = 0.3
    // σ(c): va = 0, vs = 0.5 → 0.7 + 0.3·0.5 = 0.85
    // σ(a): va = 0.3 < vs = 0.85 → 0.5 + 0.5·(0.85 − 0.3) = 0.5 + 0.275 = 0.775
    CHECK(sigma[d] == Approx(0.5).margin(tolerance));
    CHECK(sigma[b] == Approx(0.3).margin(tolerance));
    CHECK(sigma[c] == Approx(0.85).margin(tolerance));
    CHECK(sigma[a] == Approx(0.775).margin(tolerance));
}

TEST_CASE("the leaves-first order puts every argument after its attackers and supporters",
          "[dfquad]") {
    std::mt19937_64 rng(20160425);
    for (int round = 0; round < 200; ++round) {
        const auto g = random_acyclic_graph(rng);
        const auto order = leaves_first_order(g.graph);
        REQUIRE(order.has_value());
        REQUIRE(order->size() == g.graph.size());
        std::vector<std::size_t> position(g.graph.size(), g.graph.size());
        for (std::size_t i = 0; i < order->size(); ++i) position[(*order)[i]] = i;
        for (std::size_t node = 0; node < g.graph.size(); ++node) {
            REQUIRE(position[node] < g.graph.size());  // a permutation: every node placed
            for (std::size_t child : g.graph.attackers[node]) CHECK(position[child] < position[node]);
            for (std::size_t child : g.graph.supporters[node]) CHECK(position[child] < position[node]);
        }
        CHECK(find_cycle(g.graph).empty());
    }
}

TEST_CASE("iterative strengths agree with a recursive evaluation on random graphs",
          "[dfquad]") {
    std::mt19937_64 rng(42);
    for (int round = 0; round < 500; ++round) {
        const auto g = random_acyclic_graph(rng);
        const auto sigma = strengths_of(g.graph);
        std::vector<std::optional<double>> memo(g.graph.size());
        for (std::size_t node = 0; node < g.graph.size(); ++node) {
            INFO("graph " << round << ", node " << node);
            CHECK(sigma[node] == Approx(reference_strength(g.graph, node, memo)).margin(tolerance));
        }
    }
}

TEST_CASE("one node's strength is the same arithmetic as the full evaluation", "[dfquad]") {
    // The incremental scorer recomputes single nodes; it must match a full recompute bit
    // for bit, whether it calls dfquad_node_strength or the two building blocks.
    std::mt19937_64 rng(7);
    for (int round = 0; round < 100; ++round) {
        const auto g = random_acyclic_graph(rng);
        const auto sigma = strengths_of(g.graph);
        for (std::size_t node = 0; node < g.graph.size(); ++node) {
            std::vector<double> attack;
            std::vector<double> support;
            for (std::size_t child : g.graph.attackers[node]) attack.push_back(sigma[child]);
            for (std::size_t child : g.graph.supporters[node]) support.push_back(sigma[child]);
            CHECK(dfquad_node_strength(g.graph, node, sigma) == sigma[node]);
            CHECK(dfquad_combine(g.graph.base[node], dfquad_aggregate(attack),
                                 dfquad_aggregate(support)) == sigma[node]);
        }
    }
}

TEST_CASE("every strength lies in [0, 1]", "[dfquad]") {
    std::mt19937_64 rng(1);
    for (int round = 0; round < 500; ++round) {
        for (double s : strengths_of(random_acyclic_graph(rng).graph)) {
            CHECK(s >= 0.0);
            CHECK(s <= 1.0);
        }
    }
}

TEST_CASE("without attackers or supporters the strength is the base score", "[dfquad]") {
    std::mt19937_64 rng(2);
    int seen = 0;
    for (int round = 0; round < 200; ++round) {
        const auto g = random_acyclic_graph(rng);
        const auto sigma = strengths_of(g.graph);
        for (std::size_t node = 0; node < g.graph.size(); ++node) {
            if (!g.graph.attackers[node].empty() || !g.graph.supporters[node].empty()) continue;
            CHECK(sigma[node] == g.graph.base[node]);
            ++seen;
        }
    }
    CHECK(seen > 0);
}

TEST_CASE("adding an attacker never raises the target's strength", "[dfquad]") {
    std::mt19937_64 rng(3);
    int lowered = 0;
    for (int round = 0; round < 500; ++round) {
        auto g = random_acyclic_graph(rng);
        const auto target = std::uniform_int_distribution<std::size_t>(0, g.graph.size() - 1)(rng);
        const double before = strengths_of(g.graph)[target];
        const auto attacker = pick_new_child(g, target, rng);
        g.graph.attackers[target].push_back(attacker);
        const double after = strengths_of(g.graph)[target];
        INFO("graph " << round << ", target " << target);
        CHECK(after <= before);
        if (after < before) ++lowered;
    }
    CHECK(lowered > 100);  // the property was exercised, not just met by equality
}

TEST_CASE("adding a supporter never lowers the target's strength", "[dfquad]") {
    std::mt19937_64 rng(4);
    int raised = 0;
    for (int round = 0; round < 500; ++round) {
        auto g = random_acyclic_graph(rng);
        const auto target = std::uniform_int_distribution<std::size_t>(0, g.graph.size() - 1)(rng);
        const double before = strengths_of(g.graph)[target];
        const auto supporter = pick_new_child(g, target, rng);
        g.graph.supporters[target].push_back(supporter);
        const double after = strengths_of(g.graph)[target];
        INFO("graph " << round << ", target " << target);
        CHECK(after >= before);
        if (after > before) ++raised;
    }
    CHECK(raised > 100);
}

TEST_CASE("a cycle is detected and reported in edge direction", "[dfquad]") {
    std::mt19937_64 rng(5);
    int cycles = 0;
    for (int round = 0; round < 500; ++round) {
        auto g = random_acyclic_graph(rng);
        // Walk down from some node with children to a descendant, then let the node
        // attack or support that descendant: the only cycles run through that new edge.
        std::vector<std::size_t> parents;
        for (std::size_t node = 0; node < g.graph.size(); ++node)
            if (!g.graph.attackers[node].empty() || !g.graph.supporters[node].empty())
                parents.push_back(node);
        if (parents.empty()) continue;
        const auto top = parents[std::uniform_int_distribution<std::size_t>(0, parents.size() - 1)(rng)];
        std::size_t below = top;
        do {
            std::vector<std::size_t> children = g.graph.attackers[below];
            children.insert(children.end(), g.graph.supporters[below].begin(),
                            g.graph.supporters[below].end());
            below = children[std::uniform_int_distribution<std::size_t>(0, children.size() - 1)(rng)];
        } while (std::bernoulli_distribution(0.5)(rng) &&
                 (!g.graph.attackers[below].empty() || !g.graph.supporters[below].empty()));
        (std::bernoulli_distribution(0.5)(rng) ? g.graph.attackers : g.graph.supporters)[below]
            .push_back(top);
        ++cycles;

        INFO("graph " << round << ": " << top << " now also targets " << below);
        CHECK_FALSE(leaves_first_order(g.graph).has_value());
        const auto cycle = find_cycle(g.graph);
        REQUIRE(cycle.size() >= 2);
        for (std::size_t i = 0; i < cycle.size(); ++i)
            CHECK(is_child(g.graph, cycle[i], cycle[(i + 1) % cycle.size()]));
        auto distinct = cycle;
        std::sort(distinct.begin(), distinct.end());
        CHECK(std::adjacent_find(distinct.begin(), distinct.end()) == distinct.end());
        CHECK(cycle.front() == distinct.front());  // reported from its smallest index
        CHECK(std::count(cycle.begin(), cycle.end(), top) == 1);
        CHECK(std::count(cycle.begin(), cycle.end(), below) == 1);
    }
    CHECK(cycles > 100);
}

TEST_CASE("an argument attacking itself is a cycle of one", "[dfquad]") {
    QuadGraph graph;
    graph.add_node(0.5);
    const auto a = graph.add_node(0.5);
    graph.attackers[a].push_back(a);
    CHECK_FALSE(leaves_first_order(graph).has_value());
    CHECK(find_cycle(graph) == std::vector<std::size_t>{a});
}

TEST_CASE("very deep graphs are evaluated without running out of stack", "[dfquad]") {
    // Each argument attacks the previous one and all bases are 1: strengths alternate
    // 1, 0, 1, ... from the leaf. A recursive evaluation would need 300,000 frames.
    constexpr std::size_t depth = 300'000;
    QuadGraph graph;
    for (std::size_t i = 0; i < depth; ++i) graph.add_node(1.0);
    for (std::size_t i = 0; i + 1 < depth; ++i) graph.attackers[i].push_back(i + 1);
    const auto sigma = strengths_of(graph);
    CHECK(sigma[depth - 1] == 1.0);
    CHECK(sigma[depth - 2] == 0.0);
    CHECK(sigma[0] == ((depth - 1) % 2 == 0 ? 1.0 : 0.0));
    CHECK(find_cycle(graph).empty());

    // Closing the chain into one long cycle.
    graph.supporters[depth - 1].push_back(0);
    CHECK(find_cycle(graph).size() == depth);
}
