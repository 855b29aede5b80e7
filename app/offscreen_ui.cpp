#include "app/offscreen_ui.hpp"

#include "app/theme.hpp"

namespace lagerhuis::app {

OffscreenUi::OffscreenUi(ImVec2 display) : context_(ImGui::CreateContext()) {
    // CreateContext makes the new context current only when there is none.
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    ui_.fonts = load_fonts(*io.Fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    theme::apply(ImGui::GetStyle(), 1.0f);
    ui::attach(ui_);
}

OffscreenUi::~OffscreenUi() { ImGui::DestroyContext(context_); }

void OffscreenUi::frame(const std::function<void()>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGui::NewFrame();
    ui_.record.begin_frame();
    ui_.settle = false;
    draw();
    ImGui::Render();
    ui_.record.collect_windows();
}

void OffscreenUi::settle(const std::function<void()>& draw) {
    frame(draw);
    for (int extra = 0; extra < 5 && ui_.settle; ++extra) frame(draw);
}

void OffscreenUi::click(ImVec2 where, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = where;
    io.MouseDown[0] = false;
    frame(draw);
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
}

void OffscreenUi::hover(ImVec2 where, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = where;
    io.MouseDown[0] = false;
    // The first frame finds the window under the mouse, the second draws its tooltip in full.
    frame(draw);
    frame(draw);
}

void OffscreenUi::press(int key, bool ctrl, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[key] = true;
    frame(draw);
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    frame(draw);
}

}  // namespace lagerhuis::app
