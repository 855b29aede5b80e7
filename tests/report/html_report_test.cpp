// The trainer's HTML report, rendered in-process from the demo debate.
#include <catch2/catch.hpp>

#include <set>

#include "demo/synthetic_session.hpp"
#include "report/feedback_pointers.hpp"
#include "report/html_people.hpp"
#include "report/html_report.hpp"
#include "report/html_text.hpp"
#include "tests/report/report_fixture.hpp"

namespace lagerhuis::tests {
namespace {

std::string demo_html(core::Language language, bool pseudonymize = false) {
    return report::html_report(demo_log(), shipped_session_assets().messages, {language, pseudonymize, {}});
}

// The text of the element that has id="<id>", up to its closing tag.
std::string section(const std::string& html, const std::string& id, const std::string& closing) {
    const auto start = html.find("id=\"" + id + "\"");
    REQUIRE(start != std::string::npos);
    const auto end = html.find(closing, start);
    REQUIRE(end != std::string::npos);
    return html.substr(start, end - start);
}

}  // namespace

TEST_CASE("the HTML report stands alone: no script, no link, nothing fetched from elsewhere", "[report]") {
    const std::string html = demo_html(core::Language::nl);
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK_THAT(html, Catch::Contains("<meta charset=\"utf-8\">"));
    for (const char* external : {"http://", "https://", "src=", "<script", "<link", "url(", "@import", "//cdn"}) {
        INFO(external);
        CHECK(html.find(external) == std::string::npos);
    }
    CHECK_THAT(html, Catch::Contains("<svg class=\"chart"));
    CHECK_THAT(html, Catch::Contains("@media print"));
}

TEST_CASE("the HTML report is Dutch by default and English on request, with the right decimal mark", "[report]") {
    const auto& s1 = scored_demo().board.statements.at(0);
    char verdict[16];
    std::snprintf(verdict, sizeof verdict, "%.3f", s1.strength.value);
    std::string dutch_verdict = verdict;
    std::replace(dutch_verdict.begin(), dutch_verdict.end(), '.', ',');

    const std::string dutch = demo_html(core::Language::nl);
    CHECK_THAT(dutch, Catch::Contains("Wonnen de betere argumenten de zaal?"));
    CHECK_THAT(dutch, Catch::Contains("Karim Yılmaz"));
    CHECK_THAT(section(dutch, "statement-1", "</section>"), Catch::Contains(dutch_verdict));
    CHECK_THAT(dutch, Catch::Contains("Hellend vlak"));

    const std::string english = demo_html(core::Language::en);
    CHECK_THAT(english, Catch::Contains("<html lang=\"en\">"));
    CHECK_THAT(english, Catch::Contains("Did the better arguments win the room?"));
    CHECK_THAT(english, Catch::Contains("Slippery slope"));
    CHECK_THAT(section(english, "statement-1", "</section>"), Catch::Contains(std::string(verdict)));
}

TEST_CASE("every participant gets a feedback card; the gespreksleider and the silent observer do not", "[report]") {
    const std::string html = demo_html(core::Language::nl);
    for (const auto& person : scored_demo().board.participants) {
        const bool card = html.find("id=\"person-" + std::to_string(person.id.value) + "\"") != std::string::npos;
        INFO(person.name);
        CHECK(card == (person.role == core::Role::participant));
    }
}

TEST_CASE("names and texts typed by people are escaped in the HTML", "[report]") {
    auto log = demo_log();
    core::Event rename;
    rename.seq = log.size() + 1;
    rename.at_ms = log.back().at_ms;
    rename.body = core::ParticipantRenamed{core::ParticipantId{2}, "<script>alert('Anna & co')</script>"};
    log.push_back(rename);
    const std::string html = report::html_report(log, shipped_session_assets().messages, {});
    CHECK(html.find("<script") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(&#39;Anna &amp; co&#39;)&lt;/script&gt;"));
}

TEST_CASE("with pseudonymize the HTML report names nobody from the room", "[report]") {
    const std::string html = demo_html(core::Language::nl, true);
    CHECK(first_real_name_in(html) == "");
    CHECK_THAT(html, Catch::Contains(">P1<"));
    CHECK_THAT(html, Catch::Contains("Namen zijn vervangen"));
}

TEST_CASE("the HTML export reports its progress over the events and ends when the text is ready", "[report]") {
    demo::SyntheticSessionSpec spec;
    spec.events = 7'000;
    spec.participants = 30;
    spec.statements = 2;
    spec.arguments = 80;
    const auto log = demo::synthetic_session(spec);
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    const std::string html = report::html_report(log, shipped_session_assets().messages, {},
                                                 [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
    REQUIRE(calls.size() >= 3);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].second == log.size());
        if (i > 0) CHECK(calls[i].first > calls[i - 1].first);
    }
    CHECK(calls.back().first == log.size());
    CHECK_THAT(html, Catch::EndsWith("</html>\n"));
}

TEST_CASE("the trainer's notes appear in the report by their moment, and never in a pseudonymized one", "[report][html]") {
    report::HtmlOptions options;
    options.notes = {{std::optional<core::Millis>(754'000), {}, "Trainer", "Hier kantelde het debat"},
                     {std::nullopt, {}, "Trainer", "Goede sfeer, iedereen deed mee"}};
    const std::string html = report::html_report(demo_log(), shipped_session_assets().messages, options);
    CHECK_THAT(html, Catch::Contains("Notities van de trainer"));
    CHECK_THAT(html, Catch::Contains("<strong>12:34</strong> Hier kantelde het debat"));
    CHECK_THAT(html, Catch::Contains("<strong>Hele sessie</strong> Goede sfeer"));
    // The note on the whole session comes first.
    CHECK(html.find("Goede sfeer") < html.find("Hier kantelde"));
    options.pseudonymize = true;
    const std::string shared = report::html_report(demo_log(), shipped_session_assets().messages, options);
    CHECK_THAT(shared, !Catch::Contains("Hier kantelde het debat"));
    CHECK_THAT(shared, Catch::Contains("Notities van de trainer zijn weggelaten"));
    // Without notes, no section.
    CHECK_THAT(demo_html(core::Language::nl), !Catch::Contains("Notities van de trainer"));
}

TEST_CASE("the report speaks plain words; τ, σ and DF-QuAD wait one click away in <details>", "[report][html]") {
    for (const auto language : {core::Language::nl, core::Language::en}) {
        const std::string html = demo_html(language);
        INFO(to_string(language));
        // What a reader sees without opening anything: the text outside every <details>.
        std::string shown = html;
        std::string opened;
        for (auto at = shown.find("<details"); at != std::string::npos; at = shown.find("<details", at)) {
            const auto end = shown.find("</details>", at);
            REQUIRE(end != std::string::npos);
            opened += shown.substr(at, end - at);
            shown.erase(at, end + std::string_view("</details>").size() - at);
        }
        for (const char* jargon : {"τ", "σ", "DF-QuAD", "QuAD"}) {
            INFO(jargon);
            CHECK(shown.find(jargon) == std::string::npos);
            CHECK(opened.find(jargon) != std::string::npos);
        }
        CHECK_THAT(opened, Catch::Contains("σ = τ − τ·(va − vs)"));
    }
    const std::string dutch = demo_html(core::Language::nl);
    CHECK_THAT(dutch, Catch::Contains("hoe sterk het argument stond na alle reacties"));
    CHECK_THAT(dutch, Catch::Contains("<details class=\"formula\"><summary>Hoe wordt dit berekend?</summary><p>"));
    // Every argument in the graph: its scores in words, its calculation behind a click.
    const auto& first = scored_demo().board.arguments.front();
    const std::string node = section(dutch, "arg-" + std::to_string(first.id.value), "</li>");
    CHECK_THAT(node, Catch::Contains("begon op "));
    CHECK_THAT(node, Catch::Contains(", na alle reacties "));
    CHECK_THAT(node, Catch::Contains("<details class=\"terms\"><summary>Berekening</summary>τ (startwaarde) "));
}

TEST_CASE("every feedback card ends with one or two pointers drawn from that person's events", "[report][html]") {
    const std::string html = demo_html(core::Language::nl);
    const auto& demo = scored_demo();
    const report::ReportContext context(demo.state, demo.board, shipped_session_assets().messages, core::Language::nl);
    int cards = 0;
    std::set<std::string> keys;
    for (const auto& person : demo.board.participants) {
        if (!report::gets_feedback_card(person)) continue;
        ++cards;
        INFO(person.name);
        const std::string card = section(html, "person-" + std::to_string(person.id.value), "</article>");
        const auto at = card.rfind("<section class=\"pointers\"><h4>Om mee te nemen</h4>");
        REQUIRE(at != std::string::npos);
        const std::string pointers = card.substr(at);
        CHECK(pointers.ends_with("</ul></section>"));  // the last thing on the card
        const auto chosen = report::feedback_pointers(context, person);
        CHECK((chosen.size() == 1 || chosen.size() == 2));
        std::size_t items = 0;
        for (auto i = pointers.find("<li class=\"pointer "); i != std::string::npos; i = pointers.find("<li class=\"pointer ", i + 1)) ++items;
        CHECK(items == chosen.size());
        for (const auto& pointer : chosen) {
            CHECK_THAT(pointers, Catch::Contains(report::escape(report::pointer_text(context, pointer))));
            keys.insert(pointer.key);
        }
    }
    CHECK(cards > 0);
    // Pointers about each person, not one sentence for everybody.
    CHECK(keys.size() >= 5);
}

}  // namespace lagerhuis::tests
