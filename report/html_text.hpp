#pragma once
// Text into HTML and SVG: everything that came from people (names, arguments, titles)
// passes through escape(), so a participant called <script> stays a name.
#include <string>
#include <string_view>

namespace lagerhuis::report {

// & < > " ' escaped: safe in element content and in quoted attributes.
std::string escape(std::string_view text);

// <tag class="css">escaped text</tag>
std::string element(std::string_view tag, std::string_view css_class, std::string_view text);

// An attribute value for a number in SVG coordinates: "12.5" (always a point).
std::string svg_number(double value);

// How wide a text will be on screen in characters, not bytes: "Yılmaz" is 6.
std::size_t display_width(std::string_view text);

// "vervolgvraag op het antwoord…": at most `width` characters, cut at a character
// boundary, for labels that must fit a chart.
std::string shortened(std::string_view text, std::size_t width);

}  // namespace lagerhuis::report
