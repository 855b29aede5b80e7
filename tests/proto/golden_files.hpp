#pragma once
// Reading the golden message files (tests/data/golden/), shared with the browser page's
// tests: each line is canonical, so decoding and re-encoding gives it back unchanged.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace lagerhuis::test {

// The lines of tests/data/golden/<name>; fails the test when the file is missing or empty.
std::vector<std::string> golden_lines(const std::string& name);

template <class Variant>
std::set<std::string> type_names_of_alternatives() {
    std::set<std::string> names;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (names.emplace(std::variant_alternative_t<I, Variant>::type_name), ...);
    }(std::make_index_sequence<std::variant_size_v<Variant>>{});
    return names;
}

template <class Variant>
std::string type_name_of_alternative(const Variant& variant) {
    return std::visit([](const auto& body) { return std::string(body.type_name); }, variant);
}

// Decodes and re-encodes every line of `file`; returns the type names it met (as told
// by `name_of` of a decoded message).
template <class Decode, class Encode, class NameOf>
std::set<std::string> check_canonical(const std::string& file, Decode decode, Encode encode, NameOf name_of) {
    std::set<std::string> seen;
    const auto lines = golden_lines(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(file << " line " << i + 1 << ": " << lines[i].substr(0, 200));
        const auto decoded = decode(lines[i]);
        if (!decoded.ok()) FAIL(decoded.error().message());
        CHECK(encode(*decoded) == lines[i]);
        seen.insert(name_of(*decoded));
    }
    return seen;
}

}  // namespace lagerhuis::test
