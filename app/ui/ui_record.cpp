#include "app/ui/ui_record.hpp"

#include <cstdio>

#include <imgui_internal.h>

namespace lagerhuis::app::ui {

namespace {

const char* kind_name(ItemKind kind) {
    switch (kind) {
        case ItemKind::text: return "text";
        case ItemKind::button: return "button";
        case ItemKind::input: return "input";
        case ItemKind::option: return "option";
    }
    return "text";
}

std::string one_line(std::string_view text) {
    std::string line(text);
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    return line;
}

}  // namespace

void UiRecord::begin_frame() {
    windows_.clear();
    items_.clear();
    missing_.clear();
}

namespace {

// Whether `text` in `font` is drawn wider than its place: a button's label wider than the
// button less its padding, any text past the right edge of a window that does not scroll
// sideways.
bool drawn_wider(ItemKind kind, std::string_view text, ImVec2 min, ImVec2 max, const ImFont* font, const ImRect& clip) {
    constexpr float slack = 0.5f;
    // Only what can be seen is judged: a window scrolled out of view clips everything.
    if (max.y <= clip.Min.y || min.y >= clip.Max.y || clip.Max.x <= clip.Min.x) return false;
    const ImGuiWindow* window = GImGui->CurrentWindow;
    if (max.x > clip.Max.x + slack && !(window && window->ScrollbarX)) return true;
    if (kind != ItemKind::button || !font) return false;
    const float width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
    return width + 2 * GImGui->Style.FramePadding.x > max.x - min.x + slack;
}

}  // namespace

void UiRecord::add(ItemKind kind, std::string_view text, ImVec2 min, ImVec2 max, const ImFont* font, bool disabled) {
    if (text.empty()) return;
    const ImGuiWindow* window = GImGui ? GImGui->CurrentWindow : nullptr;
    const ImRect clip = window ? window->ClipRect : ImRect(ImVec2(-FLT_MAX, -FLT_MAX), ImVec2(FLT_MAX, FLT_MAX));
    const bool cut = window && drawn_wider(kind, text, min, max, font, clip);
    items_.push_back({kind, std::string(text), min, max, disabled, clip.Min, clip.Max, cut, font ? font->FontSize : 0.0f});
    if (!font) return;
    const char* cursor = text.data();
    const char* end = text.data() + text.size();
    while (cursor < end) {
        unsigned int codepoint = 0;
        const int length = ImTextCharFromUtf8(&codepoint, cursor, end);
        if (length <= 0) break;
        cursor += length;
        if (codepoint < 0x20) continue;
        if (codepoint > IM_UNICODE_CODEPOINT_MAX || !font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)))
            missing_.push_back({codepoint, std::string(text)});
    }
}

void UiRecord::collect_windows() {
    windows_.clear();
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    for (const ImGuiWindow* window : context.Windows)
        if (window->Active && !(window->Flags & ImGuiWindowFlags_ChildWindow)) windows_.emplace_back(window->Name);
}

const RecordedItem* UiRecord::find(ItemKind kind, std::string_view text) const {
    for (const auto& item : items_)
        if (item.kind == kind && item.text == text) return &item;
    return nullptr;
}

bool UiRecord::shows(std::string_view part) const {
    for (const auto& item : items_)
        if (item.text.find(part) != std::string::npos) return true;
    return false;
}

std::string UiRecord::texts() const {
    std::string all;
    for (const auto& item : items_) all += std::string(kind_name(item.kind)) + " " + one_line(item.text) + "\n";
    return all;
}

std::string UiRecord::dump() const {
    std::string out;
    for (const auto& window : windows_) out += "window " + window + "\n";
    out += texts();
    for (const auto& missing : missing_) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", missing.codepoint);
        out += std::string("missing-glyph ") + code + " in \"" + one_line(missing.text) + "\"\n";
    }
    for (const auto* item : cut_items()) out += std::string("cut ") + kind_name(item->kind) + " " + one_line(item->text) + "\n";
    return out;
}

std::vector<const RecordedItem*> UiRecord::cut_items() const {
    std::vector<const RecordedItem*> cut;
    for (const auto& item : items_)
        if (item.cut) cut.push_back(&item);
    return cut;
}

}  // namespace lagerhuis::app::ui
