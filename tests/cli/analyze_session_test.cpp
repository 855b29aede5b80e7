// `lagerhuis demo` and `lagerhuis analyze session`, run as a user would.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <boost/json/parse.hpp>

#include "tests/cli/run_command.hpp"
#include "tests/cli/temp_file.hpp"

namespace lagerhuis::tests {
namespace {

struct DemoLog {
    TempFile file{"", ".jsonl"};
    DemoLog() {
        const auto made = run_command({LAGERHUIS_BINARY, "demo", "-o", file.string()});
        INFO(made.err);
        REQUIRE(made.exit_code == 0);
    }
};

std::string first_lines(const std::string& path, int count) {
    std::ifstream in(path);
    std::string line;
    std::string text;
    for (int i = 0; i < count && std::getline(in, line); ++i) text += line + "\n";
    return text;
}

}  // namespace

TEST_CASE("analyze session prints the scoreboard of the demo as JSON with explanations", "[cli]") {
    DemoLog demo;
    const auto result = run_command({LAGERHUIS_BINARY, "analyze", "session", demo.file.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const auto json = boost::json::parse(result.out);
    const auto& statements = json.at("statements").as_array();
    REQUIRE(statements.size() == 2);
    const auto& verdict = statements[0].at("strength");
    CHECK(verdict.at("value").as_double() < 0.5);
    CHECK_FALSE(verdict.at("terms").as_array().empty());
    const auto& first_argument = json.at("arguments").as_array().at(0);
    const auto& terms = first_argument.at("base").at("terms").as_array();
    REQUIRE_FALSE(terms.empty());
    CHECK(terms[0].at("rule").as_string() == "neutral");
    CHECK_FALSE(terms[0].at("events").as_array().empty());
    CHECK(json.at("fallacies").as_array().size() >= 10);
}

TEST_CASE("analyze session --table summarises in Dutch by default and in English on request", "[cli]") {
    DemoLog demo;
    const auto dutch = run_command({LAGERHUIS_BINARY, "analyze", "session", demo.file.string(), "--table"});
    REQUIRE(dutch.exit_code == 0);
    CHECK_THAT(dutch.out, Catch::Contains("Argumentatief oordeel"));
    CHECK_THAT(dutch.out, Catch::Contains("Hellend vlak"));
    CHECK_THAT(dutch.out, Catch::Contains("gemist: niemand meldde hem"));
    CHECK_THAT(dutch.out, Catch::Contains("Karim Yılmaz"));
    CHECK_THAT(dutch.out, Catch::Contains("Bevestigde drogreden: Bespelen van het publiek -0,20"));
    const auto english = run_command({LAGERHUIS_BINARY, "analyze", "session", demo.file.string(), "--table", "--language", "en"});
    REQUIRE(english.exit_code == 0);
    CHECK_THAT(english.out, Catch::Contains("Argumentative verdict"));
    CHECK_THAT(english.out, Catch::Contains("Slippery slope"));
    CHECK_THAT(english.out, Catch::Contains("missed: nobody flagged it"));
    CHECK_THAT(english.out, Catch::Contains("Confirmed fallacy: Appeal to emotion"));
}

TEST_CASE("analyze session refuses a log with a gap, a bad line or no events, naming the line", "[cli]") {
    DemoLog demo;
    const std::string head = first_lines(demo.file.string(), 5);
    const std::string lines[] = {head.substr(0, head.find('\n') + 1), head.substr(head.find('\n') + 1)};

    struct Case {
        const char* what;
        std::string text;
        const char* expected;
    };
    const Case cases[] = {
        {"a gap", lines[0] + lines[1].substr(lines[1].find('\n') + 1), ":2: event seq 3 where 2 was expected"},
        {"a broken line", lines[0] + "{\"v\":1,\"seq\":2\n", ":2:"},
        {"no events", "\n\n", "no events"},
        {"not a session start", lines[1], "seq 2 where 1 was expected"},
    };
    for (const auto& c : cases) {
        SECTION(c.what) {
            TempFile log(c.text, ".jsonl");
            const auto result = run_command({LAGERHUIS_BINARY, "analyze", "session", log.string()});
            CHECK(result.exit_code == 2);
            CHECK_THAT(result.err, Catch::Contains(c.expected));
        }
    }
}

TEST_CASE("demo reports a broken assets folder instead of writing a log", "[cli]") {
    TempFile out("", ".jsonl");
    const auto result = run_command({LAGERHUIS_BINARY, "demo", "-o", out.string(), "--assets", "/"});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("fallacies.ini"));
}

TEST_CASE("every subcommand explains itself in --help", "[cli]") {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--help"}, {"demo", "--help"}, {"analyze", "--help"}, {"analyze", "session", "--help"},
             {"analyze", "strength", "--help"}}) {
        std::vector<std::string> argv{LAGERHUIS_BINARY};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto result = run_command(argv);
        INFO(args.front());
        CHECK(result.exit_code == 0);
        CHECK(result.out.size() > 200);
    }
}

}  // namespace lagerhuis::tests

namespace lagerhuis::tests {

TEST_CASE("demo writes a .lagerhuis session file that analyze session reads, and never overwrites one", "[cli]") {
    const auto dir = std::filesystem::temp_directory_path() / ("lagerhuis-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = (dir / "demo.lagerhuis").string();
    const auto made = run_command({LAGERHUIS_BINARY, "demo", "-o", file});
    INFO(made.err);
    REQUIRE(made.exit_code == 0);
    const auto scored = run_command({LAGERHUIS_BINARY, "analyze", "session", file, "--table"});
    CHECK(scored.exit_code == 0);
    CHECK_THAT(scored.out, Catch::Contains("Stelling 2"));
    const auto again = run_command({LAGERHUIS_BINARY, "demo", "-o", file});
    CHECK(again.exit_code == 2);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    std::filesystem::remove_all(dir);
}

}  // namespace lagerhuis::tests
