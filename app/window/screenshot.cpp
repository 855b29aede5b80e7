#include "app/window/screenshot.hpp"

#include <fstream>

#include <cstring>
#include <vector>

#include <GLFW/glfw3.h>
#include <stb_image_write.h>

#include "platform/utf8_path.hpp"

namespace lagerhuis::app {

std::optional<std::string> write_screenshot(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return "the window has no size";
    const std::size_t stride = static_cast<std::size_t>(width) * 3;  // RGB: the window's alpha means nothing in a picture
    std::vector<unsigned char> pixels(stride * static_cast<std::size_t>(height));
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows start at the bottom, a PNG's at the top.
    std::vector<unsigned char> row(stride);
    for (int top = 0, bottom = height - 1; top < bottom; ++top, --bottom) {
        unsigned char* a = pixels.data() + static_cast<std::size_t>(top) * stride;
        unsigned char* b = pixels.data() + static_cast<std::size_t>(bottom) * stride;
        std::memcpy(row.data(), a, stride);
        std::memcpy(a, b, stride);
        std::memcpy(b, row.data(), stride);
    }
    // UTF-8, which stb opens as such on Windows too (STBIW_WINDOWS_UTF8).
    const std::string name = platform::utf8_of(file);
    if (!stbi_write_png(name.c_str(), width, height, 3, pixels.data(), static_cast<int>(stride))) return "cannot write " + name;
    return std::nullopt;
}

std::optional<std::string> write_frame_outputs(const std::filesystem::path& screenshot,
                                               const std::filesystem::path& dump_ui, const ui::UiRecord& record,
                                               int width, int height) {
    std::string problems;
    if (!screenshot.empty())
        if (auto problem = write_screenshot(screenshot, width, height)) problems += "screenshot: " + *problem + "\n";
    if (!dump_ui.empty()) {
        std::ofstream out(dump_ui, std::ios::binary | std::ios::trunc);
        out << record.dump();
        if (!out) problems += "cannot write " + platform::utf8_of(dump_ui) + "\n";
    }
    if (problems.empty()) return std::nullopt;
    problems.pop_back();
    return problems;
}

}  // namespace lagerhuis::app
