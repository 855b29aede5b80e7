#include "proto/quad_graph_json.hpp"

#include "proto/json_text.hpp"

#include <boost/json.hpp>

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

namespace lagerhuis::proto {

namespace json = boost::json;

namespace {

using Problem = std::optional<std::string>;  // set when the input is refused
using IdIndex = std::unordered_map<std::string, std::size_t>;

// A JSON string literal, so ids with quotes or control characters print unambiguously.
std::string in_quotes(std::string_view text) {
    return json::serialize(json::string_view(text.data(), text.size()));
}

Problem check_top_level_fields(const json::object& top) {
    for (const auto& field : top) {
        const std::string_view key = field.key();
        if (key != "arguments" && key != "attacks" && key != "supports")
            return "unknown field " + in_quotes(key) +
                   " (expected \"arguments\", \"attacks\" and \"supports\")";
    }
    return std::nullopt;
}

Problem read_argument(const json::value& entry, std::size_t index, NamedQuadGraph& out,
                      IdIndex& index_of) {
    const std::string where = "arguments[" + std::to_string(index) + "]";
    const json::object* fields = entry.if_object();
    if (fields == nullptr) return where + " must be an object like {\"id\": \"a\", \"base\": 0.5}";

    const json::value* id_value = fields->if_contains("id");
    if (id_value == nullptr) return where + ".id is missing";
    const json::string* id = id_value->if_string();
    if (id == nullptr) return where + ".id must be a string";
    if (id->empty()) return where + ".id must not be empty";
    std::string name(id->data(), id->size());
    if (const auto seen = index_of.find(name); seen != index_of.end())
        return where + ": duplicate id " + in_quotes(name) + " (first used by arguments[" +
               std::to_string(seen->second) + "])";

    const json::value* base_value = fields->if_contains("base");
    if (base_value == nullptr) return where + ".base is missing";
    if (!base_value->is_number()) return where + ".base must be a number";
    boost::system::error_code ec;
    const double base = base_value->to_number<double>(ec);
    // Boost.JSON reads 1e400 as infinity, so a finiteness check is needed too.
    if (ec || !std::isfinite(base) || base < 0.0 || base > 1.0)
        return where + ".base of " + in_quotes(name) + " is " +
               (std::isfinite(base) ? write_json_text(json::value(base)) : "too large") + ", outside [0, 1]";

    index_of.emplace(name, index);
    out.ids.push_back(std::move(name));
    out.graph.add_node(base);
    return std::nullopt;
}

Problem read_arguments(const json::object& top, NamedQuadGraph& out, IdIndex& index_of) {
    const json::value* arguments = top.if_contains("arguments");
    if (arguments == nullptr) return "missing field \"arguments\"";
    const json::array* list = arguments->if_array();
    if (list == nullptr) return "\"arguments\" must be an array";
    for (std::size_t i = 0; i < list->size(); ++i)
        if (Problem problem = read_argument((*list)[i], i, out, index_of)) return problem;
    return std::nullopt;
}

enum class Relation { attack, support };

// Both relations share one record of the edges seen, to refuse repeats and an argument
// that would both attack and support the same target.
struct EdgeSeen {
    Relation relation;
    std::string where;
};
using EdgesSeen = std::map<std::pair<std::size_t, std::size_t>, EdgeSeen>;

Problem read_edges(const json::object& top, Relation relation, const IdIndex& index_of,
                   NamedQuadGraph& out, EdgesSeen& seen) {
    const char* field = relation == Relation::attack ? "attacks" : "supports";
    const char* verb = relation == Relation::attack ? "attacks" : "supports";
    const json::value* edges = top.if_contains(field);
    if (edges == nullptr) return std::nullopt;
    const json::array* list = edges->if_array();
    if (list == nullptr) return std::string("\"") + field + "\" must be an array";

    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string where = std::string(field) + "[" + std::to_string(i) + "]";
        const json::array* pair = (*list)[i].if_array();
        if (pair == nullptr || pair->size() != 2 || !(*pair)[0].is_string() ||
            !(*pair)[1].is_string())
            return where + " must be a pair of argument ids, like [\"b\", \"a\"] (b " + verb +
                   " a)";
        const std::string edge = where + " " + json::serialize(*pair);

        std::array<std::size_t, 2> ends{};
        for (std::size_t k = 0; k < 2; ++k) {
            const json::string& id = (*pair)[k].get_string();
            const auto found = index_of.find(std::string(id.data(), id.size()));
            if (found == index_of.end()) return edge + ": unknown argument id " + in_quotes(id);
            ends[k] = found->second;
        }
        const auto [from, to] = ends;
        if (from == to) return edge + ": argument " + in_quotes(out.ids[from]) + " " + verb + " itself";

        const auto [earlier, is_new] = seen.emplace(std::pair{from, to}, EdgeSeen{relation, edge});
        if (!is_new && earlier->second.relation == relation)
            return edge + " repeats " + earlier->second.where;
        if (!is_new)
            return edge + " contradicts " + earlier->second.where +
                   ": an argument cannot both attack and support the same argument";

        auto& children = relation == Relation::attack ? out.graph.attackers : out.graph.supporters;
        children[to].push_back(from);
    }
    return std::nullopt;
}

Problem check_acyclic(const NamedQuadGraph& named) {
    const std::vector<std::size_t> cycle = core::find_cycle(named.graph);
    if (cycle.empty()) return std::nullopt;
    std::string text = "cycle: ";
    for (std::size_t node : cycle) text += named.ids[node] + " → ";
    return text + named.ids[cycle.front()];
}

}  // namespace

core::Result<NamedQuadGraph, std::string> parse_quad_graph(std::string_view text) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return core::Failure<std::string>{"the file is empty"};
    auto document = parse_json_text(text);
    if (!document) return core::Failure{document.error().problem};
    const json::object* top = document->if_object();
    if (top == nullptr) return core::Failure<std::string>{"the file must hold a JSON object"};

    NamedQuadGraph out;
    IdIndex index_of;
    EdgesSeen seen;
    Problem problem = check_top_level_fields(*top);
    if (!problem) problem = read_arguments(*top, out, index_of);
    if (!problem) problem = read_edges(*top, Relation::attack, index_of, out, seen);
    if (!problem) problem = read_edges(*top, Relation::support, index_of, out, seen);
    if (!problem) problem = check_acyclic(out);
    if (problem) return core::Failure{std::move(*problem)};
    return out;
}

std::string strengths_to_json(std::span<const std::string> ids, std::span<const double> strengths) {
    assert(ids.size() == strengths.size());
    json::object by_id;
    for (std::size_t i = 0; i < ids.size(); ++i) by_id[ids[i]] = strengths[i];
    json::object out;
    out["strength"] = std::move(by_id);
    return write_json_text(out);
}

}  // namespace lagerhuis::proto
