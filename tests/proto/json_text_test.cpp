// The JSON text layer: one canonical spelling on the way out, hard limits on the way in.
#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <limits>
#include <string>

#include <boost/json.hpp>

#include "proto/json_text.hpp"

namespace {

using namespace lagerhuis;
namespace json = boost::json;

TEST_CASE("doubles print in their shortest exact form and read back bit for bit", "[codec]") {
    struct Case {
        double value;
        std::string text;
    };
    const Case cases[] = {
        {0.5, "0.5"},
        {-0.2, "-0.2"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1.0, "1.0"},  // with ".0", so it reads back as a double, not an integer
        {123456789012.0, "123456789012.0"},
        {-0.0, "-0.0"},
        {1e300, "1e+300"},
        {5e-324, "5e-324"},
        {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
    };
    for (const auto& [value, text] : cases) {
        INFO(text);
        CHECK(proto::write_json_text(json::value(value)) == text);
        const auto parsed = proto::parse_json_text(text);
        REQUIRE(parsed.ok());
        REQUIRE(parsed->is_double());
        CHECK(std::bit_cast<std::uint64_t>(parsed->get_double()) == std::bit_cast<std::uint64_t>(value));
    }
}

TEST_CASE("JSON cannot say NaN or infinity, so they are written as null", "[codec]") {
    CHECK(proto::write_json_text(json::value(std::numeric_limits<double>::quiet_NaN())) == "null");
    CHECK(proto::write_json_text(json::value(-std::numeric_limits<double>::infinity())) == "null");
}

TEST_CASE("integers print exactly across the whole 64-bit range", "[codec]") {
    CHECK(proto::write_json_text(json::value(std::numeric_limits<std::int64_t>::min())) == "-9223372036854775808");
    CHECK(proto::write_json_text(json::value(std::numeric_limits<std::uint64_t>::max())) == "18446744073709551615");
}

TEST_CASE("strings keep UTF-8 as is and escape only what JSON requires", "[codec]") {
    const std::string text = "één – \"zwembad\"\\\n\t\x01/";
    const std::string written = proto::write_json_text(json::value(text));
    CHECK(written == "\"één – \\\"zwembad\\\"\\\\\\n\\t\\u0001/\"");
    const auto parsed = proto::parse_json_text(written);
    REQUIRE(parsed.ok());
    CHECK(std::string(parsed->as_string()) == text);
}

TEST_CASE("objects keep their members in insertion order, compactly", "[codec]") {
    json::object object;
    object["zeta"] = 1;
    object["alfa"] = json::array{true, nullptr, "x"};
    object["mid"] = json::object{};
    CHECK(proto::write_json_text(object) == R"({"zeta":1,"alfa":[true,null,"x"],"mid":{}})");
}

TEST_CASE("parsing accepts exactly one JSON value", "[codec]") {
    CHECK(proto::parse_json_text("  {\"a\":1}\n").ok());

    struct Case {
        std::string text;
        std::string problem;
    };
    const Case cases[] = {
        {"", "empty message"},
        {"{\"a\":1,}", "invalid JSON at line 1, column 8 (byte 7)"},
        {"{} {}", "extra data"},
        {"[1,2", "incomplete JSON"},
        {"NaN", "invalid JSON at line 1, column 1 (byte 0)"},
        {"{\"a\":\"\xff\"}", "invalid JSON"},  // not UTF-8
    };
    for (const auto& [text, problem] : cases) {
        INFO(text);
        const auto parsed = proto::parse_json_text(text);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().path.empty());
        CHECK_THAT(parsed.error().problem, Catch::Contains(problem));
    }
}

TEST_CASE("parsing refuses nesting deeper than 64 levels", "[codec]") {
    const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    CHECK(proto::parse_json_text(nested(proto::max_json_depth)).ok());
    const auto too_deep = proto::parse_json_text(nested(proto::max_json_depth + 1));
    REQUIRE_FALSE(too_deep.ok());
    CHECK(too_deep.error().problem == "JSON nested deeper than 64 levels");
    CHECK_FALSE(proto::parse_json_text(nested(100'000)).ok());
}

TEST_CASE("parsing refuses text over the size limit before reading it", "[codec]") {
    std::string text(proto::max_json_text_bytes, ' ');
    text[0] = '1';
    CHECK(proto::parse_json_text(text).ok());
    text.push_back(' ');
    const auto parsed = proto::parse_json_text(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK_THAT(parsed.error().problem, Catch::StartsWith("message too large"));
}

}  // namespace
