// `lagerhuis export FILE --participant ID|NAME` (the right of access) on the demo debate:
// what the file holds about one person is in the export, nobody else's name or ballot.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/apply.hpp"
#include "proto/json_codec.hpp"
#include "store/session_file.hpp"
#include "tests/cli/demo_file.hpp"
#include "tests/cli/run_command.hpp"

namespace lagerhuis::tests {
namespace {

namespace fs = std::filesystem;

constexpr const char* subject = "Anna de Vries";

core::State demo_state(const fs::path& file) {
    auto reader = store::SessionFile::open_read_only(file);
    REQUIRE(reader.ok());
    return core::fold(*reader->load_events());
}

CommandOutput export_access(const DemoFile& demo, const std::string& who, const std::string& format, const fs::path& out,
                            const std::vector<std::string>& more = {}) {
    std::vector<std::string> argv{LAGERHUIS_BINARY, "export", demo.file.string(), "--participant", who, "--format", format,
                                  "-o", out.string()};
    argv.insert(argv.end(), more.begin(), more.end());
    return run_command(argv);
}

}  // namespace

TEST_CASE("an access export holds one person's card and events and names nobody else", "[cli][privacy]") {
    DemoFile demo;
    const core::State state = demo_state(demo.file);
    const core::Participant* anna = nullptr;
    for (const auto& person : state.participants)
        if (person.name == subject) anna = &person;
    REQUIRE(anna != nullptr);
    REQUIRE(state.participants.size() > 5);

    const fs::path html = demo.dir / "inzage.html";
    const fs::path jsonl = demo.dir / "inzage.jsonl";
    for (const auto& [format, out] : {std::pair{"html", html}, std::pair{"jsonl", jsonl}}) {
        const auto result = export_access(demo, subject, format, out);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        CHECK_THAT(result.out, Catch::Contains("deelnemer " + std::to_string(anna->id.value)));
    }
    const std::string page = file_bytes(html);
    const std::string log = file_bytes(jsonl);
    CHECK_THAT(page, Catch::Contains(subject) && Catch::Contains("id=\"person-" + std::to_string(anna->id.value) + "\""));
    CHECK_THAT(log, Catch::Contains(subject));
    for (const auto& person : state.participants) {
        if (person.id == anna->id) continue;
        INFO(person.name);
        CHECK(page.find(person.name) == std::string::npos);
        CHECK(log.find(person.name) == std::string::npos);
    }
    // Her arguments are in it, the others' turns are not, and no ballot of anyone.
    for (const auto& argument : state.arguments)
        if (argument.speaker == anna->id && !argument.text.empty()) CHECK(log.find(argument.text) != std::string::npos);
    std::istringstream lines(log);
    int turns = 0;
    int events = 0;
    for (std::string line; std::getline(lines, line);) {
        auto event = proto::decode_event_line(line);
        REQUIRE(event.ok());
        ++events;
        CHECK_FALSE(std::holds_alternative<core::BallotSealed>(event->body));
        if (const auto* ballot = std::get_if<core::BallotCast>(&event->body)) CHECK(ballot->participant == anna->id);
        if (const auto* turn = std::get_if<core::TurnStarted>(&event->body)) {
            CHECK(turn->speaker == anna->id);
            ++turns;
        }
    }
    int her_turns = 0;
    for (const auto& turn : state.turns) her_turns += turn.speaker == anna->id ? 1 : 0;
    CHECK(turns == her_turns);
    CHECK(turns > 0);
    CHECK_THAT(page, Catch::Contains(std::to_string(events) + " gebeurtenissen over jou"));
}

TEST_CASE("an access export by number equals the one by name", "[cli][privacy]") {
    DemoFile demo;
    const auto by_name = export_access(demo, subject, "jsonl", demo.dir / "naam.jsonl");
    const auto by_number = export_access(demo, "2", "jsonl", demo.dir / "nummer.jsonl");
    REQUIRE(by_name.exit_code == 0);
    REQUIRE(by_number.exit_code == 0);
    CHECK(file_bytes(demo.dir / "naam.jsonl") == file_bytes(demo.dir / "nummer.jsonl"));
}

TEST_CASE("an access export refuses an unknown person, in Dutch or English, and writes nothing", "[cli][privacy]") {
    DemoFile demo;
    const fs::path out = demo.dir / "inzage.html";
    const auto dutch = export_access(demo, "Niemand Bekend", "html", out);
    CHECK(dutch.exit_code == 2);
    CHECK_THAT(dutch.err, Catch::Contains("geen deelnemer ‘Niemand Bekend’") && Catch::Contains("Er is niets geschreven."));
    const auto english = export_access(demo, "999", "html", out, {"--language", "en"});
    CHECK(english.exit_code == 2);
    CHECK_THAT(english.err, Catch::Contains("no participant ‘999’") && Catch::Contains("Nothing was written."));
    const auto csv = export_access(demo, subject, "csv", demo.dir / "tabellen");
    CHECK(csv.exit_code == 2);
    CHECK_THAT(csv.err, Catch::Contains("Met --participant schrijf je --format html") && Catch::Contains("Er is niets geschreven."));
    CHECK_FALSE(fs::exists(out));
    CHECK_FALSE(fs::exists(demo.dir / "tabellen"));
}

}  // namespace lagerhuis::tests
