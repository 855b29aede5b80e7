// "1 hand omhoog", "2 handen omhoog": every text where a number meets a noun has a form
// per plural form in Dutch and English, chosen by the count. The tests walk the shipped
// catalog, so a new counted text without its forms fails here (tests/data/counted_texts.ini
// names the texts whose numbers meet no noun).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/ini_document.hpp"
#include "core/message_catalog.hpp"
#include "core/plural_form.hpp"
#include "tests/core/shipped_assets.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::read_shipped_asset;
using lagerhuis::tests::shipped_messages;

namespace {

constexpr Language languages[] = {Language::nl, Language::en};

const IniDocument& shipped_entries() {
    static const IniDocument document = parse_ini(read_shipped_asset("messages.ini")).value();
    return document;
}

struct CountedTexts {
    std::set<std::string> count_parameters;
    std::map<std::string, std::string> not_counted;  // key → why its number meets no noun
};

const CountedTexts& counted_texts() {
    static const CountedTexts texts = [] {
        const auto path = std::filesystem::path(LAGERHUIS_TEST_DATA_DIR) / "counted_texts.ini";
        auto text = lagerhuis::proto::read_asset_file(path);
        REQUIRE(text.ok());
        auto document = parse_ini(*text);
        REQUIRE(document.ok());
        CountedTexts result;
        std::istringstream names(document->find("count_parameters")->find("names")->value);
        for (std::string name; names >> name;) result.count_parameters.insert(name);
        for (const auto& entry : document->find("not_counted")->entries) result.not_counted[entry.key] = entry.value;
        return result;
    }();
    return texts;
}

std::vector<std::string> placeholders_of(const std::string& text) {
    static const std::regex placeholder(R"(\{([a-z0-9_]+)\})");
    std::vector<std::string> names;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it)
        names.push_back((*it)[1]);
    return names;
}

// Every counted text of the shipped catalog, as (text, count parameter).
std::set<std::pair<std::string, std::string>> counted_in_shipped() {
    std::set<std::pair<std::string, std::string>> found;
    for (const auto& section : shipped_entries().sections)
        for (const auto& entry : section.entries)
            if (const auto counted = parse_plural_form_key(entry.key))
                found.emplace(std::string(counted->text), std::string(counted->count));
    return found;
}

std::string render(std::string_view key, std::initializer_list<std::pair<const char*, const char*>> params,
                   Language language) {
    MessageCatalog::Params list;
    for (const auto& [name, value] : params) list.emplace_back(name, value);
    return shipped_messages().render(key, list, language);
}

}  // namespace

TEST_CASE("a count of 1 takes the form one, and 0, 2 and every other number the form other", "[catalog][plural]") {
    for (const auto language : languages) {
        INFO(to_string(language));
        CHECK(plural_form(language, "1") == PluralForm::one);
        for (const char* other : {"0", "2", "3", "11", "21", "101", "1.234", "1,5", "", "een"}) {
            INFO(other);
            CHECK(plural_form(language, other) == PluralForm::other);
        }
    }
}

TEST_CASE("every counted text has both forms in Dutch and English and says 0, 1 and 2 right",
          "[catalog][plural]") {
    const auto counted = counted_in_shipped();
    REQUIRE(counted.size() >= 20);
    for (const auto& [text, count] : counted) {
        bool forms_differ = false;
        for (const auto language : languages) {
            INFO(text << " counted by {" << count << "} in " << to_string(language));
            const auto one_key = plural_form_key(text, count, PluralForm::one);
            const auto other_key = plural_form_key(text, count, PluralForm::other);
            const auto* one = shipped_messages().find(one_key, language);
            const auto* other = shipped_messages().find(other_key, language);
            REQUIRE(one);
            REQUIRE(other);
            forms_differ = forms_differ || *one != *other;
            // Every other placeholder gets a value that shows; the count goes through 0, 1, 2.
            MessageCatalog::Params params;
            for (const auto& name : placeholders_of(*one + *other))
                if (name != count) params.emplace_back(name, "<" + name + ">");
            params.emplace_back(count, "");
            for (const int n : {0, 1, 2}) {
                params.back().second = std::to_string(n);
                const auto shown = shipped_messages().render(text, params, language);
                INFO("count " << n << ": " << shown);
                CHECK(shown == shipped_messages().render(n == 1 ? one_key : other_key, params, language));
                CHECK(shown.find('{') == std::string::npos);
                if (n != 1) CHECK(shown.find(std::to_string(n)) != std::string::npos);
            }
        }
        INFO(text << ": its forms are the same in every language, so it need not be counted");
        CHECK(forms_differ);
    }
}

TEST_CASE("a text that puts a count before a noun has plural forms", "[catalog][plural]") {
    const auto& known = counted_texts();
    REQUIRE(known.count_parameters.count("count"));
    for (const auto& section : shipped_entries().sections) {
        for (const auto& entry : section.entries) {
            if (parse_plural_form_key(entry.key)) continue;
            for (const auto& name : placeholders_of(entry.value)) {
                if (!known.count_parameters.count(name)) continue;
                INFO("[" << section.name << "] " << entry.key << " = " << entry.value << "\n{" << name
                         << "} counts: write " << entry.key << "." << name << ".one and ." << name
                         << ".other, or say in tests/data/counted_texts.ini why no noun follows it");
                CHECK(known.not_counted.count(entry.key));
            }
        }
    }
    // The list stays true: each text it names is in the catalog, as written, with a count.
    for (const auto& [key, why] : known.not_counted) {
        for (const auto language : languages) {
            INFO(key << " in " << to_string(language) << " (" << why << ")");
            const auto* text = shipped_messages().find(key, language);
            REQUIRE(text);
            const auto names = placeholders_of(*text);
            CHECK(std::any_of(names.begin(), names.end(), [&](const auto& n) { return known.count_parameters.count(n); }));
        }
    }
}

TEST_CASE("a Dutch user reads 1 hand omhoog and 1 persoon, an English one 1 hand raised and 1 person",
          "[catalog][plural]") {
    const auto summary = [](const char* hands, Language language) {
        return render("console.floor.room.summary", {{"present", "5"}, {"hands", hands}}, language);
    };
    CHECK(summary("0", Language::nl) == "5 aanwezig · 0 handen omhoog");
    CHECK(summary("1", Language::nl) == "5 aanwezig · 1 hand omhoog");
    CHECK(summary("2", Language::nl) == "5 aanwezig · 2 handen omhoog");
    CHECK(summary("0", Language::en) == "5 present · 0 hands raised");
    CHECK(summary("1", Language::en) == "5 present · 1 hand raised");
    CHECK(summary("2", Language::en) == "5 present · 2 hands raised");

    const auto bench = [](const char* count, Language language) {
        return render("web.benches.button", {{"side", "voor"}, {"count", count}}, language);
    };
    CHECK(bench("0", Language::nl) == "Voor: 0 mensen. Ga hier zitten.");
    CHECK(bench("1", Language::nl) == "Voor: 1 persoon. Ga hier zitten.");
    CHECK(bench("2", Language::nl) == "Voor: 2 mensen. Ga hier zitten.");
    CHECK(bench("0", Language::en) == "For: 0 people. Sit here.");
    CHECK(bench("1", Language::en) == "For: 1 person. Sit here.");
    CHECK(bench("2", Language::en) == "For: 2 people. Sit here.");

    // A refusal is counted as well, by its own parameter.
    const auto wait = Refusal(ReasonCode::must_wait).with("name", "Fatima").with("turns", "1");
    CHECK_THAT(shipped_messages().render(wait, Language::nl), Catch::Contains("laat eerst nog 1 ander aan het woord"));
    CHECK_THAT(shipped_messages().render(wait, Language::en), Catch::Contains("let 1 other person speak first"));
    // The form one may say the number in words.
    CHECK(render("score.appreciation", {{"count", "1"}}, Language::en) == "Found convincing once");
    CHECK(render("score.appreciation", {{"count", "3"}}, Language::en) == "Found convincing 3 times");
    // A thousand and more arrives grouped, and is other.
    CHECK(render("report.source", {{"events", "1.001"}}, Language::nl) ==
          "Gemaakt uit 1.001 gebeurtenissen van het sessielogboek.");
}

TEST_CASE("a counted text falls back to the other language with that language's forms", "[catalog][plural]") {
    MessageCatalog catalog;
    catalog.set(Language::en, "votes.count.one", "{count} vote");
    catalog.set(Language::en, "votes.count.other", "{count} votes");
    CHECK(catalog.render("votes", {{"count", "1"}}, Language::nl) == "1 vote");
    CHECK(catalog.render("votes", {{"count", "0"}}, Language::nl) == "0 votes");
    // Without its count it is the form other, with the gap showing.
    CHECK(catalog.render("votes", {}, Language::en) == "{count} votes");
    CHECK(catalog.render("votes", {{"other", "1"}}, Language::en) == "{count} votes");
    CHECK(catalog.has_text("votes", Language::en));
    CHECK_FALSE(catalog.has_text("votes", Language::nl));
    CHECK_FALSE(catalog.has_text("vote", Language::en));
}

TEST_CASE("problems names a counted text without a form, without its count, or with a plain text beside it",
          "[catalog][plural]") {
    std::string nl = "[nl]\nhands.count.one = {count} hand\nspoke.count.one = {count} keer\nspoke.count.other = {count} keer\n"
                     "votes.count.other = stemmen\nvotes.count.one = één stem\nline = tekst\nline.n.one = {n} regel\n"
                     "line.n.other = {n} regels\nmix.a.one = {a} x\nmix.a.other = {a} x\nmix.b.other = {b} y\n";
    std::string en = "[en]\nhands.count.one = {count} hand\nhands.count.other = {count} hands\nspoke.count.one = once\n"
                     "spoke.count.other = {count} times\nvotes.count.one = {count} vote\nvotes.count.other = {count} votes\n"
                     "line.n.one = {n} line\nline.n.other = {n} lines\nmix.a.one = {a} x\nmix.a.other = {a} x\nmix.b.other = {b} y\n";
    for (const auto code : EnumNames<ReasonCode>::names) {
        // A reason code's text may be counted too.
        nl += std::string(code) + ".n.one = nl {n}\n" + std::string(code) + ".n.other = nl {n}\n";
        en += std::string(code) + " = en\n";
    }
    const auto parsed = parse_message_catalog(nl + en, "messages.ini");
    INFO((parsed ? std::string() : parsed.error().message()));
    REQUIRE(parsed.ok());
    const auto problems = parsed->problems();
    std::string all;
    for (const auto& problem : problems) all += problem + "\n";
    INFO(all);
    using Catch::Matchers::VectorContains;
    CHECK_THAT(problems, VectorContains(std::string(
                             "[nl] hands.count.one: no form 'other' (hands.count.other), which 0 and 2 need")));
    CHECK_THAT(problems, VectorContains(std::string("[nl] votes.count.other: the count {count} is not in the text")));
    CHECK_THAT(problems, VectorContains(std::string("[en] votes.count.other: placeholder {count} is not in [nl]")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "[nl] line: both a text and counted forms (line.n.other); keep one of them")));
    CHECK_THAT(problems, VectorContains(std::string("[en] missing text for 'line' (it exists in [nl])")));
    CHECK_THAT(problems, VectorContains(std::string("[nl] missing text for 'hands.count.other' (it exists in [en])")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "[nl] mix.b.other: counted by {b} while mix.a.other counts {a}; use one count")));
    // "once" for {count}: the form one may leave the number out; nothing else is wrong.
    CHECK(problems.size() == 10 + 2 * reason_code_count);  // each code: counted in nl, plain in en
}
