#pragma once
// What the console's panel tests share: one panel drawn in a window-less ImGui context
// at a column's width, and finding items in what it drew (in the row of, under,
// following a label). Private to each test file that includes it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "app/console/console_panels.hpp"
#include "app/ui/ui_text.hpp"
#include "tests/app/console/console_scene.hpp"
#include "tests/app/ui/headless_ui.hpp"

using namespace lagerhuis;
using app::ui::ItemKind;
using app::ui::RecordedItem;
using app::ui::UiRecord;

namespace {

// One console panel in a window (one HeadlessUi alive at a time: a second one would
// take the first one's ImGui context while it is current), `width` wide as a column of the console gives it, at
// the scene's clock plus `later_ms`. Tall enough that nothing a test clicks is clipped.
struct Panel {
    tests::ConsoleScene& scene;
    app::ConsolePanel panel;
    float width = 410;  // the left column of a 1280 px console
    core::Millis later_ms = 0;
    tests::HeadlessUi headless{ImVec2(1280, 1500)};

    std::function<void()> draw() {
        return [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("Console", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            panel(scene.frame(later_ms), scene.ui, scene.actions, width);
            ImGui::End();
        };
    }
    const UiRecord& show() {
        headless.settle(draw());
        return headless.record();
    }
    void click(const RecordedItem* item) {
        REQUIRE(item);
        REQUIRE_FALSE(item->disabled);
        const RecordedItem copy = *item;  // the record is rebuilt by the frames of the click
        headless.click(copy.centre(), draw());
        show();
    }
    // Types into the field that has the keyboard (as a person would; an active field owns its text).
    void type(const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        show();
    }
    const UiRecord& record() const { return headless.record(); }
};

inline bool inside(const RecordedItem& inner, const RecordedItem& outer) {
    return inner.min.x >= outer.min.x && inner.max.x <= outer.max.x && inner.min.y >= outer.min.y &&
           inner.max.y <= outer.max.y;
}

// The item of `kind` and `text` on the same line as a text `name` (a row of a list).
inline const RecordedItem* in_row_of(const UiRecord& record, std::string_view name, ItemKind kind, std::string_view text) {
    for (const auto& who : record.items()) {
        if (who.kind != ItemKind::text || who.text != name) continue;
        const float y = who.centre().y;
        for (const auto& item : record.items())
            if (item.kind == kind && item.text == text && item.min.y <= y && y <= item.max.y) return &item;
    }
    return nullptr;
}

// The text `text` right under a text `name`, aligned with it (a row's second line).
inline const RecordedItem* under(const UiRecord& record, std::string_view name, std::string_view text) {
    for (const auto& who : record.items()) {
        if (who.kind != ItemKind::text || who.text != name) continue;
        for (const auto& item : record.items())
            if (item.kind == ItemKind::text && item.text == text && std::abs(item.min.x - who.min.x) < 1 &&
                item.min.y >= who.max.y && item.min.y - who.max.y < 12)
                return &item;
    }
    return nullptr;
}

// The text `text` following the text `label`: on its line, or on the next when wrapped.
inline const RecordedItem* follows(const UiRecord& record, std::string_view label, std::string_view text) {
    const auto* first = record.find(ItemKind::text, label);
    if (!first) return nullptr;
    for (const auto& item : record.items())
        if (item.kind == ItemKind::text && item.text == text && item.min.y >= first->min.y - 5 &&
            item.min.y < first->min.y + 50 && (item.min.x > first->max.x || item.min.y > first->max.y))
            return &item;
    return nullptr;
}

inline long count_of(const UiRecord& record, std::string_view text) {
    return std::count_if(record.items().begin(), record.items().end(), [&](const auto& item) { return item.text == text; });
}

template <class Body>
Body only_command(const app::ConsoleActions& actions) {
    const auto commands = tests::commands_in(actions);
    REQUIRE(commands.size() == 1);
    REQUIRE(std::holds_alternative<Body>(commands.front()));
    return std::get<Body>(commands.front());
}

// Every floor panel in a window, one under the other.
inline void draw_all(tests::ConsoleScene& scene, float width, core::Millis later_ms = 0) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("Console", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    const auto& frame = scene.frame(later_ms);
    for (const app::ConsolePanel panel : {app::draw_console_statement, app::draw_console_timer, app::draw_console_queue,
                                          app::draw_console_room, app::draw_console_people})
        panel(frame, scene.ui, scene.actions, width);
    ImGui::End();
}

}  // namespace
