// The one palette (report/palette.hpp), checked for what the issue asks of it: the WCAG
// 2.1 contrast of every pairing it is used in (4.5:1 for text, 3:1 for bars and marks),
// sides that stay apart for colour-blind readers, and the page's stylesheet holding the
// same values as the table the report and the native windows are drawn from.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <regex>
#include <string>

#include "report/palette.hpp"
#include "report/report_style.hpp"
#include "tests/core/shipped_assets.hpp"

using namespace lagerhuis;
namespace palette = report::palette;
using core::Side;

namespace {

constexpr std::array<Side, 3> sides{Side::voor, Side::tegen, Side::twijfel};

using palette::linear_rgb;
double contrast(palette::Rgb a, palette::Rgb b) { return palette::contrast_ratio(a, b); }

// How a colour looks with no working cone of one kind: Machado, Oliveira & Fernandes
// (2009), severity 1, applied in linear RGB; `normal` is full colour vision.
enum class Vision { normal, protanopia, deuteranopia, tritanopia };
using Matrix = std::array<std::array<double, 3>, 3>;
const std::map<Vision, Matrix> simulations{
    {Vision::normal, {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {Vision::protanopia, {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}},
    {Vision::deuteranopia, {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}},
    {Vision::tritanopia, {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}},
};

// CIELAB (D65) of a colour as seen with `vision`.
std::array<double, 3> lab(palette::Rgb colour, Vision vision) {
    const auto in = linear_rgb(colour);
    const Matrix& m = simulations.at(vision);
    std::array<double, 3> rgb{};
    for (int i = 0; i < 3; ++i) rgb[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// ΔE*ab between two colours as seen with `vision`: about 2.3 is just noticeable, 20 and
// more reads as another colour at a glance.
double distance(palette::Rgb a, palette::Rgb b, Vision vision) {
    const auto p = lab(a, vision);
    const auto q = lab(b, vision);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

constexpr double apart = 20.0;

// The smallest distance between any two of three side colours, over every kind of vision.
double closest_pair(const std::array<palette::Rgb, 3>& colours) {
    double closest = 1e9;
    for (const auto& [vision, matrix] : simulations)
        for (std::size_t i = 0; i < colours.size(); ++i)
            for (std::size_t j = i + 1; j < colours.size(); ++j)
                closest = std::min(closest, distance(colours[i], colours[j], vision));
    return closest;
}

// "--voor: #1a5fb4;" in a stylesheet, by variable name.
std::map<std::string, std::string> css_variables(const std::string& css) {
    std::map<std::string, std::string> found;
    const std::regex variable(R"(--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;)");
    for (auto it = std::sregex_iterator(css.begin(), css.end(), variable); it != std::sregex_iterator(); ++it)
        found.emplace((*it)[1].str(), (*it)[2].str());
    return found;
}

std::string name(Side side) { return std::string(to_string(side)); }

}  // namespace

TEST_CASE("the side colours pass WCAG 2.1 contrast on every surface they are used on", "[report][palette]") {
    for (Side side : sides) {
        const auto& tones = palette::tones(side);
        INFO(name(side));
        // As text (and bars) on the light surfaces and on its own tint.
        for (palette::Rgb surface : palette::light_surfaces) CHECK(contrast(tones.strong, surface) >= 4.5);
        CHECK(contrast(tones.strong, tones.soft) >= 4.5);
        // White text on a filled bench, tag or bar.
        CHECK(contrast(palette::paper, tones.strong) >= 4.5);
        // On the projector: bars and marks against ink and the panels, ink text on them.
        for (palette::Rgb surface : palette::dark_surfaces) CHECK(contrast(tones.on_dark, surface) >= 3.0);
        CHECK(contrast(palette::ink, tones.on_dark) >= 4.5);
    }
    // The ink and the secondary text on every light surface.
    for (palette::Rgb surface : palette::light_surfaces) {
        CHECK(contrast(palette::ink, surface) >= 4.5);
        CHECK(contrast(palette::muted, surface) >= 4.5);
    }
}

TEST_CASE("the report's marks for drogredenen stand out on paper and carry white text", "[report][palette]") {
    for (palette::Rgb mark : palette::marks) {
        INFO(palette::css_hex(mark));
        CHECK(contrast(mark, palette::paper) >= 3.0);
        CHECK(contrast(palette::paper, mark) >= 4.5);
    }
}

TEST_CASE("voor, tegen and twijfel stay apart for colour-blind readers", "[report][palette]") {
    const std::array<palette::Rgb, 3> strong{palette::voor.strong, palette::tegen.strong, palette::twijfel.strong};
    const std::array<palette::Rgb, 3> on_dark{palette::voor.on_dark, palette::tegen.on_dark, palette::twijfel.on_dark};
    CHECK(closest_pair(strong) >= apart);
    CHECK(closest_pair(on_dark) >= apart);
    // The rule has teeth: the app's old green, red and purple merged for protanopes.
    CHECK(closest_pair({0x1b6b45, 0xa3262a, 0x5a5289}) < apart);
    CHECK(distance(0x1b6b45, 0xa3262a, Vision::protanopia) < 15);
}

TEST_CASE("the participant page's stylesheet holds the palette's values", "[report][palette]") {
    const auto page = css_variables(tests::read_shipped_asset("web/style.css"));
    const auto expect = [&](const std::string& variable, palette::Rgb colour) {
        INFO("--" << variable << " in assets/web/style.css");
        const auto found = page.find(variable);
        REQUIRE(found != page.end());
        std::string value = found->second;
        std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
        CHECK(value == palette::css_hex(colour));
    };
    for (Side side : sides) {
        expect(name(side), palette::tones(side).strong);
        expect(name(side) + "-soft", palette::tones(side).soft);
    }
    expect("bg", palette::background);
    expect("card", palette::paper);
    expect("ink", palette::ink);
    expect("muted", palette::muted);
    expect("line", palette::line);
}

TEST_CASE("the report's stylesheet takes its colours from the palette", "[report][palette]") {
    const auto report = css_variables(report::report_stylesheet());
    for (Side side : sides) {
        CHECK(report.at(name(side)) == palette::css_hex(palette::tones(side).strong));
        CHECK(report.at(name(side) + "-soft") == palette::css_hex(palette::tones(side).soft));
    }
    CHECK(report.at("pending") == palette::css_hex(palette::pending));
    CHECK(report.at("ink") == palette::css_hex(palette::ink));
}
