#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/ui/ui_text.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;

namespace {

std::vector<std::string> lines_of(std::string_view text, const ImFont* font, float width) {
    std::vector<std::string> lines;
    for (const auto line : app::ui::wrap_lines(text, font, width)) lines.emplace_back(line);
    return lines;
}

}  // namespace

TEST_CASE("text wraps at spaces only, and keeps an amount with its euro sign") {
    tests::HeadlessUi headless;
    const ImFont* font = headless.ui().fonts.body;
    const std::string text = "Het zwembad kost elk jaar \u20ac 450.000; dat geld is nodig.";
    // Room for "Het zwembad kost elk jaar €" but not for the amount after it.
    const float width = app::ui::text_size("Het zwembad kost elk jaar \u20ac 45", headless.ui().fonts.body).x;
    const auto lines = lines_of(text, font, width);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0] == "Het zwembad kost elk jaar");
    CHECK(lines[1].rfind("\u20ac 450.000;", 0) == 0);
    for (const auto& line : lines) CHECK(app::ui::text_size(line, headless.ui().fonts.body).x <= width);
}

TEST_CASE("a word wider than the line is cut, and line breaks in the text are kept") {
    tests::HeadlessUi headless;
    ImFont* font = headless.ui().fonts.body;
    const float width = app::ui::text_size("abcdefgh", font).x;
    const auto cut = lines_of("abcdefghijklmnop", font, width);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0] + cut[1] == "abcdefghijklmnop");
    CHECK(lines_of("een\ntwee", font, 1000) == std::vector<std::string>{"een", "twee"});
    CHECK(app::ui::fit_text("Argument: het zwembad kost veel", font, width).find("\u2026") != std::string::npos);
    CHECK(app::ui::fit_text("kort", font, 1000) == "kort");
}

TEST_CASE("a name in a narrow place breaks between words, or ends in an ellipsis; never inside a word") {
    tests::HeadlessUi headless;
    ImFont* font = headless.ui().fonts.bold;
    const auto width_of = [&](const char* text) { return app::ui::text_size(text, font).x; };
    const float wide[] = {1000, 1000};
    CHECK(app::ui::fit_lines("Hanneke Bos", font, wide) == std::vector<std::string>{"Hanneke Bos"});
    // Room for "Hanneke" but not for "Hanneke Bos": the second line has the rest.
    const float words[] = {width_of("Hanneke B"), width_of("Hanneke")};
    CHECK(app::ui::fit_lines("Hanneke Bos", font, words) == std::vector<std::string>{"Hanneke", "Bos"});
    // Not even the first word fits: shortened, on one line, not cut into "Hanne" / "ke Bos".
    const float narrow[] = {width_of("Hanne"), 1000};
    const auto cut = app::ui::fit_lines("Hanneke Bos", font, narrow);
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].ends_with("\u2026"));
    CHECK(width_of(cut[0].c_str()) <= narrow[0]);
    // The last line takes what is left, shortened.
    const float two[] = {width_of("Fatima El"), width_of("Amrani-Bou")};
    const auto long_name = app::ui::fit_lines("Fatima El Amrani-Boukhari", font, two);
    REQUIRE(long_name.size() == 2);
    CHECK(long_name[0] == "Fatima El");
    CHECK(long_name[1].ends_with("\u2026"));
    const float one[] = {width_of("Fatima El")};
    CHECK(app::ui::fit_lines("Fatima El Amrani", font, one).size() == 1);
}
