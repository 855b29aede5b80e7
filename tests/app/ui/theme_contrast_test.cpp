// The windows' two palettes (app/ui/theme.hpp), checked pairing by pairing as they are
// drawn: WCAG 2.1 contrast of text on its surfaces (standard 4.5:1, AA; high contrast
// 7:1, AAA), of white text on filled buttons and badges, of field borders (3:1 and
// 4.5:1), and on the projector's dark surfaces.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "app/ui/theme.hpp"
#include "report/palette.hpp"

using namespace lagerhuis;
using app::theme::Contrast;
using app::theme::Palette;

namespace {

// ImU32 is 0xAABBGGRR; the palette functions take 0xRRGGBB.
report::palette::Rgb rgb_of(ImU32 colour) {
    return ((colour & 0xFF) << 16) | (colour & 0xFF00) | ((colour >> 16) & 0xFF);
}

double contrast(ImU32 a, ImU32 b) { return report::palette::contrast_ratio(rgb_of(a), rgb_of(b)); }
// A side tone (0xRRGGBB) against a window colour.
double tone_contrast(report::palette::Rgb a, ImU32 b) { return report::palette::contrast_ratio(a, rgb_of(b)); }

struct Pairing {
    std::string what;
    double ratio;
};

// Every text colour on every light surface it is drawn on, and each state's ink on its tint.
std::vector<Pairing> text_pairings(const Palette& p) {
    std::vector<Pairing> all;
    const std::vector<std::pair<const char*, ImU32>> inks{
        {"ink", p.ink}, {"muted", p.muted}, {"accent", p.accent}, {"warn", p.warn}, {"over", p.over},
        {"ok", p.ok}, {"problem_ink", p.problem_ink}, {"warn_ink", p.warn_ink}, {"ok_ink", p.ok_ink}};
    const std::vector<std::pair<const char*, ImU32>> surfaces{{"card", p.card},         {"background", p.background},
                                                              {"hover", p.hover},       {"quiet_fill", p.quiet_fill},
                                                              {"accent_soft", p.accent_soft}, {"poll_fill", p.poll_fill}};
    for (const auto& [ink_name, ink] : inks)
        for (const auto& [surface_name, surface] : surfaces)
            all.push_back({std::string(ink_name) + " on " + surface_name, contrast(ink, surface)});
    all.push_back({"warn on warn_soft", contrast(p.warn, p.warn_soft)});
    all.push_back({"warn_ink on warn_soft", contrast(p.warn_ink, p.warn_soft)});
    all.push_back({"over on over_soft", contrast(p.over, p.over_soft)});
    all.push_back({"problem_ink on over_soft", contrast(p.problem_ink, p.over_soft)});
    all.push_back({"ok on ok_soft", contrast(p.ok, p.ok_soft)});
    all.push_back({"ok_ink on ok_soft", contrast(p.ok_ink, p.ok_soft)});
    for (const auto& [fill_name, fill] : std::vector<std::pair<const char*, ImU32>>{
             {"accent", p.accent}, {"accent_hover", p.accent_hover}, {"over", p.over}, {"ok", p.ok}})
        all.push_back({std::string("white on ") + fill_name, contrast(p.white, fill)});
    for (const auto& [side_name, tones] : std::vector<std::pair<const char*, report::palette::SideTones>>{
             {"voor", p.voor}, {"tegen", p.tegen}, {"twijfel", p.twijfel}}) {
        all.push_back({std::string(side_name) + " on card", tone_contrast(tones.strong, p.card)});
        all.push_back({std::string(side_name) + " on background", tone_contrast(tones.strong, p.background)});
        all.push_back({std::string(side_name) + " on its tint",
                       report::palette::contrast_ratio(tones.strong, tones.soft)});
        all.push_back({std::string("white on ") + side_name, tone_contrast(tones.strong, p.white)});
        // The projector's bars carry an ink label where it fits.
        all.push_back({std::string("ink on ") + side_name + " on_dark", tone_contrast(tones.on_dark, p.ink)});
    }
    // The projector: light text and dim labels on ink and on its panels; the clock's states.
    for (const auto& [ink_name, ink] : std::vector<std::pair<const char*, ImU32>>{
             {"projector_text", p.projector_text}, {"projector_dim", p.projector_dim},
             {"projector_warning", p.projector_warning}, {"projector_overtime", p.projector_overtime}}) {
        all.push_back({std::string(ink_name) + " on ink", contrast(ink, p.ink)});
        all.push_back({std::string(ink_name) + " on projector_panel", contrast(ink, p.projector_panel)});
    }
    return all;
}

void check_all(const std::vector<Pairing>& pairings, double at_least) {
    for (const auto& pairing : pairings) {
        INFO(pairing.what << ": " << pairing.ratio << ":1");
        CHECK(pairing.ratio >= at_least);
    }
}

}  // namespace

TEST_CASE("the standard palette's text meets WCAG 2.1 AA on every surface it is drawn on", "[ui][theme]") {
    const Palette& p = app::theme::palette_for(Contrast::standard);
    check_all(text_pairings(p), 4.5);
    // A field's border is what shows where to type (1.4.11, non-text contrast).
    CHECK(contrast(p.field_border, p.card) >= 3.0);
    for (const auto& tones : {p.voor, p.tegen, p.twijfel}) {
        CHECK(tone_contrast(tones.on_dark, p.ink) >= 3.0);
        CHECK(tone_contrast(tones.on_dark, p.projector_panel) >= 3.0);
    }
}

TEST_CASE("the high-contrast palette's text meets 7:1 (AAA) everywhere and its parts 4.5:1", "[ui][theme]") {
    const Palette& p = app::theme::palette_for(Contrast::high);
    check_all(text_pairings(p), 7.0);
    CHECK(contrast(p.field_border, p.card) >= 4.5);
    CHECK(contrast(p.line, p.card) >= 4.5);
    CHECK(contrast(p.disabled, p.card) >= 4.5);
    for (const auto& tones : {p.voor, p.tegen, p.twijfel}) {
        CHECK(tone_contrast(tones.on_dark, p.ink) >= 4.5);
        CHECK(tone_contrast(tones.on_dark, p.projector_panel) >= 4.5);
    }
    // And it is a different palette: every text colour at least as dark as the standard one.
    const Palette& standard = app::theme::palette_for(Contrast::standard);
    CHECK(contrast(p.ink, p.card) > contrast(standard.ink, standard.card));
    CHECK(contrast(p.muted, p.card) > contrast(standard.muted, standard.card));
}

TEST_CASE("the standard palette is the product palette the page and the report use", "[ui][theme]") {
    const Palette& p = app::theme::palette_for(Contrast::standard);
    CHECK(rgb_of(p.ink) == report::palette::ink);
    CHECK(rgb_of(p.muted) == report::palette::muted);
    CHECK(rgb_of(p.card) == report::palette::paper);
    CHECK(p.voor.strong == report::palette::voor.strong);
    CHECK(p.tegen.strong == report::palette::tegen.strong);
    CHECK(p.twijfel.strong == report::palette::twijfel.strong);
}
