#include "report/html_text.hpp"

#include <cmath>
#include <cstdio>

namespace lagerhuis::report {

namespace {
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string element(std::string_view tag, std::string_view css_class, std::string_view text) {
    std::string out = "<" + std::string(tag);
    if (!css_class.empty()) out += " class=\"" + std::string(css_class) + "\"";
    return out + ">" + escape(text) + "</" + std::string(tag) + ">";
}

std::string svg_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10) / 10);
    return buffer;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (char c : text) width += continuation(c) ? 0 : 1;
    return width;
}

std::string shortened(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    if (width == 0) return {};
    std::size_t shown = 0;
    std::size_t end = 0;
    while (end < text.size() && shown < width - 1) {
        ++end;
        while (end < text.size() && continuation(text[end])) ++end;
        ++shown;
    }
    return std::string(text.substr(0, end)) + "…";
}

}  // namespace lagerhuis::report
