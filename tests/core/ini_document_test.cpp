#include <catch2/catch.hpp>

#include "core/ini_document.hpp"

using namespace lagerhuis::core;

TEST_CASE("an INI file gives sections and trimmed keys and values with their lines", "[catalog]") {
    const auto document = parse_ini(
        "# a comment\n"
        "; another comment\n"
        "\n"
        "[rule.1]\n"
        "  nl.name   =   Vrijheidsregel  \n"
        "en.name=Freedom rule\n"
        "\t[ fallacy.x ]\t\n"
        "nl.explanation = Je zegt: a = b; # dat is geen commentaar\n"
        "en.explanation = Crème brûlée, één, ĳs\n");
    REQUIRE(document.ok());
    REQUIRE(document->sections.size() == 2);

    const auto& rule = document->sections[0];
    CHECK(rule.name == "rule.1");
    CHECK(rule.line == 4);
    REQUIRE(rule.entries.size() == 2);
    CHECK(rule.entries[0].key == "nl.name");
    CHECK(rule.entries[0].value == "Vrijheidsregel");
    CHECK(rule.entries[0].line == 5);
    CHECK(rule.entries[1].value == "Freedom rule");

    const auto* fallacy = document->find("fallacy.x");
    REQUIRE(fallacy != nullptr);
    CHECK(fallacy->line == 7);
    REQUIRE(fallacy->find("nl.explanation") != nullptr);
    CHECK(fallacy->find("nl.explanation")->value == "Je zegt: a = b; # dat is geen commentaar");
    CHECK(fallacy->find("en.explanation")->value == "Crème brûlée, één, ĳs");
    CHECK(fallacy->find("nl.name") == nullptr);
}

TEST_CASE("an INI file saved on Windows reads the same", "[catalog]") {
    const auto document = parse_ini("\xEF\xBB\xBF[nl]\r\nname_empty = Vul een naam in.\r\n\r\nmax = 3\r\n");
    REQUIRE(document.ok());
    REQUIRE(document->find("nl") != nullptr);
    CHECK(document->find("nl")->find("name_empty")->value == "Vul een naam in.");
    CHECK(document->find("nl")->find("max")->line == 4);
}

TEST_CASE("keys before the first section are refused unless allowed", "[catalog]") {
    const std::string text = "title = Debat\n[a]\nx = 1\n";

    const auto refused = parse_ini(text);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().line == 1);
    CHECK_THAT(refused.error().problem, Catch::Contains("outside a section"));

    const auto allowed = parse_ini(text, IniOptions{.allow_keys_outside_section = true});
    REQUIRE(allowed.ok());
    REQUIRE(allowed->sections.size() == 2);
    CHECK(allowed->sections[0].name.empty());
    CHECK(allowed->sections[0].find("title")->value == "Debat");
    CHECK(allowed->find("a")->find("x")->value == "1");
}

TEST_CASE("a malformed INI file is refused at the line that is wrong", "[catalog]") {
    struct Case {
        const char* what;
        const char* text;
        int line;
        const char* section;
        const char* problem;
    };
    const Case cases[] = {
        {"a line without '='", "[a]\nx = 1\njust some words\n", 3, "a", "has no '='"},
        {"an empty key", "[a]\n = value\n", 2, "a", "no key"},
        {"a duplicate key", "[a]\nx = 1\ny = 2\nx = 3\n", 4, "a", "duplicate key 'x' (first on line 2)"},
        {"a duplicate section", "[a]\nx = 1\n[b]\n[a]\n", 4, "a", "duplicate section [a] (first on line 1)"},
        {"a header without ']'", "[a]\nx = 1\n[b\n", 3, "a", "closing ']'"},
        {"an empty header", "[a]\n[  ]\n", 2, "a", "no name"},
    };
    for (const auto& c : cases) {
        SECTION(c.what) {
            const auto result = parse_ini(c.text);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().line == c.line);
            CHECK(result.error().section == c.section);
            CHECK_THAT(result.error().problem, Catch::Contains(c.problem));
        }
    }
}

TEST_CASE("INI numbers are plain decimals and nothing else", "[catalog]") {
    CHECK(parse_ini_number("0.15") == 0.15);
    CHECK(parse_ini_number("-0.2") == -0.2);
    CHECK(parse_ini_number("+1.5") == 1.5);
    CHECK(parse_ini_number("3") == 3.0);
    CHECK_FALSE(parse_ini_number("0,15"));
    CHECK_FALSE(parse_ini_number("0.15 punten"));
    CHECK_FALSE(parse_ini_number(""));
    CHECK_FALSE(parse_ini_number("inf"));
    CHECK_FALSE(parse_ini_number("nan"));
    CHECK_FALSE(parse_ini_number("+-1"));

    CHECK(parse_ini_int("7") == 7);
    CHECK(parse_ini_int("+7") == 7);
    CHECK_FALSE(parse_ini_int("7.0"));
    CHECK_FALSE(parse_ini_int("zeven"));
    CHECK_FALSE(parse_ini_int("99999999999"));
}

TEST_CASE("a section is checked for unknown then missing then empty keys", "[catalog]") {
    const std::vector<std::string> expected{"nl.name", "en.name"};
    const auto check = [&](const char* text) {
        auto document = parse_ini(text);
        REQUIRE(document.ok());
        return check_keys(document->sections.front(), expected);
    };

    CHECK_FALSE(check("[s]\nnl.name = a\nen.name = b\n"));

    const auto unknown = check("[s]\nnl.name = a\nen.naam = b\n");
    REQUIRE(unknown);
    CHECK(unknown->line == 3);
    CHECK(unknown->section == "s");
    CHECK_THAT(unknown->problem, Catch::Contains("unknown key 'en.naam'") && Catch::Contains("en.name"));

    const auto missing = check("\n[s]\nnl.name = a\n");
    REQUIRE(missing);
    CHECK(missing->line == 2);
    CHECK_THAT(missing->problem, Catch::Contains("missing key 'en.name'"));

    const auto empty = check("[s]\nnl.name = a\nen.name =\n");
    REQUIRE(empty);
    CHECK(empty->line == 3);
    CHECK_THAT(empty->problem, Catch::Contains("'en.name'"));
}
