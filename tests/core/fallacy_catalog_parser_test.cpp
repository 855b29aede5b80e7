#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/fallacy_catalog_parser.hpp"
#include "tests/core/shipped_assets.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::read_shipped_asset;

namespace {

// Rule sections 1..10 (leaving out `skip`), so each case only writes what it is about.
std::string rules_text(int skip = 0) {
    std::string text;
    for (int number = 1; number <= 10; ++number) {
        if (number == skip) continue;
        const auto n = std::to_string(number);
        text += "[rule." + n + "]\nnl.name = Regel " + n + "\nen.name = Rule " + n + "\nnl.summary = Samenvatting " +
                n + ".\nen.summary = Summary " + n + ".\n";
    }
    return text;
}

std::string fallacy_text(const std::string& id, const std::string& rule, const std::string& extra = "") {
    return "[fallacy." + id + "]\nrule = " + rule + "\nnl.name = Naam\nen.name = Name\n" + extra +
           "nl.explanation = Uitleg.\nen.explanation = Explanation.\n";
}

// The line on which `needle` (its first occurrence) ends.
int line_of(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    const auto end = text.begin() + static_cast<std::ptrdiff_t>(at + needle.size());
    return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

}  // namespace

TEST_CASE("the shipped catalog has every drogreden of domain.md under its rule", "[catalog]") {
    const auto catalog = parse_fallacy_catalog(read_shipped_asset("fallacies.ini"), "fallacies.ini");
    INFO((catalog ? std::string() : catalog.error().message()));
    REQUIRE(catalog.ok());

    // The table in domain.md: Dutch name and the rule it violates.
    const std::pair<const char*, int> domain_table[] = {
        {"Op de man spelen", 1},
        {"Verdachtmaking / indirecte aanval", 1},
        {"Jij-bak (jij ook)", 1},
        {"Stok achter de deur", 1},
        {"Beroep op medelijden", 1},
        {"Standpunt taboe verklaren", 1},
        {"Verschuiven van de bewijslast", 2},
        {"Ontduiken van de bewijslast", 2},
        {"Stropop (stroman)", 3},
        {"Irrelevante argumentatie", 4},
        {"Bespelen van het publiek", 4},
        {"Opblazen van een verzwegen argument", 5},
        {"Cirkelredenering", 6},
        {"Vraag met verborgen vooronderstelling", 6},
        {"Populistische drogreden", 7},
        {"Onjuist beroep op autoriteit", 7},
        {"Hellend vlak", 7},
        {"Overhaaste generalisatie", 7},
        {"Verkeerde vergelijking", 7},
        {"Post hoc (valse oorzaak)", 7},
        {"Vals dilemma", 7},
        {"Compositie / divisie", 8},
        {"Beroep op onwetendheid", 9},
        {"Vaagheid / dubbelzinnigheid", 10},
    };
    for (const auto& [name, rule] : domain_table) {
        INFO(name);
        const auto found = std::find_if(catalog->fallacies.begin(), catalog->fallacies.end(),
                                        [&](const Fallacy& f) { return f.name.nl == name; });
        REQUIRE(found != catalog->fallacies.end());
        CHECK(found->rule == rule);
    }
    CHECK(catalog->fallacies.size() >= std::size(domain_table));

    REQUIRE(catalog->rules.size() == 10);
    for (int number = 1; number <= 10; ++number) {
        const auto& rule = catalog->rules[static_cast<std::size_t>(number - 1)];
        CHECK(rule.number == number);
        CHECK_FALSE(rule.name.nl.empty());
        CHECK_FALSE(rule.name.en.empty());
        CHECK_FALSE(rule.summary.nl.empty());
        CHECK_FALSE(rule.summary.en.empty());
    }
    CHECK(catalog->find_rule(1)->name.nl == "Vrijheidsregel");
    CHECK(catalog->find_rule(10)->name.nl == "Taalgebruiksregel");

    for (const auto& fallacy : catalog->fallacies) {
        INFO(fallacy.id);
        CHECK(fallacy.rule >= 1);
        CHECK(fallacy.rule <= 10);
        CHECK_FALSE(fallacy.name.en.empty());
        // One sentence each, so it fits a phone.
        for (const auto* sentence : {&fallacy.explanation.nl, &fallacy.explanation.en}) {
            CHECK_FALSE(sentence->empty());
            CHECK(sentence->back() == '.');
            CHECK(std::count(sentence->begin(), sentence->end(), '.') == 1);
        }
    }
    CHECK(catalog->find("ad_hominem")->explanation.nl == "Je valt de persoon aan in plaats van het argument.");
}

TEST_CASE("the catalog keeps the fallacies in file order wherever the rules are", "[catalog]") {
    const auto text = fallacy_text("zeta", "7") + fallacy_text("alpha", "1") + rules_text() + fallacy_text("mu", "10");
    const auto catalog = parse_fallacy_catalog(text, "mine.ini");
    INFO((catalog ? std::string() : catalog.error().message()));
    REQUIRE(catalog.ok());
    REQUIRE(catalog->fallacies.size() == 3);
    CHECK(catalog->fallacies[0].id == "zeta");
    CHECK(catalog->fallacies[0].rule == 7);
    CHECK(catalog->fallacies[1].id == "alpha");
    CHECK(catalog->fallacies[2].id == "mu");
    CHECK(catalog->fallacies[2].name == LocalizedText{"Naam", "Name"});
    CHECK(catalog->fallacies[2].explanation == LocalizedText{"Uitleg.", "Explanation."});
    CHECK(catalog->find_rule(3)->summary.en == "Summary 3.");
}

TEST_CASE("a broken catalog names the file and the entry and the line and the problem", "[catalog]") {
    struct Case {
        const char* what;
        std::string text;
        std::string entry;
        std::string line_with;  // text on the line the error points at; empty: no line
        std::string problem;
    };
    const Case cases[] = {
        {"an unknown key", rules_text() + fallacy_text("x", "1", "de.name = Name\n"), "fallacy.x", "de.name",
         "unknown key 'de.name'"},
        {"a missing key", rules_text() + "[fallacy.x]\nrule = 1\nnl.name = N\nen.name = N\nnl.explanation = U.\n",
         "fallacy.x", "[fallacy.x]", "missing key 'en.explanation'"},
        {"an empty text",
         rules_text() + "[fallacy.x]\nrule = 1\nnl.name = N\nen.name = N\nnl.explanation =\nen.explanation = E.\n",
         "fallacy.x", "nl.explanation =", "'nl.explanation' has no text"},
        {"a rule that is not a number", rules_text() + fallacy_text("x", "zeven"), "fallacy.x", "rule = zeven",
         "rule 'zeven' is not a number"},
        {"a rule that is not defined", rules_text() + fallacy_text("x", "11"), "fallacy.x", "rule = 11",
         "rule 11 is not one of the defined rules"},
        {"a duplicate id", rules_text() + fallacy_text("x", "1") + "\n" + fallacy_text("x", "2"), "fallacy.x",
         "\n\n[fallacy.x]", "duplicate section [fallacy.x]"},
        {"an id with capitals", rules_text() + fallacy_text("Straw_Man", "3"), "fallacy.Straw_Man",
         "[fallacy.Straw_Man]", "only a-z, 0-9 and _"},
        {"an id with a dash", rules_text() + fallacy_text("straw-man", "3"), "fallacy.straw-man",
         "[fallacy.straw-man]", "only a-z, 0-9 and _"},
        {"an empty id", rules_text() + fallacy_text("", "3"), "fallacy.", "[fallacy.]", "non-empty"},
        {"a missing rule", rules_text(4) + fallacy_text("x", "1"), "rule.4", "", "missing section"},
        {"a rule number out of range", rules_text() + "[rule.11]\n", "rule.11", "[rule.11]",
         "not a rule number from 1 to 10"},
        {"a rule written twice", rules_text() + "[rule.03]\n", "rule.03", "[rule.03]", "duplicate rule 3"},
        {"an unknown section", rules_text() + "[drogreden.x]\nrule = 1\n", "drogreden.x", "[drogreden.x]",
         "unknown section"},
        {"a line without '='", rules_text() + fallacy_text("x", "1", "Naam: iets\n"), "fallacy.x", "Naam: iets",
         "has no '='"},
    };
    for (const auto& c : cases) {
        SECTION(c.what) {
            const auto result = parse_fallacy_catalog(c.text, "trainer/fallacies.ini");
            REQUIRE_FALSE(result.ok());
            const auto& error = result.error();
            INFO(error.message());
            CHECK(error.file == "trainer/fallacies.ini");
            CHECK(error.entry == c.entry);
            CHECK(error.line == (c.line_with.empty() ? 0 : line_of(c.text, c.line_with)));
            CHECK_THAT(error.problem, Catch::Contains(c.problem));
            CHECK_THAT(error.message(), Catch::StartsWith("trainer/fallacies.ini") &&
                                            Catch::Contains("[" + c.entry + "]") && Catch::Contains(c.problem));
        }
    }
}
