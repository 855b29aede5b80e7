#include "app/window/app_window.hpp"

#include <algorithm>
#include <cstdio>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "app/window/gl_frame.hpp"
#include "app/window/screenshot.hpp"
#include "app/window/window_style.hpp"
#include "app/ui/theme.hpp"

namespace lagerhuis::app {

namespace {

void report_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "lagerhuis: GLFW error %d: %s\n", code, description);
}

// --frames: about 30 frames a second, so a test of N frames lasts N/30 s whatever the machine.
constexpr std::chrono::milliseconds test_frame_period{33};
// A blinking text cursor needs a frame now and then while a field has the focus.
constexpr std::chrono::milliseconds text_cursor_blink{500};

const char* glsl_version_for(GLFWwindow* window) {
    return glfwGetWindowAttrib(window, GLFW_CONTEXT_VERSION_MAJOR) >= 3 &&
                   glfwGetWindowAttrib(window, GLFW_CONTEXT_VERSION_MINOR) >= 2
               ? "#version 150"
               : "#version 130";
}

}  // namespace

void Frame::redraw_within(std::chrono::milliseconds interval) {
    redraw_ = redraw_ ? std::min(*redraw_, interval) : interval;
}

core::Result<std::unique_ptr<AppWindow>, std::string> AppWindow::open(const WindowOptions& options) {
    glfwSetErrorCallback(report_glfw_error);
    if (!glfwInit()) return core::Failure{std::string("cannot open a window: no display (run it on a desktop, or under xvfb-run)")};
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!window) {
        // An older driver: whatever context it offers; ImGui's OpenGL3 backend copes from 3.0.
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
        window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    }
    if (!window) {
        glfwTerminate();
        return core::Failure{std::string("cannot open a window with OpenGL 3 (see the GLFW error above)")};
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    return std::unique_ptr<AppWindow>(new AppWindow(window, options));
}

AppWindow::AppWindow(GLFWwindow* window, WindowOptions options) : window_(window), options_(std::move(options)) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the screens lay themselves out; nothing to remember in ./imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    float scale_x = 1.0f;
    float scale_y = 1.0f;
    glfwGetWindowContentScale(window_, &scale_x, &scale_y);
    screen_scale_ = std::clamp(options_.ui_scale > 0 ? options_.ui_scale : scale_x, 1.0f, 4.0f);
    const auto problems = style_window(ui_, {window_scale(screen_scale_, options_.text_size.value_or(100)),
                                               options_.contrast.value_or(theme::Contrast::standard), FontSizes{}});
    for (const auto& problem : problems) std::fprintf(stderr, "lagerhuis: %s\n", problem.c_str());
    ui::attach(ui_);
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init(glsl_version_for(window_));
}

AppWindow::~AppWindow() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void AppWindow::set_title(const std::string& title) { glfwSetWindowTitle(window_, title.c_str()); }

void AppWindow::wake() { glfwPostEmptyEvent(); }

void AppWindow::restyle(int text_size, theme::Contrast contrast) {
    restyle_ = std::pair{text_size, contrast};
    wake();
}

void AppWindow::apply_look() {
    if (!restyle_) return;
    style_window(ui_, {window_scale(screen_scale_, restyle_->first), restyle_->second, FontSizes{}});
    restyle_.reset();
}

int AppWindow::run(const std::function<void(Frame&)>& draw) {
    const bool counted = options_.frames > 0;
    const bool wants_outputs = !options_.screenshot.empty() || !options_.dump_ui.empty();
    int drawn = 0;
    int eager = 2;  // frames to draw without waiting: ImGui settles hover and layout in two
    std::optional<std::chrono::milliseconds> redraw;
    auto frame_start = std::chrono::steady_clock::now();
    while (!glfwWindowShouldClose(window_)) {
        if (counted) {
            // Sleep out the frame's period, but handle whatever arrives meanwhile.
            const auto deadline = frame_start + test_frame_period;
            glfwPollEvents();
            for (auto now = std::chrono::steady_clock::now(); now < deadline; now = std::chrono::steady_clock::now())
                glfwWaitEventsTimeout(std::chrono::duration<double>(deadline - now).count());
            frame_start = std::chrono::steady_clock::now();
        } else if (eager > 0 || ui_.settle) {
            glfwPollEvents();
            eager = std::max(0, eager - 1);
        } else {
            const auto asleep = std::chrono::steady_clock::now();
            if (redraw)
                glfwWaitEventsTimeout(std::chrono::duration<double>(*redraw).count());
            else
                glfwWaitEvents();
            // Woken by an event: one more frame after this one lets ImGui settle hover and
            // layout. Woken by the clock only (a countdown): this frame is enough.
            const bool timed_out = redraw && std::chrono::steady_clock::now() - asleep >= *redraw;
            eager = timed_out ? 0 : 1;
        }
        Frame frame;
        frame.number_ = drawn;
        const bool last = counted && drawn + 1 >= options_.frames;
        const int status = draw_frame(draw, frame, last) ? 0 : 1;
        ++drawn;
        const ImGuiIO& io = ImGui::GetIO();
        if (io.WantTextInput) frame.redraw_within(text_cursor_blink);
        // A press and its release can arrive in one batch of events: the release shows in
        // the next frame only, and a click (on release) must not wait for the next event.
        for (int button = 0; button < IM_ARRAYSIZE(io.MouseDown); ++button)
            if (io.MouseDown[button] || io.MouseReleased[button]) eager = std::max(eager, 1);
        redraw = frame.redraw_;
        if (last) return status;
        if (frame.close_) break;
    }
    if (!wants_outputs) return 0;
    // Closed by hand: draw the screen once more to have a last frame to write.
    Frame frame;
    frame.number_ = drawn;
    return draw_frame(draw, frame, true) ? 0 : 1;
}

bool AppWindow::draw_frame(const std::function<void(Frame&)>& draw, Frame& frame, bool last) {
    apply_look();
    const FramebufferSize size = render_frame(window_, ui_, theme::palette().background, [&] { draw(frame); });
    bool written = true;
    if (last) written = write_outputs(size.width, size.height);
    glfwSwapBuffers(window_);
    return written;
}

bool AppWindow::write_outputs(int width, int height) {
    const auto problem = write_frame_outputs(options_.screenshot, options_.dump_ui, ui_.record, width, height);
    if (problem) std::fprintf(stderr, "lagerhuis: %s\n", problem->c_str());
    return !problem;
}

}  // namespace lagerhuis::app
