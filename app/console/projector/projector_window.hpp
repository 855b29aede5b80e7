#pragma once
// The projector view's own window, beside the console's: the room sees the statement,
// the speaker, the clock, the bench counts and (while people join) the QR code, in fonts
// large enough for the back of the room. It has its own ImGui context and fonts and is
// drawn from the console's loop, after the console's frame. F11 (or a double click)
// puts it fullscreen on the monitor it is on; `monitor` picks one at the start.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>


#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "core/result.hpp"

struct GLFWwindow;
struct ImGuiContext;

namespace lagerhuis::app {

struct ProjectorOptions {
    int width = 1280;
    int height = 720;
    std::optional<int> monitor;  // 0-based: fullscreen there at once (when it exists)
    int text_size = 100;         // percent (DisplaySettings::projector_text)
    theme::Contrast contrast = theme::Contrast::standard;
};

struct ProjectorCapture {
    std::filesystem::path screenshot;  // PNG of the frame, when set
    std::filesystem::path dump_ui;     // what it showed (ui_record.hpp), when set
};

class ProjectorWindow {
public:
    // Needs the console's window to exist (GLFW initialised). Fails with a reason (English).
    static core::Result<std::unique_ptr<ProjectorWindow>, std::string> open(const ProjectorOptions& options);
    ~ProjectorWindow();
    ProjectorWindow(const ProjectorWindow&) = delete;
    ProjectorWindow& operator=(const ProjectorWindow&) = delete;

    // Draws one frame of `content` (between NewFrame and Render of the projector's own
    // ImGui context) and shows it, then restores the caller's ImGui and OpenGL contexts.
    // With a capture, the frame is also written (tests); returns what went wrong then.
    std::optional<std::string> draw(const std::function<void()>& content, const ProjectorCapture& capture = {});
    // The room's window was closed with its close button.
    bool closed() const;
    // A new text size (percent) and palette, from its next frame on.
    void restyle(int text_size, theme::Contrast contrast);

private:
    ProjectorWindow(GLFWwindow* window, const ProjectorOptions& options);
    void toggle_fullscreen();
    float fitted_scale() const;
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);

    GLFWwindow* window_;
    ImGuiContext* context_ = nullptr;
    ui::UiContext ui_;
    float screen_scale_ = 1.0f;
    theme::Contrast contrast_ = theme::Contrast::standard;
    int text_size_ = 100;  // percent, as asked for; the window may hold less (projector_fitted_scale)
    int windowed_[4] = {80, 80, 1280, 720};  // x, y, width, height before fullscreen
};

}  // namespace lagerhuis::app
