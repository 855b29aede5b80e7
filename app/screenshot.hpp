#pragma once
// The back buffer of the current OpenGL context as a PNG (read before the buffers are
// swapped), for tests and for people who want to show what the screen looked like.
#include <filesystem>
#include <optional>
#include <string>

namespace lagerhuis::app {

// Returns the problem, or nullopt when written.
std::optional<std::string> write_screenshot(const std::filesystem::path& file, int width, int height);

}  // namespace lagerhuis::app
