#include <catch2/catch.hpp>

#include <string>

#include "core/scoring_weights_parser.hpp"
#include "tests/core/shipped_assets.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::read_shipped_asset;

namespace {

const std::string& shipped() {
    static const std::string text = read_shipped_asset("scoring.ini");
    return text;
}

// The shipped file with one key's line replaced (or removed, when `line` is empty).
// Plain string search: <regex> trips GCC 12's -Wmaybe-uninitialized under sanitizers.
std::string with_line(const std::string& key, const std::string& line) {
    std::string text = "\n" + shipped();
    const auto start = text.find("\n" + key + " = ");
    REQUIRE(start != std::string::npos);
    const auto end = text.find('\n', start + 1);
    REQUIRE(end != std::string::npos);
    text.replace(start + 1, end - start, line.empty() ? std::string() : line + "\n");
    return text.substr(1);
}

}  // namespace

TEST_CASE("the shipped weights are exactly the defaults the engine was built with", "[catalog]") {
    const auto weights = parse_scoring_weights(shipped(), "scoring.ini");
    INFO((weights ? std::string() : weights.error().message()));
    REQUIRE(weights.ok());
    CHECK(weights.value() == ScoringWeights{});
}

TEST_CASE("every weight is read into its own member", "[catalog]") {
    // A distinct value per key, in the order of ScoringWeights::fields.
    std::string text = "[weights]\n";
    std::vector<std::pair<std::string, double>> expected;
    const ScoringWeights shape;
    ScoringWeights::fields(shape, [&](std::string_view name, const double&) {
        const double value = name == "far_overtime_ratio" ? 2.0 : 0.01 * static_cast<double>(expected.size() + 1);
        expected.emplace_back(std::string(name), value);
        text += std::string(name) + " = " + std::to_string(value) + "\n";
    });
    const auto weights = parse_scoring_weights(text, "mine.ini");
    INFO((weights ? std::string() : weights.error().message()));
    REQUIRE(weights.ok());
    std::size_t index = 0;
    ScoringWeights::fields(weights.value(), [&](std::string_view name, const double& value) {
        CHECK(name == expected[index].first);
        CHECK(value == Approx(expected[index].second));
        ++index;
    });
    CHECK(weights->evidence(EvidenceKind::fact) == Approx(0.03));
}

TEST_CASE("a broken weights file names the key and what is wrong with it", "[catalog]") {
    struct Case {
        const char* what;
        std::string text;
        std::string key;      // appears in the problem
        std::string problem;  // also appears in the problem
    };
    const Case cases[] = {
        {"a missing key", with_line("pending_flag_cap", ""), "pending_flag_cap", "missing key"},
        {"an unknown key", with_line("irrelevant", "irrelevant = -0.30\nirelevant = -0.1"), "irelevant",
         "unknown key"},
        {"a value that is not a number", with_line("evidence_fact", "evidence_fact = veel"), "evidence_fact",
         "not a number"},
        {"a decimal comma", with_line("evidence_fact", "evidence_fact = 0,15"), "evidence_fact", "with a point"},
        {"an empty value", with_line("appreciation", "appreciation ="), "appreciation", "no text"},
        {"neutral above 1", with_line("neutral", "neutral = 1.5"), "neutral", "from 0 to 1"},
        {"neutral below 0", with_line("neutral", "neutral = -0.1"), "neutral", "from 0 to 1"},
        {"a delta above 1", with_line("evidence_expert", "evidence_expert = 1.2"), "evidence_expert",
         "from -1 to 1"},
        {"a delta below -1", with_line("confirmed_fallacy", "confirmed_fallacy = -2"), "confirmed_fallacy",
         "from -1 to 1"},
        {"a cap of the wrong sign", with_line("pending_flag_cap", "pending_flag_cap = 0.15"), "pending_flag_cap",
         "same sign as pending_flag"},
        {"a positive cap against a delta turned negative", with_line("appreciation", "appreciation = -0.02"),
         "appreciation_cap", "same sign as appreciation"},
        {"an overtime ratio below 1", with_line("far_overtime_ratio", "far_overtime_ratio = 0.9"),
         "far_overtime_ratio", "at least 1"},
        {"an unknown section", shipped() + "[gewichten]\n", "gewichten", "unknown section"},
    };
    for (const auto& c : cases) {
        SECTION(c.what) {
            const auto result = parse_scoring_weights(c.text, "assets/scoring.ini");
            REQUIRE_FALSE(result.ok());
            const auto& error = result.error();
            INFO(error.message());
            CHECK(error.file == "assets/scoring.ini");
            CHECK_FALSE(error.entry.empty());
            CHECK(error.line > 0);
            CHECK_THAT(error.message(), Catch::Contains(c.key) && Catch::Contains(c.problem));
        }
    }
}

TEST_CASE("a weights file without its section says so", "[catalog]") {
    const auto result = parse_scoring_weights("# nothing here yet\n", "scoring.ini");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().entry == "weights");
    CHECK_THAT(result.error().problem, Catch::Contains("missing section [weights]"));
}

TEST_CASE("a cap may be zero and weights accept an explicit plus sign", "[catalog]") {
    auto text = with_line("pending_flag_cap", "pending_flag_cap = 0");
    const auto appreciation = text.find("\nappreciation = 0.02\n");
    REQUIRE(appreciation != std::string::npos);
    text.replace(appreciation, std::string("\nappreciation = 0.02\n").size(), "\nappreciation = +0.04\n");
    const auto weights = parse_scoring_weights(text, "scoring.ini");
    INFO((weights ? std::string() : weights.error().message()));
    REQUIRE(weights.ok());
    CHECK(weights->pending_flag_cap == 0.0);
    CHECK(weights->appreciation == 0.04);
}
