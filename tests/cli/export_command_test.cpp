// `lagerhuis export`, run as a trainer would, checked against `lagerhuis analyze session`.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <filesystem>

#include <boost/json/parse.hpp>

#include "store/session_file.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/report/csv_reader.hpp"
#include "tests/report/report_fixture.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {
namespace {

namespace json = boost::json;

struct DemoSession {
    TempDir dir;
    std::string file = (dir / "demo.lagerhuis").string();
    DemoSession() {
        const auto made = run_command({LAGERHUIS_BINARY, "demo", "-o", file});
        INFO(made.err);
        REQUIRE(made.exit_code == 0);
    }
    std::string out(std::string_view name) const { return (dir / name).string(); }
};

CommandOutput run_ok(const std::vector<std::string>& argv) {
    auto result = run_command(argv);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return result;
}

json::value analyze(const std::string& file) {
    return json::parse(run_ok({LAGERHUIS_BINARY, "analyze", "session", file}).out);
}

// Written here again, not borrowed from report/: the test states what the trainer reads.
std::string minutes_seconds(double ms) {
    const auto seconds = static_cast<long>(ms / 1000.0 + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", seconds / 60, seconds % 60);
    return text;
}
std::string dutch_decimal(double value, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string dutch = text;
    std::replace(dutch.begin(), dutch.end(), '.', ',');
    return dutch;
}
int integer(const json::value& explained) { return static_cast<int>(explained.at("value").to_number<double>()); }

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto start = text.find(from);
    REQUIRE(start != std::string::npos);
    const auto end = text.find(to, start);
    REQUIRE(end != std::string::npos);
    return text.substr(start, end - start);
}

std::string counts(const json::value& c) {
    return "voor " + std::to_string(c.at("voor").as_int64()) + " · tegen " + std::to_string(c.at("tegen").as_int64()) +
           " · twijfel " + std::to_string(c.at("twijfel").as_int64());
}

// The scoreboard with the names left out: what pseudonyms must not change.
json::value without_names(json::value board) {
    for (auto& person : board.at("participants").as_array()) person.as_object()["name"] = "";
    return board;
}

}  // namespace

TEST_CASE("export html shows the figures of analyze session, as the terminal table spells them", "[export]") {
    DemoSession demo;
    const auto board = analyze(demo.file);
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "html", "-o", demo.out("verslag.html")});
    const std::string html = file_bytes(demo.out("verslag.html"));

    for (const auto& s : board.at("statements").as_array()) {
        const std::string id = std::to_string(s.at("id").as_int64());
        const std::string part = between(html, "id=\"statement-" + id + "\"", "</section>");
        INFO("statement " << id);
        CHECK_THAT(part, Catch::Contains(dutch_decimal(s.at("strength").at("value").as_double(), 3)));
        CHECK_THAT(part, Catch::Contains("Oversteken (" + std::to_string(s.at("crossings").as_int64()) + ")"));
        CHECK_THAT(part, Catch::Contains(counts(s.at("opening"))));
        CHECK_THAT(part, Catch::Contains(counts(s.at("closing"))));
        for (const auto& poll : s.at("polls").as_array()) CHECK_THAT(part, Catch::Contains(counts(poll.at("ballots"))));
    }

    const std::map<std::string, std::string> side_names{{"voor", "Voor"}, {"tegen", "Tegen"}, {"twijfel", "Twijfel"}};
    for (const auto& side : board.at("sides").as_array()) {
        const auto& m = side.at("measures");
        const std::string name = side_names.at(std::string(side.at("side").as_string()));
        INFO(name);
        CHECK_THAT(html, Catch::Contains(">" + name + "</span></td><td class=\"num\">" + minutes_seconds(m.at("speaking_ms").at("value").to_number<double>()) +
                                         "</td><td class=\"num\">" + std::to_string(integer(m.at("turns"))) + "</td>"));
    }

    int flags[3] = {0, 0, 0};
    for (const auto& person : board.at("participants").as_array()) {
        const auto& m = person.at("measures");
        flags[0] += integer(m.at("flags_confirmed"));
        flags[1] += integer(m.at("flags_dismissed"));
        flags[2] += integer(m.at("flags_pending"));
        if (person.at("role").as_string() != "participant") continue;
        const std::string card = between(html, "id=\"person-" + std::to_string(person.at("id").as_int64()) + "\"", "</article>");
        INFO(person.at("name").as_string().c_str());
        CHECK_THAT(card, Catch::Contains("<dt>Spreektijd</dt><dd>" + minutes_seconds(m.at("speaking_ms").at("value").to_number<double>()) + "</dd>"));
        CHECK_THAT(card, Catch::Contains("<dt>Beurten</dt><dd>" + std::to_string(integer(m.at("turns"))) + "</dd>"));
        CHECK_THAT(card, Catch::Contains("<dt>Argumenten</dt><dd>" + std::to_string(integer(m.at("arguments"))) + "</dd>"));
        CHECK_THAT(card, Catch::Contains("<dt>Oversteken</dt><dd>" + std::to_string(integer(m.at("crossings"))) + "</dd>"));
        const auto* precision = m.as_object().if_contains("flag_precision");
        char percent[16] = "–";
        if (precision && !precision->is_null()) std::snprintf(percent, sizeof percent, "%.0f%%", precision->to_number<double>() * 100);
        CHECK_THAT(card, Catch::Contains("Bevestigd " + std::to_string(integer(m.at("flags_confirmed"))) + " · afgewezen " +
                                         std::to_string(integer(m.at("flags_dismissed"))) + " · in behandeling " +
                                         std::to_string(integer(m.at("flags_pending"))) + " · precisie " + percent));
    }
    CHECK_THAT(html, Catch::Contains("Meldingen van deelnemers: " + std::to_string(flags[0]) + " bevestigd, " +
                                     std::to_string(flags[1]) + " afgewezen, " + std::to_string(flags[2]) + " in behandeling."));

    std::map<std::string, int> status;
    for (const auto& f : board.at("fallacies").as_array()) {
        ++status[std::string(f.at("status").as_string())];
        status["missed"] += f.at("missed").as_bool() ? 1 : 0;
    }
    CHECK(status["missed"] > 0);
    CHECK_THAT(html, Catch::Contains("Drogredenen: " + std::to_string(status["confirmed"]) + " bevestigd (waarvan " +
                                     std::to_string(status["missed"]) + " gemist), " + std::to_string(status["dismissed"]) +
                                     " afgewezen, " + std::to_string(status["pending"]) + " nog in behandeling."));
    const auto& catalog = shipped_session_assets().catalog;
    for (const auto& rule : board.at("violations_per_rule").as_array()) {
        if (rule.at("count").as_int64() == 0) continue;
        const int number = static_cast<int>(rule.at("rule").as_int64());
        CHECK_THAT(html, Catch::Contains("<td>" + std::to_string(number) + ". " + catalog.find_rule(number)->name.nl +
                                         "</td><td class=\"num\">" + std::to_string(rule.at("count").as_int64()) + "</td>"));
    }
    for (const char* external : {"http://", "https://", "src="}) CHECK(html.find(external) == std::string::npos);
}

TEST_CASE("export --pseudonymize leaves no real name in the HTML, the CSV tables or the event log", "[export]") {
    DemoSession demo;
    const std::string plain = demo.out("plain.html");
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "html", "-o", plain});
    CHECK(first_real_name_in(file_bytes(plain)) != "");  // the check below can fail

    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "html", "--pseudonymize", "-o", demo.out("p.html")});
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "html", "--pseudonymize", "--language", "en", "-o", demo.out("p-en.html")});
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "csv", "--pseudonymize", "-o", demo.out("p-csv")});
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "jsonl", "--pseudonymize", "-o", demo.out("p.jsonl")});
    std::vector<std::filesystem::path> outputs{demo.out("p.html"), demo.out("p-en.html"), demo.out("p.jsonl")};
    for (const auto& entry : std::filesystem::directory_iterator(demo.out("p-csv"))) outputs.push_back(entry.path());
    CHECK(outputs.size() == 3 + 9);
    for (const auto& output : outputs) {
        INFO(output.string());
        CHECK(first_real_name_in(file_bytes(output)) == "");
    }
    CHECK_THAT(file_bytes(demo.out("p-en.html")), Catch::Contains("Names are replaced"));
    CHECK_THAT(file_bytes(demo.out("p-en.html")), Catch::Contains(">P12</h3>"));
}

TEST_CASE("export csv writes a folder of RFC 4180 tables that match the scoreboard", "[export]") {
    DemoSession demo;
    const auto board = analyze(demo.file);
    for (bool decimal_comma : {false, true}) {
        const std::string folder = demo.out(decimal_comma ? "nl-tabellen" : "tables");
        std::vector<std::string> argv{LAGERHUIS_BINARY, "export", demo.file, "--format", "csv", "-o", folder};
        if (decimal_comma) argv.emplace_back("--decimal-comma");
        run_ok(argv);
        const auto table = [&](const char* name) {
            auto parsed = parse_csv(file_bytes(std::filesystem::path(folder) / name), decimal_comma ? ';' : ',');
            INFO(name << ": " << parsed.error);
            REQUIRE(parsed.error.empty());
            return parsed;
        };
        CHECK(table("crossings.csv").rows.size() - 1 == board.at("crossings").as_array().size());
        CHECK(table("fallacies.csv").rows.size() - 1 == board.at("fallacies").as_array().size());
        CHECK(table("arguments.csv").rows.size() - 1 == board.at("arguments").as_array().size());
        const auto people = table("participants.csv");
        REQUIRE(people.rows.size() - 1 == board.at("participants").as_array().size());
        const auto turns = static_cast<std::size_t>(column(people, "turns"));
        for (std::size_t i = 0; i + 1 < people.rows.size(); ++i)
            CHECK(people.rows[i + 1][turns] == std::to_string(integer(board.at("participants").as_array()[i].at("measures").at("turns"))));
        CHECK(table("votes.csv").rows.front() == std::vector<std::string>{"poll", "statement", "choice"});
    }
}

TEST_CASE("an exported event log reads back through analyze session with the same figures", "[export]") {
    DemoSession demo;
    const auto original = analyze(demo.file);
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "jsonl", "-o", demo.out("log.jsonl")});
    CHECK(analyze(demo.out("log.jsonl")) == original);
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "jsonl", "--pseudonymize", "-o", demo.out("anon.jsonl")});
    const auto pseudonymized = analyze(demo.out("anon.jsonl"));
    CHECK(without_names(pseudonymized) == without_names(original));
    CHECK(pseudonymized.at("participants").as_array().at(1).at("name").as_string() == "P1");
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "lagerhuis", "-o", demo.out("copy.lagerhuis")});
    CHECK(analyze(demo.out("copy.lagerhuis")) == original);
    run_ok({LAGERHUIS_BINARY, "export", demo.out("log.jsonl"), "--format", "lagerhuis", "-o", demo.out("from-log.lagerhuis")});
    CHECK(analyze(demo.out("from-log.lagerhuis")) == original);
}

TEST_CASE("export reads a session file that a host holds open", "[export]") {
    DemoSession demo;
    auto host = store::SessionFile::open(demo.file, {.program = "lagerhuis serve", .create = false});
    REQUIRE(host.ok());
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "html", "-o", demo.out("live.html")});
    CHECK(std::filesystem::file_size(demo.out("live.html")) > 10'000);
}

TEST_CASE("export refuses bad arguments with exit code 2, naming the problem, and writes nothing", "[export]") {
    DemoSession demo;
    const std::string taken = demo.out("taken.html");
    run_ok({LAGERHUIS_BINARY, "export", demo.file, "--format", "html", "-o", taken});
    const auto before = file_bytes(taken);
    struct Case {
        const char* what;
        std::vector<std::string> argv;
        std::vector<std::string> said;
    };
    const Case cases[] = {
        {"an unknown format", {"export", demo.file, "--format", "pdf", "-o", demo.out("x.pdf")}, {"--format", "pdf"}},
        {"an existing output", {"export", demo.file, "--format", "html", "-o", taken}, {taken, "already exists"}},
        {"an existing csv folder", {"export", demo.file, "--format", "csv", "-o", demo.dir.path().string()}, {"already exists"}},
        {"a missing session file", {"export", demo.out("nope.lagerhuis"), "--format", "html", "-o", demo.out("y.html")}, {"nope.lagerhuis"}},
        {"no session file at all", {"export", "--format", "html", "-o", demo.out("y.html")}, {"FILE"}},
        {"pseudonyms in a session file copy", {"export", demo.file, "--format", "lagerhuis", "--pseudonymize", "-o", demo.out("z.lagerhuis")},
         {"--pseudonymize", "--format lagerhuis", "--format jsonl --pseudonymize"}},
        {"a decimal comma outside csv", {"export", demo.file, "--format", "html", "--decimal-comma", "-o", demo.out("w.html")}, {"--decimal-comma"}},
        {"a log without .jsonl", {"export", demo.file, "--format", "jsonl", "-o", demo.out("log.txt")}, {".jsonl"}},
        {"no output", {"export", demo.file, "--format", "html"}, {"--output"}},
    };
    for (const auto& c : cases) {
        std::vector<std::string> argv{LAGERHUIS_BINARY};
        argv.insert(argv.end(), c.argv.begin(), c.argv.end());
        const auto result = run_command(argv);
        INFO(c.what << "\n" << result.err);
        CHECK(result.exit_code == 2);
        for (const auto& said : c.said) CHECK_THAT(result.err, Catch::Contains(said));
    }
    CHECK(file_bytes(taken) == before);
    for (const char* never : {"x.pdf", "y.html", "z.lagerhuis", "w.html", "log.txt"}) CHECK_FALSE(std::filesystem::exists(demo.out(never)));
}

}  // namespace lagerhuis::tests
