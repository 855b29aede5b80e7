#include "tests/app/headless_ui.hpp"

#include "app/theme.hpp"

namespace lagerhuis::tests {

HeadlessUi::HeadlessUi(ImVec2 display) : context_(ImGui::CreateContext()) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    ui_.fonts = app::load_fonts(*io.Fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    app::theme::apply(ImGui::GetStyle(), 1.0f);
    app::ui::attach(ui_);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(context_); }

void HeadlessUi::frame(const std::function<void()>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGui::NewFrame();
    ui_.record.begin_frame();
    ui_.settle = false;
    draw();
    ImGui::Render();
    ui_.record.collect_windows();
}

void HeadlessUi::settle(const std::function<void()>& draw) {
    frame(draw);
    for (int extra = 0; extra < 5 && ui_.settle; ++extra) frame(draw);
}

void HeadlessUi::click(ImVec2 where, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = where;
    io.MouseDown[0] = false;
    frame(draw);
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
}

}  // namespace lagerhuis::tests
