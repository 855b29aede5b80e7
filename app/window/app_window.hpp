#pragma once
// The window every Lagerhuis program draws in: GLFW, an OpenGL 3 context and Dear ImGui,
// with the fonts, the theme and the ui:: record set up. Its loop is event-driven: it
// draws when something happened (input, or wake() from another thread) and sleeps
// otherwise, waking a few times a second only while something animates (a countdown),
// so a laptop stays cool through a two-hour debate.
//
// For tests under Xvfb: `frames` draws exactly that many frames (about 30 a second) and
// closes; then `screenshot` gets the last frame as PNG and `dump_ui` what it showed
// (ui_record.hpp).
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <utility>

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "core/result.hpp"

struct GLFWwindow;

namespace lagerhuis::app {

struct WindowOptions {
    std::string title = "Lagerhuis";
    int width = 1280;
    int height = 800;
    int frames = 0;  // > 0: draw exactly this many frames, then close
    std::filesystem::path screenshot;  // PNG of the last frame, when set
    std::filesystem::path dump_ui;     // windows and texts of the last frame, when set
    float ui_scale = 0;  // texts and controls at this scale (1.5: 150 %); 0: the screen's own
    // The text size in percent of that scale, and the palette (DisplaySettings). Unset: as
    // remembered in settings.ini, else 100 % and standard; set (--text-size,
    // --high-contrast): for this run, over what is remembered.
    std::optional<int> text_size;
    std::optional<theme::Contrast> contrast;
};

// Handed to the draw function each frame.
class Frame {
public:
    int number() const { return number_; }
    // Something moves (a countdown): draw again within `interval` even without events.
    void redraw_within(std::chrono::milliseconds interval);
    // Closes the window after this frame.
    void close() { close_ = true; }

private:
    friend class AppWindow;
    int number_ = 0;
    std::optional<std::chrono::milliseconds> redraw_;
    bool close_ = false;
};

class AppWindow {
public:
    // Fails with a readable reason (English) when there is no display or no OpenGL 3.
    static core::Result<std::unique_ptr<AppWindow>, std::string> open(const WindowOptions& options);
    ~AppWindow();
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;

    ui::UiContext& ui() { return ui_; }
    void set_title(const std::string& title);
    // A new text size (percent) and palette, from the next frame on.
    void restyle(int text_size, theme::Contrast contrast);

    // Thread-safe: makes the loop draw a frame soon. Valid while the window lives.
    static void wake();

    // Calls `draw` once a frame, between ImGui::NewFrame and ImGui::Render, until the
    // window is closed, the draw function closes it, or `frames` frames were drawn.
    // Returns 0, or 1 when the screenshot or the dump could not be written (said on stderr).
    int run(const std::function<void(Frame&)>& draw);

private:
    AppWindow(GLFWwindow* window, WindowOptions options);
    bool draw_frame(const std::function<void(Frame&)>& draw, Frame& frame, bool last);
    bool write_outputs(int width, int height);
    void apply_look();

    GLFWwindow* window_;
    WindowOptions options_;
    ui::UiContext ui_;
    float screen_scale_ = 1.0f;  // the monitor's content scale, or --ui-scale
    std::optional<std::pair<int, theme::Contrast>> restyle_;  // asked for, not yet applied
};

}  // namespace lagerhuis::app
