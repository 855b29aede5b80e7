// `lagerhuis analyze strength GRAPH.json`: DF-QuAD strengths of a hand-written graph,
// so trainers can try the semantics on small examples without running a session.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/cli_support.hpp"
#include "cli/subcommands.hpp"
#include "core/dfquad.hpp"
#include "proto/quad_graph_json.hpp"

namespace lagerhuis::cli {

namespace {

constexpr const char* strength_footer = R"(GRAPH.json holds arguments with a base score and the edges between them:

  {
    "arguments": [{"id": "stelling", "base": 0.5},
                  {"id": "duur",     "base": 0.7},
                  {"id": "subsidie", "base": 0.6},
                  {"id": "gezond",   "base": 0.8}],
    "attacks":   [["duur", "stelling"], ["subsidie", "duur"]],
    "supports":  [["gezond", "stelling"]]
  }

  - every id is a unique, non-empty string; "base" (the base score) is in [0, 1];
  - an edge [x, y] in "attacks" means x attacks y, in "supports" that x supports y;
    "attacks" and "supports" may be left out; other fields of an argument are ignored;
  - the graph must be acyclic (in a debate a new argument can only target an older one).

Strength follows DF-QuAD (Rago, Toni, Aurisicchio & Baroni, KR 2016), leaves first:

  F()        = 0
  F(v1..vn)  = 1 - (1 - v1)(1 - v2)...(1 - vn)
  va = F(strengths of the attackers), vs = F(strengths of the supporters)
  strength   = base - base * (va - vs)          if va >= vs
  strength   = base + (1 - base) * (vs - va)    otherwise

Unattacked, unsupported arguments keep their base score. For a statement with base 0.5,
a strength above 0.5 means the voor side argued better, below 0.5 the tegen side.

Prints {"strength": {"<id>": <strength>, ...}} on one line, ids in file order, each
number written so that it reads back exactly. On bad input prints the problem to stderr
and exits with code 2.
)";

[[noreturn]] void fail_on_file(const std::string& file, const std::string& problem) {
    cli::fail("analyze strength", file + ": " + problem);
}

std::string read_whole_file(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) fail_on_file(path, "no such file");
    if (std::filesystem::is_directory(status)) fail_on_file(path, "is a directory, not a graph file");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) fail_on_file(path, "cannot be read");
    return std::move(text).str();
}

void print_strengths(const std::string& path) {
    const auto named = proto::parse_quad_graph(read_whole_file(path));
    if (!named) fail_on_file(path, named.error());
    const auto order = core::leaves_first_order(named->graph);
    // The parser already refused cycles; this guards against the two drifting apart.
    if (!order) fail_on_file(path, "the graph has a cycle");
    const auto strengths = core::dfquad_strengths(named->graph, *order);
    std::cout << proto::strengths_to_json(named->ids, strengths) << '\n';
}

}  // namespace

void register_analyze_strength(CLI::App& analyze) {
    auto* strength = analyze.add_subcommand(
        "strength", "Print the DF-QuAD strength of every argument in an argument graph");
    auto path = std::make_shared<std::string>();
    strength->add_option("GRAPH.json", *path, "The argument graph (JSON, format below)")
        ->required();
    strength->footer(strength_footer);
    strength->callback([path] { print_strengths(*path); });
}

}  // namespace lagerhuis::cli
