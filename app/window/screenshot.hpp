#pragma once
// The back buffer of the current OpenGL context as a PNG (read before the buffers are
// swapped), for tests and for people who want to show what the screen looked like.
#include <filesystem>
#include <optional>
#include <string>

#include "app/ui/ui_record.hpp"

namespace lagerhuis::app {

// Returns the problem, or nullopt when written.
std::optional<std::string> write_screenshot(const std::filesystem::path& file, int width, int height);

// A test's outputs of the frame just rendered: the screenshot and the --dump-ui list of
// what it showed (each only when its path is set). Returns the problems, one per line.
std::optional<std::string> write_frame_outputs(const std::filesystem::path& screenshot,
                                               const std::filesystem::path& dump_ui, const ui::UiRecord& record,
                                               int width, int height);

}  // namespace lagerhuis::app
