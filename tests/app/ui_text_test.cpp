#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/ui_text.hpp"
#include "tests/app/headless_ui.hpp"

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
