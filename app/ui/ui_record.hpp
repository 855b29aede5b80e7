#pragma once
// What a frame showed, as data: the windows drawn and every text drawn through the ui::
// wrappers (ui_text.hpp), with where it was and whether the font had all its glyphs.
// Tests assert on it; `--dump-ui FILE` writes it after the last frame, so a smoke test
// under Xvfb checks content, not only pixels.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace lagerhuis::app::ui {

enum class ItemKind : unsigned char { text, button, input, option };

struct RecordedItem {
    ItemKind kind = ItemKind::text;
    std::string text;
    ImVec2 min;  // screen rectangle
    ImVec2 max;
    bool disabled = false;
    ImVec2 clip_min;  // what its window shows of the screen (a column scrolls inside it)
    ImVec2 clip_max;
    // Drawn wider than its place: a button's label beyond the button's edges, a text
    // beyond its window's right edge (a window that scrolls sideways excepted).
    bool cut = false;
    float font_size = 0;  // the pixel size of the font it was drawn with (0: none known)

    ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
    // Seen whole without scrolling: inside its window's visible part.
    bool in_view() const {
        constexpr float slack = 0.5f;
        return min.x >= clip_min.x - slack && min.y >= clip_min.y - slack && max.x <= clip_max.x + slack &&
               max.y <= clip_max.y + slack;
    }
};

struct MissingGlyph {
    unsigned codepoint = 0;
    std::string text;  // where it was wanted
};

class UiRecord {
public:
    void begin_frame();
    // `font` is the font the text is drawn with (it is checked for every code point).
    void add(ItemKind kind, std::string_view text, ImVec2 min, ImVec2 max, const ImFont* font, bool disabled = false);
    // After ImGui::Render(): the top-level windows that were drawn this frame, ImGui's own
    // (a demo or debug window) included, so a test notices those too.
    void collect_windows();

    const std::vector<std::string>& windows() const { return windows_; }
    const std::vector<RecordedItem>& items() const { return items_; }
    const std::vector<MissingGlyph>& missing_glyphs() const { return missing_; }

    // The first item of `kind` whose text equals `text` (nullptr when none).
    const RecordedItem* find(ItemKind kind, std::string_view text) const;
    // Whether any item's text contains `part`.
    bool shows(std::string_view part) const;
    // Every item text, one per line (for test failure messages).
    std::string texts() const;

    // The --dump-ui format, one entry a line:
    //   window Lagerhuis
    //   text Het zwembad in Vriezenveen moet dicht.
    //   button Voor
    //   missing-glyph U+0133 in "ĳs"
    //   cut button Weerleggin         (a text drawn wider than its place)
    std::string dump() const;
    // The items drawn wider than their place.
    std::vector<const RecordedItem*> cut_items() const;

private:
    std::vector<std::string> windows_;
    std::vector<RecordedItem> items_;
    std::vector<MissingGlyph> missing_;
};

}  // namespace lagerhuis::app::ui
