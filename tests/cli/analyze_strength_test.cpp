#include <catch2/catch.hpp>

#include <boost/json.hpp>

#include <charconv>
#include <random>
#include <string>
#include <vector>

#include "core/dfquad.hpp"
#include "proto/quad_graph_json.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/cli/temp_file.hpp"

using lagerhuis::tests::CommandOutput;
using lagerhuis::tests::run_command;
using lagerhuis::tests::TempFile;

namespace {

CommandOutput analyze_strength(const std::string& path) {
    return run_command({LAGERHUIS_BINARY, "analyze", "strength", path});
}

// Every bad input is refused the same way: nothing on stdout, one line on stderr that
// names the file and contains `problem`, exit code 2.
void check_refused(const std::string& graph_json, const std::vector<std::string>& problem) {
    const TempFile file(graph_json, ".json");
    const auto result = analyze_strength(file.string());
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("lagerhuis analyze strength: " + file.string() + ": ", 0) == 0);
    for (const auto& part : problem) CHECK(result.err.find(part) != std::string::npos);
}

// The number printed right after "id": in the output, read exactly (std::from_chars is
// correctly rounded, so a shortest round-trip print must read back to the same double).
double printed_strength(const std::string& out, const std::string& id) {
    const std::string key = "\"" + id + "\":";
    const auto at = out.find(key);
    REQUIRE(at != std::string::npos);
    const char* begin = out.data() + at + key.size();
    double value = -1.0;
    const auto [end, ec] = std::from_chars(begin, out.data() + out.size(), value);
    REQUIRE(ec == std::errc());
    REQUIRE(end != begin);
    return value;
}

}  // namespace

TEST_CASE("analyze strength prints the DF-QuAD strength of every argument", "[dfquad]") {
    // Listed root-last so that file order is not an evaluation order.
    const TempFile file(R"({
  "arguments": [{"id": "duur", "base": 0.7},
                {"id": "gezond", "base": 0.8, "text": "Zwemmen is gezond"},
                {"id": "subsidie", "base": 0.6},
                {"id": "stelling", "base": 0.5}],
  "attacks": [["duur", "stelling"], ["subsidie", "duur"]],
  "supports": [["gezond", "stelling"]]
})",
                        ".json");
    const auto result = analyze_strength(file.string());
    INFO("stderr: " << result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.empty());

    boost::system::error_code ec;
    const auto printed = boost::json::parse(result.out, ec);
    REQUIRE_FALSE(ec);
    const auto& strength = printed.at("strength").as_object();
    std::vector<std::string> keys;
    for (const auto& entry : strength) keys.emplace_back(entry.key());
    CHECK(keys == std::vector<std::string>{"duur", "gezond", "subsidie", "stelling"});

    // σ(subsidie) = 0.6, σ(gezond) = 0.8 (leaves keep their base)
    // σ(duur): va = 0.6 → 0.7 − 0.7·0.6 = 0.7 − 0.42 = 0.28
    // σ(stelling): va = 0.28 < vs = 0.8 → 0.5 + 0.5·(0.8 − 0.28) = 0.5 + 0.26 = 0.76
    CHECK(strength.at("subsidie").to_number<double>() == Approx(0.6).margin(1e-9));
    CHECK(strength.at("gezond").to_number<double>() == Approx(0.8).margin(1e-9));
    CHECK(strength.at("duur").to_number<double>() == Approx(0.28).margin(1e-9));
    CHECK(strength.at("stelling").to_number<double>() == Approx(0.76).margin(1e-9));
}

TEST_CASE("analyze strength prints exactly the doubles the engine computes", "[dfquad]") {
    // Bases like 1/3 give strengths that need all 17 digits; the printed numbers must
    // read back to the very same doubles as an in-process evaluation.
    const std::string graph_json = R"({
  "arguments": [{"id": "s", "base": 0.5}, {"id": "a", "base": 0.3333333333333333},
                {"id": "b", "base": 0.1}, {"id": "c", "base": 0.7}, {"id": "d", "base": 0.2}],
  "attacks": [["a", "s"], ["c", "a"], ["d", "s"]],
  "supports": [["b", "s"], ["d", "a"]]
})";
    const auto named = lagerhuis::proto::parse_quad_graph(graph_json);
    REQUIRE(named.ok());
    const auto order = lagerhuis::core::leaves_first_order(named->graph);
    REQUIRE(order.has_value());
    const auto expected = lagerhuis::core::dfquad_strengths(named->graph, *order);

    const TempFile file(graph_json, ".json");
    const auto result = analyze_strength(file.string());
    REQUIRE(result.exit_code == 0);
    for (std::size_t i = 0; i < named->ids.size(); ++i) {
        INFO("argument " << named->ids[i] << " in " << result.out);
        CHECK(printed_strength(result.out, named->ids[i]) == expected[i]);
    }
}

TEST_CASE("strengths are printed in shortest round-trip form", "[dfquad]") {
    std::mt19937_64 rng(99);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<std::string> ids;
    std::vector<double> values{0.42, 0.0, 1.0, 0.1 + 0.2, 1e-300};
    while (values.size() < 200) values.push_back(unit(rng));
    for (std::size_t i = 0; i < values.size(); ++i) ids.push_back("n" + std::to_string(i));
    const std::string out = lagerhuis::proto::strengths_to_json(ids, values);
    CHECK(out.rfind(R"({"strength":{"n0":0.42,"n1":0.0,"n2":1.0,)", 0) == 0);
    for (std::size_t i = 0; i < values.size(); ++i)
        CHECK(printed_strength(out, ids[i]) == values[i]);
}

TEST_CASE("analyze strength refuses a graph with a cycle and names its arguments", "[dfquad]") {
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}, {"id": "b", "base": 0.5},
                                    {"id": "c", "base": 0.5}, {"id": "d", "base": 0.5}],
                      "attacks": [["b", "a"], ["c", "b"], ["d", "a"]],
                      "supports": [["a", "c"]]})",
                  {"cycle: a → c → b → a\n"});
}

TEST_CASE("analyze strength refuses an edge to an unknown argument", "[dfquad]") {
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}],
                      "attacks": [["x", "a"]]})",
                  {R"(attacks[0] ["x","a"])", R"(unknown argument id "x")"});
}

TEST_CASE("analyze strength refuses a duplicate argument id", "[dfquad]") {
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}, {"id": "a", "base": 0.4}]})",
                  {"arguments[1]", R"(duplicate id "a")"});
}

TEST_CASE("analyze strength refuses a base score outside [0, 1]", "[dfquad]") {
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}, {"id": "b", "base": 1.5}]})",
                  {"arguments[1].base", "1.5", "outside [0, 1]"});
    check_refused(R"({"arguments": [{"id": "a", "base": -0.1}]})", {"arguments[0].base", "-0.1"});
    check_refused(R"({"arguments": [{"id": "a", "base": 1e400}]})", {"arguments[0].base", "too large"});
}

TEST_CASE("analyze strength refuses malformed JSON and says where", "[dfquad]") {
    check_refused("{\"arguments\": [\n  {\"id\": \"a\", \"base\": 0.5},,\n]}",
                  {"invalid JSON", "line 2"});
    check_refused("", {"the file is empty"});
}

TEST_CASE("analyze strength names missing and ill-typed fields", "[dfquad]") {
    check_refused(R"({"attacks": []})", {R"(missing field "arguments")"});
    check_refused(R"({"arguments": [{"id": "a", "base": "high"}]})",
                  {"arguments[0].base must be a number"});
    check_refused(R"({"arguments": [{"id": "a"}]})", {"arguments[0].base is missing"});
    check_refused(R"({"arguments": [{"base": 0.5}]})", {"arguments[0].id is missing"});
    check_refused(R"({"arguments": [{"id": 7, "base": 0.5}]})", {"arguments[0].id must be a string"});
    check_refused(R"({"arguments": [], "attack": []})", {R"(unknown field "attack")"});
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}], "supports": [["a"]]})",
                  {"supports[0] must be a pair of argument ids"});
    check_refused(R"([1, 2])", {"must hold a JSON object"});
}

TEST_CASE("analyze strength refuses self-loops and repeated edges", "[dfquad]") {
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}], "supports": [["a", "a"]]})",
                  {R"(argument "a" supports itself)"});
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}, {"id": "b", "base": 0.5}],
                      "attacks": [["b", "a"], ["b", "a"]]})",
                  {"attacks[1]", "repeats attacks[0]"});
    check_refused(R"({"arguments": [{"id": "a", "base": 0.5}, {"id": "b", "base": 0.5}],
                      "attacks": [["b", "a"]], "supports": [["b", "a"]]})",
                  {"supports[0]", "contradicts attacks[0]"});
}

TEST_CASE("analyze strength refuses a file that does not exist", "[dfquad]") {
    const std::string missing = (std::filesystem::temp_directory_path() /
                                 "lagerhuis-test-no-such-graph.json").string();
    std::filesystem::remove(missing);
    const auto result = analyze_strength(missing);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "lagerhuis analyze strength: " + missing + ": no such file\n");
}

TEST_CASE("analyze strength --help explains the file format and the semantics", "[dfquad]") {
    const auto result = run_command({LAGERHUIS_BINARY, "analyze", "strength", "--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("GRAPH.json") != std::string::npos);
    CHECK(result.out.find(R"("attacks")") != std::string::npos);
    CHECK(result.out.find("DF-QuAD") != std::string::npos);
    CHECK(result.out.find("F(v1..vn)") != std::string::npos);
}
