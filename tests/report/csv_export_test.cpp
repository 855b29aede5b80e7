// The CSV tables: RFC 4180, one row per record the state holds, ballots kept secret.
#include <catch2/catch.hpp>

#include <map>

#include "report/csv_export.hpp"
#include "tests/report/csv_reader.hpp"
#include "tests/report/report_fixture.hpp"

namespace lagerhuis::tests {
namespace {

std::map<std::string, CsvParse> parsed_tables(const report::ScoredSession& session, bool decimal_comma = false) {
    const auto files = report::csv_tables(session.state, session.board, shipped_session_assets().messages,
                                          {core::Language::nl, report::CsvDialect{decimal_comma}});
    std::map<std::string, CsvParse> tables;
    for (const auto& file : files) {
        auto table = parse_csv(file.text, decimal_comma ? ';' : ',');
        INFO(file.name << ": " << table.error);
        REQUIRE(table.error.empty());
        CHECK(table.had_bom);
        CHECK(table.rows.size() == file.rows + 1);
        tables.emplace(file.name, std::move(table));
    }
    return tables;
}

std::size_t data_rows(const std::map<std::string, CsvParse>& tables, const std::string& name) {
    return tables.at(name).rows.size() - 1;
}

}  // namespace

TEST_CASE("every CSV table parses back and has one row per record the state holds", "[report]") {
    const auto& session = scored_demo();
    const auto& state = session.state;
    const auto tables = parsed_tables(session);
    CHECK(tables.size() == 9);
    std::size_t ballots = 0;
    for (const auto& poll : state.polls) ballots += static_cast<std::size_t>(poll.ballot_count());
    CHECK(data_rows(tables, "statements.csv") == state.statements.size());
    CHECK(data_rows(tables, "turns.csv") == state.turns.size());
    CHECK(data_rows(tables, "arguments.csv") == state.arguments.size());
    CHECK(data_rows(tables, "flags.csv") == state.flags.size());
    CHECK(data_rows(tables, "fallacies.csv") == session.board.fallacies.size());
    CHECK(data_rows(tables, "crossings.csv") == state.crossings.size());
    CHECK(data_rows(tables, "polls.csv") == state.polls.size());
    CHECK(data_rows(tables, "votes.csv") == ballots);
    CHECK(data_rows(tables, "participants.csv") == state.participants.size());

    // The figures, not just the rows: speaking time per person adds up to the sides'.
    const auto& people = tables.at("participants.csv");
    const int speaking = column(people, "speaking_s");
    REQUIRE(speaking >= 0);
    double seconds = 0;
    for (std::size_t r = 1; r < people.rows.size(); ++r) seconds += std::stod(people.rows[r][static_cast<std::size_t>(speaking)]);
    double side_ms = 0;
    for (const auto& side : session.board.sides) side_ms += side.measures.speaking_ms.value;
    CHECK(seconds == Approx(side_ms / 1000.0));
    const auto& arguments = tables.at("arguments.csv");
    const int text = column(arguments, "text");
    CHECK(arguments.rows.at(1).at(static_cast<std::size_t>(text)) == state.arguments.at(0).text);
}

TEST_CASE("anonymous ballots are listed without who cast them, in an order that tells nothing", "[report]") {
    REQUIRE(scored_demo().state.config.rules.anonymous_ballots);
    const auto tables = parsed_tables(scored_demo());
    const auto& votes = tables.at("votes.csv");
    CHECK(votes.rows.front() == std::vector<std::string>{"poll", "statement", "choice"});
    std::string all;
    for (const auto& row : votes.rows)
        for (const auto& cell : row) all += cell + "\n";
    CHECK(first_real_name_in(all) == "");
    const std::map<std::string, int> rank{{"voor", 0}, {"tegen", 1}, {"twijfel", 2}};
    for (std::size_t r = 2; r < votes.rows.size(); ++r)
        if (votes.rows[r][0] == votes.rows[r - 1][0]) CHECK(rank.at(votes.rows[r - 1][2]) <= rank.at(votes.rows[r][2]));
    const auto& poll = scored_demo().state.polls.at(0);
    int voor = 0;
    for (const auto& row : votes.rows) voor += row[0] == "1" && row[2] == "voor" ? 1 : 0;
    CHECK(voor == poll.count(core::Side::voor));
}

TEST_CASE("when the session's ballots were not anonymous, votes.csv names each voter", "[report]") {
    auto log = demo_log();
    std::get<core::SessionCreated>(log.front().body).config.rules.anonymous_ballots = false;
    for (auto& event : log)  // an open poll closes without a tally, keeping its ballots
        if (auto* closed = std::get_if<core::PollClosed>(&event.body)) closed->tally.reset();
    const auto session = report::score_session(log);
    const auto tables = parsed_tables(session);
    const auto& votes = tables.at("votes.csv");
    REQUIRE(column(votes, "participant") >= 0);
    const auto& ballot = session.state.polls.at(0).ballots.at(0);
    const std::vector<std::string> expected{"1", "1", std::to_string(ballot.first.value),
                                            session.state.participant(ballot.first)->name,
                                            std::string(to_string(ballot.second))};
    CHECK(votes.rows.at(1) == expected);
}

TEST_CASE("with a decimal comma the tables use semicolons and read as Dutch numbers", "[report]") {
    const auto tables = parsed_tables(scored_demo(), true);
    const auto& statements = tables.at("statements.csv");
    const auto strength = statements.rows.at(1).at(static_cast<std::size_t>(column(statements, "verdict_strength")));
    CHECK_THAT(strength, Catch::StartsWith("0,"));
    CHECK(strength.find('.') == std::string::npos);
}

TEST_CASE("CSV cells keep separators, quotes and line breaks, and formulas are defused", "[report]") {
    for (bool comma : {false, true}) {
        report::CsvWriter writer{report::CsvDialect{comma}};
        writer.text("a,b;c").text("zei \"nee\"").text("regel 1\r\nregel 2").text("=HYPERLINK(\"x\")").number(-0.25, 2).empty();
        writer.end_row();
        const auto table = parse_csv(writer.str(), comma ? ';' : ',');
        INFO(table.error);
        REQUIRE(table.error.empty());
        const std::vector<std::string> expected{"a,b;c", "zei \"nee\"", "regel 1\r\nregel 2", "'=HYPERLINK(\"x\")",
                                                comma ? "-0,25" : "-0.25", ""};
        CHECK(table.rows.at(0) == expected);
    }
}

}  // namespace lagerhuis::tests
