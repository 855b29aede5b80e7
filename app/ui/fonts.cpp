#include "app/ui/fonts.hpp"

#include <algorithm>
#include <filesystem>

#include "platform/font_folder.hpp"

namespace lagerhuis::app {

namespace {

// Latin-1 and Latin Extended-A (ë, ĳ, ł), Greek (τ and σ, the scores' names), general
// punctuation (‘ ’ “ ” … –), the euro sign, arrows, and the check and cross marks the
// buttons use.
constexpr ImWchar text_ranges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x0370, 0x03FF, 0x2000, 0x206F, 0x20AC, 0x20AC,
    0x2190, 0x21FF, 0x25A0, 0x25FF, 0x2713, 0x2717, 0,
};
// The big fonts only show digits and a few signs: a small atlas.
constexpr ImWchar digit_ranges[] = {0x0020, 0x007E, 0};

ImFont* add(ImFontAtlas& atlas, const char* file, float pixels, const ImWchar* ranges, Fonts& fonts) {
    // UTF-8 text, which ImGui opens as such on Windows too: the zip may sit under C:\Users\Zoë.
    const auto found = platform::font_folder() / file;
    const std::string path = reinterpret_cast<const char*>(found.u8string().c_str());
    std::error_code error;
    if (!std::filesystem::exists(found, error)) {
        std::string problem = "font not found: " + path + " (install fonts-dejavu-core)";
        if (std::find(fonts.problems.begin(), fonts.problems.end(), problem) == fonts.problems.end())
            fonts.problems.push_back(std::move(problem));
        ImFontConfig fallback;
        fallback.SizePixels = pixels;
        return atlas.AddFontDefault(&fallback);
    }
    ImFontConfig config;
    // Sub-pixel oversampling matters for small text only; big glyphs would bloat the atlas.
    config.OversampleH = pixels < 30 ? 2 : 1;
    config.OversampleV = 1;
    return atlas.AddFontFromFileTTF(path.c_str(), pixels, &config, ranges);
}

}  // namespace

const ImWchar* text_glyph_ranges() { return text_ranges; }

Fonts load_fonts(ImFontAtlas& atlas, float scale, const FontSizes& sizes) {
    Fonts fonts;
    // The first font added is ImGui's default: the body text.
    fonts.body = add(atlas, dejavu_sans_file, sizes.body * scale, text_ranges, fonts);
    fonts.small = add(atlas, dejavu_sans_file, sizes.small * scale, text_ranges, fonts);
    fonts.bold = add(atlas, dejavu_sans_bold_file, sizes.body * scale, text_ranges, fonts);
    fonts.heading = add(atlas, dejavu_sans_bold_file, sizes.heading * scale, text_ranges, fonts);
    fonts.title = add(atlas, dejavu_sans_bold_file, sizes.title * scale, text_ranges, fonts);
    fonts.count = add(atlas, dejavu_sans_bold_file, sizes.count * scale, digit_ranges, fonts);
    fonts.clock = add(atlas, dejavu_sans_bold_file, sizes.clock * scale, digit_ranges, fonts);
    return fonts;
}

}  // namespace lagerhuis::app
