#pragma once
// An ImGui context without a window, for tests and benchmarks of screens: the app's real
// fonts built into the atlas, a display size, the ui:: context attached, and frames run
// without a backend or a GPU. A test draws panels, then reads what they showed
// (ui::UiRecord), clicks, hovers or presses keys; a benchmark times the frames.
#include <functional>
#include <string_view>

#include <imgui.h>

#include "app/ui/ui_context.hpp"

namespace lagerhuis::app {

class OffscreenUi {
public:
    // `scale`: the content scale (1.5 for a screen set to 150 %): fonts and sizes grow.
    // `contrast`: the palette the window draws in (theme.hpp).
    explicit OffscreenUi(ImVec2 display = ImVec2(1280, 800), float scale = 1.0f, const FontSizes& sizes = {},
                         theme::Contrast contrast = theme::Contrast::standard);
    ~OffscreenUi();
    OffscreenUi(const OffscreenUi&) = delete;
    OffscreenUi& operator=(const OffscreenUi&) = delete;

    // One frame: `draw` between NewFrame and Render, with the mouse where it is.
    void frame(const std::function<void()>& draw);
    // Frames until every card has its height (a few at most).
    void settle(const std::function<void()>& draw);
    // Moves the mouse to `where`, presses and releases it there, a frame each.
    void click(ImVec2 where, const std::function<void()>& draw);
    // Moves the mouse to `where` without pressing, and draws until what shows on hover
    // (a tooltip) is in the record.
    void hover(ImVec2 where, const std::function<void()>& draw);

    // Presses `key` (an io.KeysDown index: GLFW key codes, as the GLFW backend fills it),
    // with Ctrl held when asked, and releases it: a frame each.
    void press(int key, bool ctrl, const std::function<void()>& draw);
    void press(int key, bool ctrl, bool alt, const std::function<void()>& draw);
    // Types `text` into the field that has the keyboard, in one frame.
    void type(std::string_view text, const std::function<void()>& draw);

    const ui::UiRecord& record() const { return ui_.record; }
    ui::UiContext& ui() { return ui_; }

private:
    ImGuiContext* context_;
    ui::UiContext ui_;
};

}  // namespace lagerhuis::app
