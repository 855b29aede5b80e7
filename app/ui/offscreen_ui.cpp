#include "app/ui/offscreen_ui.hpp"

#include <string>
#include <utility>

#include <GLFW/glfw3.h>

#include "app/ui/theme.hpp"

namespace lagerhuis::app {

OffscreenUi::OffscreenUi(ImVec2 display, float scale, const FontSizes& sizes, theme::Contrast contrast)
    : context_(ImGui::CreateContext()) {
    // CreateContext makes the new context current only when there is none.
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    // As the OpenGL 3 backend of the real window: draw lists may pass 65,536 vertices.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    ui_.scale = scale;
    ui_.contrast = contrast;
    ui_.fonts = load_fonts(*io.Fonts, scale, sizes);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    theme::apply(ImGui::GetStyle(), scale, contrast);
    ui::attach(ui_);
    // The keys as the GLFW backend maps them, so Enter, Tab and the arrows work in fields.
    const std::pair<ImGuiKey, int> keys[] = {
        {ImGuiKey_Tab, GLFW_KEY_TAB},           {ImGuiKey_LeftArrow, GLFW_KEY_LEFT},   {ImGuiKey_RightArrow, GLFW_KEY_RIGHT},
        {ImGuiKey_UpArrow, GLFW_KEY_UP},        {ImGuiKey_DownArrow, GLFW_KEY_DOWN},   {ImGuiKey_PageUp, GLFW_KEY_PAGE_UP},
        {ImGuiKey_PageDown, GLFW_KEY_PAGE_DOWN}, {ImGuiKey_Home, GLFW_KEY_HOME},       {ImGuiKey_End, GLFW_KEY_END},
        {ImGuiKey_Insert, GLFW_KEY_INSERT},     {ImGuiKey_Delete, GLFW_KEY_DELETE},    {ImGuiKey_Backspace, GLFW_KEY_BACKSPACE},
        {ImGuiKey_Space, GLFW_KEY_SPACE},       {ImGuiKey_Enter, GLFW_KEY_ENTER},      {ImGuiKey_Escape, GLFW_KEY_ESCAPE},
        {ImGuiKey_KeyPadEnter, GLFW_KEY_KP_ENTER}, {ImGuiKey_A, GLFW_KEY_A},           {ImGuiKey_C, GLFW_KEY_C},
        {ImGuiKey_V, GLFW_KEY_V},               {ImGuiKey_X, GLFW_KEY_X},              {ImGuiKey_Y, GLFW_KEY_Y},
        {ImGuiKey_Z, GLFW_KEY_Z},
    };
    for (const auto& [imgui_key, glfw_key] : keys) io.KeyMap[imgui_key] = glfw_key;
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

void OffscreenUi::press(int key, bool ctrl, const std::function<void()>& draw) { press(key, ctrl, false, draw); }

void OffscreenUi::press(int key, bool ctrl, bool alt, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyAlt = alt;
    io.KeysDown[key] = true;
    frame(draw);
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    io.KeyAlt = false;
    frame(draw);
}

void OffscreenUi::type(std::string_view text, const std::function<void()>& draw) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    frame(draw);
}

}  // namespace lagerhuis::app
