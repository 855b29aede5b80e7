#include "report/palette.hpp"

namespace lagerhuis::report::palette {

std::string css_hex(Rgb colour) {
    constexpr char digits[] = "0123456789abcdef";
    std::string hex = "#";
    for (int shift = 20; shift >= 0; shift -= 4) hex += digits[(colour >> shift) & 0xF];
    return hex;
}

}  // namespace lagerhuis::report::palette
