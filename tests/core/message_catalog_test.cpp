#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/message_catalog.hpp"
#include "tests/core/reason_params.hpp"
#include "tests/core/shipped_assets.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::all_reason_codes;
using lagerhuis::tests::example_refusal;

namespace {

const MessageCatalog& shipped() { return lagerhuis::tests::shipped_messages(); }

// A text with every reason code in both languages, plus `extra` lines in [nl] and [en].
std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

std::string minimal_catalog(const std::string& extra_nl = "", const std::string& extra_en = "") {
    std::string nl = "[nl]\n" + extra_nl;
    std::string en = "[en]\n" + extra_en;
    for (const auto code : all_reason_codes()) {
        nl += std::string(to_string(code)) + " = nl " + std::string(to_string(code)) + "\n";
        en += std::string(to_string(code)) + " = en " + std::string(to_string(code)) + "\n";
    }
    return nl + en;
}

}  // namespace

TEST_CASE("the shipped messages parse and have no problems", "[catalog]") {
    const auto problems = shipped().problems();
    INFO(joined(problems));
    CHECK(problems.empty());
}

TEST_CASE("every refusal renders in Dutch and English with all its parameters filled", "[catalog]") {
    for (const auto code : all_reason_codes()) {
        for (const auto language : {Language::nl, Language::en}) {
            const auto refusal = example_refusal(code);
            const auto text = shipped().render(refusal, language);
            INFO(to_string(code) << " in " << to_string(language) << ": " << text);
            CHECK(shipped().has_text(to_string(code), language));
            CHECK(text != to_string(code));
            CHECK(text.find('{') == std::string::npos);
            CHECK(text.find('}') == std::string::npos);
            // The values people should see do show up (action and because are for logs).
            for (const auto& [name, value] : refusal.params) {
                if (name == "action" || name == "because") {
                    CHECK(text.find(value) == std::string::npos);
                } else if (!shipped().find(name + "." + value, language)) {
                    CHECK(text.find(value) != std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("a refusal renders in each user's own language", "[catalog]") {
    const auto refusal = Refusal(ReasonCode::must_wait).with("name", "Fatima").with("turns", "2");
    CHECK(shipped().render(refusal, Language::nl) ==
          "Fatima heeft net gesproken; laat eerst nog 2 anderen aan het woord (of geef een reden om af te wijken).");
    CHECK_THAT(shipped().render(refusal, Language::en), Catch::StartsWith("Fatima has just spoken; let 2 others"));
    CHECK(shipped().render(Refusal(ReasonCode::not_permitted).with("action", "tag_argument"), Language::en) ==
          "Only the facilitator can do that.");
}

TEST_CASE("enum values in parameters are shown through their own entries", "[catalog]") {
    const auto seated = Refusal(ReasonCode::already_seated).with("side", "tegen");
    CHECK(shipped().render(seated, Language::nl) == "Je zit al bij Tegen.");
    CHECK(shipped().render(seated, Language::en) == "You are already on the Against bench.");

    const auto fixed = Refusal(ReasonCode::position_already_fixed).with("kind", "closing");
    CHECK_THAT(shipped().render(fixed, Language::nl), Catch::StartsWith("De eindpositie is al vastgelegd"));
    CHECK_THAT(shipped().render(fixed, Language::en), Catch::StartsWith("The closing position has"));

    const auto decided = Refusal(ReasonCode::flag_already_decided).with("outcome", "dismissed");
    CHECK(shipped().render(decided, Language::nl) == "Over deze melding is al beslist: afgewezen.");

    CHECK(shipped().render("score.evidence", {{"evidence", "expert"}}, Language::nl) == "Onderbouwing: deskundige");
    CHECK(shipped().render("suggest.side", {{"side", "voor"}, {"name", "Sem"}}, Language::en) ==
          "For is up; Sem raised a hand first");
    CHECK(shipped().render("suggest.everyone_waits", {{"name", "Iris"}}, Language::nl) ==
          "Iedereen met een hand omhoog heeft net gesproken; Iris wacht het langst");
}

TEST_CASE("the shipped messages translate every enum value they are given", "[catalog]") {
    const auto check_all = [](std::string_view param, const auto& names) {
        for (const auto value : names)
            for (const auto language : {Language::nl, Language::en}) {
                INFO(param << "." << value);
                CHECK(shipped().find(std::string(param) + "." + std::string(value), language) != nullptr);
            }
    };
    check_all("side", EnumNames<Side>::names);
    check_all("kind", EnumNames<PositionKind>::names);
    check_all("outcome", EnumNames<FlagOutcome>::names);
    check_all("role", EnumNames<Role>::names);
    check_all("evidence", EnumNames<EvidenceKind>::names);
    for (const auto* key : {"suggest.side_first_timer", "suggest.side", "suggest.first_timer", "suggest.first_hand",
                            "suggest.everyone_waits", "score.neutral", "score.evidence", "score.confirmed_fallacy",
                            "score.pending_flags", "score.appreciation", "score.irrelevant", "score.far_overtime",
                            "score.clamped"})
        for (const auto language : {Language::nl, Language::en}) {
            INFO(key);
            CHECK(shipped().has_text(key, language));
        }
}

TEST_CASE("rendering never fails on a missing text or parameter", "[catalog]") {
    MessageCatalog catalog;
    catalog.set(Language::nl, "greeting", "Hallo {name}, {missing} en {side}");
    catalog.set(Language::nl, "side.voor", "Voor");
    catalog.set(Language::en, "only_english", "Hello");

    CHECK(catalog.render("no_such_key", {{"name", "Ada"}}, Language::nl) == "no_such_key");
    CHECK(catalog.render("greeting", {{"name", "Ada"}, {"side", "voor"}}, Language::nl) ==
          "Hallo Ada, {missing} en Voor");
    // A value without an entry of its own is shown as it is.
    CHECK(catalog.render("greeting", {{"name", "Ada"}, {"side", "ergens"}}, Language::nl) ==
          "Hallo Ada, {missing} en ergens");
    // A text missing in one language falls back to the other.
    CHECK(catalog.render("only_english", {}, Language::nl) == "Hello");
    CHECK(catalog.render("greeting", {{"name", "Ada"}, {"side", "voor"}}, Language::en) ==
          "Hallo Ada, {missing} en Voor");
    // Braces that are not placeholders stay as written.
    catalog.set(Language::en, "braces", "a {} b {Name} c { {name} d {unclosed");
    CHECK(catalog.render("braces", {{"name", "Ada"}}, Language::en) == "a {} b {Name} c { Ada d {unclosed");
    CHECK(catalog.render(Refusal(ReasonCode::room_locked), Language::en) == "room_locked");
}

TEST_CASE("problems lists what a trainer must fix in the messages", "[catalog]") {
    auto parsed = parse_message_catalog(
        minimal_catalog("suggest.side = {side} is aan de beurt; {naam}\nonly_dutch = Hoi\nbad = Open {haakje\n",
                        "suggest.side = {side} is up; {name}\n"),
        "messages.ini");
    INFO((parsed ? std::string() : parsed.error().message()));
    REQUIRE(parsed.ok());
    const auto problems = parsed->problems();
    INFO(joined(problems));
    using Catch::Matchers::VectorContains;
    CHECK_THAT(problems, VectorContains(std::string("[nl] suggest.side: placeholder {naam} is not in [en]")));
    CHECK_THAT(problems, VectorContains(std::string("[en] suggest.side: placeholder {name} is not in [nl]")));
    CHECK_THAT(problems, VectorContains(std::string("[en] missing text for 'only_dutch' (it exists in [nl])")));
    CHECK_THAT(problems, VectorContains(std::string("[nl] bad: '{' without a closing '}'")));
    CHECK(problems.size() == 5);  // the fifth: 'bad' has no English text

    MessageCatalog empty;
    CHECK(empty.problems().size() == 2 * lagerhuis::core::reason_code_count);
}

TEST_CASE("a broken messages file names the file and the entry and the problem", "[catalog]") {
    struct Case {
        const char* what;
        std::string text;
        std::string entry;
        int line;  // -1: the line of the [en] header
        std::string problem;
    };
    auto without_must_wait = minimal_catalog();
    without_must_wait.erase(without_must_wait.rfind("must_wait = "),
                            std::string("must_wait = en must_wait\n").size());
    const Case cases[] = {
        {"a reason code without English text", without_must_wait, "en", -1,
         "missing texts for reason codes: must_wait"},
        {"a missing language", minimal_catalog().substr(0, minimal_catalog().find("[en]")), "en", 0,
         "missing section [en]"},
        {"an unknown language", minimal_catalog() + "[de]\nname_empty = Bitte\n", "de", -2, "unknown section"},
        {"an empty text", minimal_catalog("hello =\n"), "nl", 2, "'hello' has no text"},
        {"a duplicate message", minimal_catalog("hello = a\nhello = b\n"), "nl", 3, "duplicate key 'hello'"},
    };
    for (const auto& c : cases) {
        SECTION(c.what) {
            const auto result = parse_message_catalog(c.text, "trainer/messages.ini");
            REQUIRE_FALSE(result.ok());
            const auto& error = result.error();
            INFO(error.message());
            CHECK(error.file == "trainer/messages.ini");
            CHECK(error.entry == c.entry);
            const auto header_line = [&](const std::string& header) {
                const auto at = c.text.find(header);
                return 1 + static_cast<int>(std::count(c.text.begin(), c.text.begin() + static_cast<long>(at), '\n'));
            };
            CHECK(error.line == (c.line == -1 ? header_line("[en]") : c.line == -2 ? header_line("[de]") : c.line));
            CHECK_THAT(error.problem, Catch::Contains(c.problem));
            CHECK_THAT(error.message(), Catch::Contains("trainer/messages.ini") && Catch::Contains("[" + c.entry + "]"));
        }
    }
}
