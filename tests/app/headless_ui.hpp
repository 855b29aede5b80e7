#pragma once
// An ImGui context without a window, for testing screens: the app's real fonts built
// into the atlas, a display size, the ui:: context attached, and frames run without a
// backend. A test draws panels, then reads what they showed (ui::UiRecord) or clicks.
#include <functional>

#include <imgui.h>

#include "app/ui_context.hpp"

namespace lagerhuis::tests {

class HeadlessUi {
public:
    explicit HeadlessUi(ImVec2 display = ImVec2(1280, 800));
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // One frame: `draw` between NewFrame and Render, with the mouse where it is.
    void frame(const std::function<void()>& draw);
    // Frames until every card has its height (a few at most).
    void settle(const std::function<void()>& draw);
    // Moves the mouse to `where`, presses and releases it there, a frame each.
    void click(ImVec2 where, const std::function<void()>& draw);

    const app::ui::UiRecord& record() const { return ui_.record; }
    app::ui::UiContext& ui() { return ui_; }

private:
    ImGuiContext* context_;
    app::ui::UiContext ui_;
};

}  // namespace lagerhuis::tests
