#pragma once
// The report's stylesheet, inlined in its <style>: the charts, the tags and the legends
// in the product's palette (palette.hpp; the sides are told apart without colour vision
// too, by position and label), and a print layout for A4.
#include <string>

namespace lagerhuis::report {

std::string report_stylesheet();

}  // namespace lagerhuis::report
