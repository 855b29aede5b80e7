// `lagerhuis erase FILE --participant ID|NAME` on the demo debate: afterwards the name's
// bytes and the texts typed for that person's arguments are in neither the file, its -wal
// nor its -shm, while the debate scores exactly as before; bad requests change nothing.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <boost/json/parse.hpp>

#include "core/apply.hpp"
#include "store/host_lock.hpp"
#include "store/session_file.hpp"
#include "store/sqlite_database.hpp"
#include "tests/cli/demo_file.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/store/store_fixture.hpp"

namespace lagerhuis::tests {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

constexpr const char* erased_name = "Anna de Vries";

// The scores without the words: every name and free text left out, the numbers kept.
json::value numbers_of(json::value value) {
    if (auto* object = value.if_object()) {
        json::object kept;
        for (auto& [key, inner] : *object)
            if (key != "name" && key != "text" && key != "title" && key != "note") kept[key] = numbers_of(inner);
        return kept;
    }
    if (auto* array = value.if_array()) {
        json::array kept;
        for (auto& inner : *array) kept.push_back(numbers_of(inner));
        return kept;
    }
    return value;
}

json::value scores_of(const fs::path& file) {
    const auto analyzed = run_command({LAGERHUIS_BINARY, "analyze", "session", file.string()});
    INFO(analyzed.err);
    REQUIRE(analyzed.exit_code == 0);
    return numbers_of(json::parse(analyzed.out));
}

// The texts typed for the arguments of the person named `name`.
std::vector<std::string> argument_texts_of(const fs::path& file, const std::string& name) {
    auto reader = store::SessionFile::open_read_only(file);
    REQUIRE(reader.ok());
    const core::State state = core::fold(*reader->load_events());
    std::vector<std::string> texts;
    for (const auto& argument : state.arguments)
        if (state.participant(argument.speaker)->name == name && !argument.text.empty()) texts.push_back(argument.text);
    return texts;
}

}  // namespace

TEST_CASE("erasing a participant leaves none of their name or texts in the file's bytes, and the same scores",
          "[cli][privacy]") {
    DemoFile demo;
    const auto before = scores_of(demo.file);
    const auto texts = argument_texts_of(demo.file, erased_name);
    REQUIRE_FALSE(texts.empty());
    REQUIRE(demo.all_bytes().find(erased_name) != std::string::npos);  // the test can fail

    const auto erased = run_command({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", erased_name});
    INFO(erased.err);
    REQUIRE(erased.exit_code == 0);
    CHECK_THAT(erased.out, Catch::Contains("is gewist en heet nu ‘Deelnemer "));

    const std::string bytes = demo.all_bytes();
    CHECK(bytes.find(erased_name) == std::string::npos);
    for (const auto& text : texts) {
        INFO(text);
        CHECK(bytes.find(text) == std::string::npos);
    }
    CHECK(scores_of(demo.file) == before);
    // Recorded: when, and under which pseudonym; not who.
    auto db = store::Database::open(demo.file.string(), SQLITE_OPEN_READONLY);
    REQUIRE(db.ok());
    auto records = db->query_int("SELECT count(*) FROM meta WHERE key LIKE 'erasure.Deelnemer %'");
    REQUIRE(records.ok());
    CHECK(*records == 1);
    // ... and said by lagerhuis privacy, with the pseudonym and not the name.
    const auto summary = run_command({LAGERHUIS_BINARY, "privacy", demo.file.string()});
    INFO(summary.out);
    CHECK_THAT(summary.out, Catch::Contains("Gewist op verzoek: 1 persoon") && Catch::Contains(": nu ‘Deelnemer "));
    CHECK(summary.out.find(erased_name) == std::string::npos);
}

TEST_CASE("erase refuses an unknown participant, a file in use, a read-only file and a non-session, changing nothing",
          "[cli][privacy]") {
    DemoFile demo;
    const std::string before = file_bytes(demo.file);
    // Dutch unless asked otherwise; each says what to do, then that nothing changed.
    const auto refused = [&](std::vector<std::string> argv, const std::string& says, bool english = false) {
        if (english) argv.insert(argv.end(), {"--language", "en"});
        const auto result = run_command(argv);
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.err, Catch::Contains(says) && Catch::Contains(english ? "Nothing was changed." : "Er is niets veranderd."));
    };
    refused({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", "Niemand Bekend"}, "geen deelnemer ‘Niemand Bekend’");
    refused({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", "999"}, "no participant ‘999’", true);
    {
        auto lock = store::HostLock::acquire(demo.file, "lagerhuis serve");
        REQUIRE(lock.ok());
        refused({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", erased_name}, "is open in een host");
        refused({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", erased_name}, "Stop that host", true);
    }
    ::chmod(demo.file.c_str(), 0444);  // refused also when root, who could write it anyway
    refused({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", erased_name}, "is alleen-lezen");
    refused({LAGERHUIS_BINARY, "erase", demo.file.string(), "--participant", erased_name}, "is read-only", true);
    ::chmod(demo.file.c_str(), 0644);
    const fs::path text = demo.dir / "lijst.lagerhuis";
    { std::ofstream(text) << "geen sessie"; }
    refused({LAGERHUIS_BINARY, "erase", text.string(), "--participant", erased_name}, "lijst.lagerhuis is geen sessiebestand");
    CHECK(file_bytes(demo.file) == before);
}

}  // namespace lagerhuis::tests
