#include "app/ui/ui_text.hpp"

#include <algorithm>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "app/ui/ui_context.hpp"

namespace lagerhuis::app::ui {

namespace {

void record_last_item(ItemKind kind, std::string_view text, const ImFont* font) {
    context().record.add(kind, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), font, drawing_disabled());
}

// Pushes a font and a text colour for one draw; pops them when it goes.
class TextScope {
public:
    explicit TextScope(const TextStyle& style) : font_(style.font), coloured_(style.colour != 0) {
        if (font_) ImGui::PushFont(font_);
        if (coloured_) ImGui::PushStyleColor(ImGuiCol_Text, style.colour);
    }
    ~TextScope() {
        if (coloured_) ImGui::PopStyleColor();
        if (font_) ImGui::PopFont();
    }
    TextScope(const TextScope&) = delete;
    TextScope& operator=(const TextScope&) = delete;

private:
    ImFont* font_;
    bool coloured_;
};


float line_width(const ImFont* font, std::string_view line) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, line.data(), line.data() + line.size()).x;
}

// "€ 450.000" stays on one line: a currency sign is glued to the amount after it.
bool glued(std::string_view paragraph, std::size_t space) {
    constexpr std::string_view signs[] = {"\u20ac", "$", "\u00a3"};
    if (space + 1 >= paragraph.size() || paragraph[space + 1] < '0' || paragraph[space + 1] > '9') return false;
    for (const auto sign : signs) {
        if (space < sign.size() || paragraph.substr(space - sign.size(), sign.size()) != sign) continue;
        const std::size_t word = space - sign.size();
        if (word == 0 || paragraph[word - 1] == ' ') return true;
    }
    return false;
}

// Where the next line break may go at or after `from`: a space, or the end.
std::size_t next_break(std::string_view paragraph, std::size_t from) {
    std::size_t space = paragraph.find(' ', from);
    while (space != std::string_view::npos && glued(paragraph, space)) space = paragraph.find(' ', space + 1);
    return std::min(space, paragraph.size());
}

// Breaks one paragraph (no '\n') into `lines`.
void wrap_paragraph(std::string_view paragraph, const ImFont* font, float width, std::vector<std::string_view>& lines) {
    std::size_t start = 0;  // of the line being filled
    std::size_t end = 0;    // of its last whole word
    std::size_t at = 0;
    while (at <= paragraph.size()) {
        const std::size_t space = next_break(paragraph, at);
        const std::string_view candidate = paragraph.substr(start, space - start);
        if (line_width(font, candidate) <= width || end == start) {
            if (line_width(font, candidate) > width) {
                // One word wider than the line: cut it at the last character that fits.
                std::size_t cut = start;
                for (std::size_t next = start + 1; next <= space; ++next) {
                    if (next < space && (static_cast<unsigned char>(paragraph[next]) & 0xC0) == 0x80) continue;
                    if (line_width(font, paragraph.substr(start, next - start)) > width) break;
                    cut = next;
                }
                if (cut == start) cut = space;  // not even one character fits: keep it whole
                if (cut < space) {
                    lines.push_back(paragraph.substr(start, cut - start));
                    start = end = at = cut;
                    continue;
                }
            }
            end = space;
            at = space + 1;
            continue;
        }
        lines.push_back(paragraph.substr(start, end - start));
        start = end;
        while (start < paragraph.size() && paragraph[start] == ' ') ++start;
        end = start;
        at = start;
    }
    lines.push_back(paragraph.substr(start, end - start));
}

// Draws `text` through ImGui as one item, wrapped by wrap_lines at `wrap_width` (≤ 0: as written).
void draw_text_item(std::string_view text, float wrap_width) {
    ImGui::PushTextWrapPos(-1.0f);  // the lines are made here; ImGui must not break them again
    if (wrap_width > 0) {
        std::string joined;
        for (const auto line : wrap_lines(text, ImGui::GetFont(), wrap_width)) {
            if (!joined.empty()) joined += '\n';
            joined.append(line);
        }
        ImGui::TextUnformatted(joined.data(), joined.data() + joined.size());
    } else {
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

std::string_view visible_label(std::string_view label) {
    const auto hidden = label.find("##");
    return hidden == std::string_view::npos ? label : label.substr(0, hidden);
}

bool drawing_disabled() { return (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0; }

std::vector<std::string_view> wrap_lines(std::string_view text, const ImFont* font, float width) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t newline = text.find('\n', start);
        wrap_paragraph(text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start),
                       font, width, lines);
        if (newline == std::string_view::npos) break;
        start = newline + 1;
    }
    return lines;
}

void text(std::string_view text, TextStyle style) {
    TextScope scope(style);
    const float wrap_pos = GImGui->CurrentWindow->DC.TextWrapPos;
    const float wrap_width = wrap_pos < 0 ? 0.0f : ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), wrap_pos);
    draw_text_item(text, wrap_width);
    record_last_item(ItemKind::text, text, ImGui::GetFont());
}

void text_wrapped(std::string_view text, TextStyle style) {
    TextScope scope(style);
    draw_text_item(text, ImGui::CalcWrapWidthForPos(ImGui::GetCursorScreenPos(), 0.0f));
    record_last_item(ItemKind::text, text, ImGui::GetFont());
}

void text_centred(std::string_view text, float width, TextStyle style) {
    TextScope scope(style);
    const float text_width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    if (text_width < width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - text_width) / 2);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    record_last_item(ItemKind::text, text, ImGui::GetFont());
}

void text_at(ImVec2 position, std::string_view text, TextStyle style, float wrap_width) {
    ImFont* font = style.font ? style.font : ImGui::GetFont();
    const float size = font->FontSize;
    const ImU32 colour = style.colour ? style.colour : ImGui::GetColorU32(ImGuiCol_Text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (wrap_width > 0) {
        float y = position.y;
        for (const auto line : wrap_lines(text, font, wrap_width)) {
            draw->AddText(font, size, ImVec2(position.x, y), colour, line.data(), line.data() + line.size());
            y += size;
        }
    } else {
        draw->AddText(font, size, position, colour, text.data(), text.data() + text.size());
    }
    const ImVec2 extent = text_size(text, font, wrap_width);
    context().record.add(ItemKind::text, text, position, ImVec2(position.x + extent.x, position.y + extent.y), font,
                         drawing_disabled());
}

ImVec2 text_size(std::string_view text, ImFont* font, float wrap_width) {
    ImFont* used = font ? font : ImGui::GetFont();
    if (wrap_width <= 0) return used->CalcTextSizeA(used->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
    ImVec2 size(0, 0);
    for (const auto line : wrap_lines(text, used, wrap_width)) {
        size.x = std::max(size.x, line_width(used, line));
        size.y += used->FontSize;
    }
    return size;
}

std::string fit_text(std::string_view text, ImFont* font, float width) {
    if (text_size(text, font).x <= width) return std::string(text);
    constexpr std::string_view ellipsis = "\u2026";
    std::size_t end = text.size();
    while (end > 0) {
        // Back to the start of the previous UTF-8 character.
        do --end;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
        std::string cut(text.substr(0, end));
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        cut += ellipsis;
        if (text_size(cut, font).x <= width) return cut;
    }
    return std::string(ellipsis);
}

std::vector<std::string> fit_lines(std::string_view text, ImFont* font, std::span<const float> widths) {
    std::vector<std::string> lines;
    std::string_view rest = text;
    for (std::size_t i = 0; i < widths.size() && !rest.empty(); ++i) {
        const auto wrapped = wrap_lines(rest, font, std::max(1.0f, widths[i]));
        const std::string_view first = wrapped.empty() ? rest : wrapped.front();
        const bool whole_words = first.size() == rest.size() || rest[first.size()] == ' ';
        // The last line, or a first word too wide for its line: cut with the ellipsis.
        if (i + 1 == widths.size() || first.empty() || !whole_words || line_width(font, first) > widths[i]) {
            lines.push_back(fit_text(rest, font, widths[i]));
            break;
        }
        lines.emplace_back(first);
        rest = rest.substr(first.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    }
    return lines;
}

bool button(std::string_view label, ImVec2 size, const theme::ButtonColours& colours, ImFont* font) {
    ImFont* used = font ? font : context().fonts.bold;
    if (used) ImGui::PushFont(used);
    ImGui::PushStyleColor(ImGuiCol_Button, colours.fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours.hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours.active);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.text);
    ImGui::PushStyleColor(ImGuiCol_Border, colours.border);
    if (size.y == 0) size.y = px(theme::touch);
    const std::string label_text(label);
    const bool pressed = ImGui::Button(label_text.c_str(), size);
    ImGui::PopStyleColor(5);
    record_last_item(ItemKind::button, visible_label(label), ImGui::GetFont());
    if (used) ImGui::PopFont();
    return pressed;
}

bool area_button(std::string_view id, ImVec2 size, std::string_view text) {
    const std::string id_text(id);
    const bool pressed = ImGui::InvisibleButton(id_text.c_str(), size);
    context().record.add(ItemKind::button, text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), nullptr,
                         drawing_disabled());
    return pressed;
}

bool input_text(std::string_view id, std::string* value, std::string_view hint, float width) {
    const std::string id_text(id);
    const std::string hint_text(hint);
    // As tall as a button, so a thumb or a mouse finds it easily.
    const float padding_y = std::max(ImGui::GetStyle().FramePadding.y, (px(theme::touch) - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padding_y));
    ImGui::PushStyleColor(ImGuiCol_Border, theme::palette().field_border);
    ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
    const bool changed = ImGui::InputTextWithHint(id_text.c_str(), hint_text.c_str(), value);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    record_last_item(ItemKind::input, value->empty() ? hint : std::string_view(*value), ImGui::GetFont());
    return changed;
}

bool entered() {
    return ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                                          ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
}

void space(float pixels) { ImGui::Dummy(ImVec2(0, px(pixels))); }

std::string trimmed(std::string_view typed) {
    const auto first = typed.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(typed.substr(first, typed.find_last_not_of(" \t") - first + 1));
}

}  // namespace lagerhuis::app::ui
