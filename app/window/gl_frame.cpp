#include "app/window/gl_frame.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

namespace lagerhuis::app {

FramebufferSize render_frame(GLFWwindow* window, ui::UiContext& ui, ImU32 clear, const std::function<void()>& content) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ui.record.begin_frame();
    ui.settle = false;
    content();
    ImGui::Render();
    ui.record.collect_windows();

    FramebufferSize size;
    glfwGetFramebufferSize(window, &size.width, &size.height);
    glViewport(0, 0, size.width, size.height);
    const ImVec4 colour = ImGui::ColorConvertU32ToFloat4(clear);
    glClearColor(colour.x, colour.y, colour.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return size;
}

}  // namespace lagerhuis::app
