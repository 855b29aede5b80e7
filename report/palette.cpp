#include "report/palette.hpp"

#include <algorithm>
#include <cmath>

namespace lagerhuis::report::palette {

std::string css_hex(Rgb colour) {
    constexpr char digits[] = "0123456789abcdef";
    std::string hex = "#";
    for (int shift = 20; shift >= 0; shift -= 4) hex += digits[(colour >> shift) & 0xF];
    return hex;
}

namespace {
double linear_channel(unsigned channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

std::array<double, 3> linear_rgb(Rgb colour) {
    return {linear_channel((colour >> 16) & 0xFF), linear_channel((colour >> 8) & 0xFF), linear_channel(colour & 0xFF)};
}

double relative_luminance(Rgb colour) {
    const auto [r, g, b] = linear_rgb(colour);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace lagerhuis::report::palette
