#include "app/console/projector/projector_window.hpp"

#include <algorithm>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "app/window/gl_frame.hpp"
#include "app/window/screenshot.hpp"
#include "app/window/window_style.hpp"
#include "app/console/projector/projector_screen.hpp"
#include "app/ui/theme.hpp"

namespace lagerhuis::app {

namespace {

// Restores the ImGui and OpenGL contexts current when it was made.
class ContextSwitch {
public:
    ContextSwitch(ImGuiContext* imgui, GLFWwindow* window)
        : imgui_(ImGui::GetCurrentContext()), window_(glfwGetCurrentContext()) {
        ImGui::SetCurrentContext(imgui);
        glfwMakeContextCurrent(window);
    }
    ~ContextSwitch() {
        ImGui::SetCurrentContext(imgui_);
        glfwMakeContextCurrent(window_);
    }
    ContextSwitch(const ContextSwitch&) = delete;
    ContextSwitch& operator=(const ContextSwitch&) = delete;

private:
    ImGuiContext* imgui_;
    GLFWwindow* window_;
};

}  // namespace

core::Result<std::unique_ptr<ProjectorWindow>, std::string> ProjectorWindow::open(const ProjectorOptions& options) {
    GLFWwindow* previous = glfwGetCurrentContext();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Lagerhuis \u2013 projector", nullptr, nullptr);
    glfwDefaultWindowHints();
    if (!window) return core::Failure{std::string("cannot open the projector window (see the GLFW error above)")};
    std::unique_ptr<ProjectorWindow> projector(new ProjectorWindow(window, options));
    glfwMakeContextCurrent(previous);
    if (options.monitor) {
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        if (*options.monitor >= 0 && *options.monitor < count) {
            const GLFWvidmode* mode = glfwGetVideoMode(monitors[*options.monitor]);
            glfwSetWindowMonitor(window, monitors[*options.monitor], 0, 0, mode->width, mode->height, mode->refreshRate);
        }
    }
    return projector;
}

ProjectorWindow::ProjectorWindow(GLFWwindow* window, const ProjectorOptions& options) : window_(window) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(0);  // the console's window already waits for the display
    glfwSetWindowUserPointer(window_, this);
    glfwSetKeyCallback(window_, on_key);
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    float scale = 1.0f;
    glfwGetWindowContentScale(window_, &scale, &scale);
    screen_scale_ = std::clamp(scale, 1.0f, 4.0f);
    text_size_ = options.text_size;
    contrast_ = options.contrast;
    style_window(ui_, {fitted_scale(), options.contrast, projector_font_sizes});
    ui::attach(ui_);
    // No input callbacks: the room's window is looked at, not used (F11 is ours).
    ImGui_ImplGlfw_InitForOpenGL(window_, false);
    ImGui_ImplOpenGL3_Init("#version 150");
    ImGui::SetCurrentContext(previous);
}

ProjectorWindow::~ProjectorWindow() {
    {
        ContextSwitch into(context_, window_);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    ImGui::DestroyContext(context_);
    glfwDestroyWindow(window_);
}

bool ProjectorWindow::closed() const { return glfwWindowShouldClose(window_); }

void ProjectorWindow::restyle(int text_size, theme::Contrast contrast) {
    text_size_ = text_size;
    contrast_ = contrast;
}

float ProjectorWindow::fitted_scale() const {
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    return projector_fitted_scale(window_scale(screen_scale_, text_size_), static_cast<float>(width),
                                  static_cast<float>(height));
}

void ProjectorWindow::on_key(GLFWwindow* window, int key, int, int action, int) {
    auto* projector = static_cast<ProjectorWindow*>(glfwGetWindowUserPointer(window));
    if (action != GLFW_PRESS || !projector) return;
    if (key == GLFW_KEY_F11) projector->toggle_fullscreen();
    if (key == GLFW_KEY_ESCAPE && glfwGetWindowMonitor(window)) projector->toggle_fullscreen();
}

void ProjectorWindow::toggle_fullscreen() {
    if (glfwGetWindowMonitor(window_)) {
        glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2], windowed_[3], 0);
        return;
    }
    glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
    glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
    // The monitor the window is mostly on: the one its centre is on.
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* target = count > 0 ? monitors[0] : nullptr;
    const int centre_x = windowed_[0] + windowed_[2] / 2;
    const int centre_y = windowed_[1] + windowed_[3] / 2;
    for (int i = 0; i < count; ++i) {
        int x = 0, y = 0;
        glfwGetMonitorPos(monitors[i], &x, &y);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (centre_x >= x && centre_x < x + mode->width && centre_y >= y && centre_y < y + mode->height) target = monitors[i];
    }
    if (!target) return;
    const GLFWvidmode* mode = glfwGetVideoMode(target);
    glfwSetWindowMonitor(window_, target, 0, 0, mode->width, mode->height, mode->refreshRate);
}

std::optional<std::string> ProjectorWindow::draw(const std::function<void()>& content, const ProjectorCapture& capture) {
    ContextSwitch into(context_, window_);
    // A new text size or contrast, or a window made larger or smaller (F11): fonts to match.
    if (const float scale = fitted_scale(); scale != ui_.scale || contrast_ != ui_.contrast)
        style_window(ui_, {scale, contrast_, projector_font_sizes});
    const FramebufferSize size = render_frame(window_, ui_, theme::palette().ink, content);
    auto problem = write_frame_outputs(capture.screenshot, capture.dump_ui, ui_.record, size.width, size.height);
    glfwSwapBuffers(window_);
    return problem;
}

}  // namespace lagerhuis::app
