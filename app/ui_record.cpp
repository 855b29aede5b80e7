#include "app/ui_record.hpp"

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

void UiRecord::add(ItemKind kind, std::string_view text, ImVec2 min, ImVec2 max, const ImFont* font, bool disabled) {
    if (text.empty()) return;
    items_.push_back({kind, std::string(text), min, max, disabled});
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
    return out;
}

}  // namespace lagerhuis::app::ui
