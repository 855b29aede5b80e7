#pragma once
// One ImGui frame in a GLFW window with OpenGL 3, as every window of ours draws it:
// NewFrame, `content`, Render, the record collected, the window cleared to `clear` and
// the draw data rendered. Not swapped yet, so the caller may read the frame back first
// (a screenshot). The ImGui and OpenGL contexts must be the window's.
#include <functional>

#include <imgui.h>

#include "app/ui/ui_context.hpp"

struct GLFWwindow;

namespace lagerhuis::app {

struct FramebufferSize {
    int width = 0;
    int height = 0;
};

FramebufferSize render_frame(GLFWwindow* window, ui::UiContext& ui, ImU32 clear, const std::function<void()>& content);

}  // namespace lagerhuis::app
