#include "app/window/window_style.hpp"

#include <algorithm>

#include <backends/imgui_impl_opengl3.h>

namespace lagerhuis::app {

namespace {
// A 200 % text size on a 200 % screen is the most any layout here is made for.
constexpr float largest_scale = 6.0f;
}  // namespace

float window_scale(float screen, int text_percent) {
    return std::clamp(std::max(screen, 1.0f) * static_cast<float>(text_percent) / 100.0f, 1.0f, largest_scale);
}

std::vector<std::string> style_window(ui::UiContext& ui, const WindowLook& look) {
    ImGuiIO& io = ImGui::GetIO();
    const bool backend_running = io.BackendRendererUserData != nullptr;
    if (backend_running) ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts->Clear();
    ui.scale = look.scale;
    ui.contrast = look.contrast;
    ui.fonts = load_fonts(*io.Fonts, look.scale, look.fonts);
    theme::apply(ImGui::GetStyle(), look.scale, look.contrast);
    if (backend_running) ImGui_ImplOpenGL3_CreateFontsTexture();
    return ui.fonts.problems;
}

}  // namespace lagerhuis::app
