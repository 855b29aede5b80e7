#pragma once
// The report's stylesheet, inlined in its <style>: one palette for the charts, the tags
// and the legends (voor blue, tegen orange, twijfel grey: told apart without colour
// vision too, by position and label), and a print layout for A4.
#include <string_view>

namespace lagerhuis::report {

std::string_view report_stylesheet();

}  // namespace lagerhuis::report
