// Bad input never throws: each kind of mistake comes back as a DecodeError whose path
// and problem say which field is wrong and how.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/command.hpp"
#include "core/event.hpp"
#include "proto/json_codec.hpp"
#include "proto/json_text.hpp"

namespace {

using namespace lagerhuis;

const std::string tag_argument =
    R"({"v":1,"actor":3,"request_id":"r-12","type":"tag_argument",)"
    R"("body":{"turn":7,"kind":"contra","target":2,"evidence":"fact","text":"Het zwembad kost te veel"}})";

const std::string turn_paused =
    R"({"v":1,"seq":12,"at_ms":3400,"actor":1,"request_id":"r-12","type":"turn_paused","undoes":7,)"
    R"("body":{"turn":5,"reason":"facilitator"}})";

std::string create_session_line() {
    core::SessionConfig config;
    config.title = "Het zwembad";
    config.catalog.rules = {{1, {"Vrijheidsregel", "Freedom"}, {"Laat elkaar vrij.", "Let each other be."}},
                            {7, {"Argumentatieschemaregel", "Argument scheme"}, {"Passend schema.", "Fitting scheme."}}};
    config.catalog.fallacies = {
        {"ad_hominem", 1, {"Op de man spelen", "Ad hominem"}, {"Persoon, niet punt.", "Person, not point."}},
        {"slippery_slope", 7, {"Hellend vlak", "Slippery slope"}, {"Rampketen.", "Chain of doom."}}};
    core::Command command;
    command.request_id = "r-1";
    command.body = core::CreateSession{config, "Marloes"};
    return proto::encode_command(command);
}

// The valid line with one piece replaced; fails the test if the piece is not there, so
// no row can silently test a valid line.
std::string with(std::string line, std::string_view from, std::string_view to) {
    const auto at = line.find(from);
    REQUIRE(at != std::string::npos);
    return line.replace(at, from.size(), to);
}

std::string nested_objects(std::size_t depth) {
    std::string text;
    for (std::size_t i = 0; i < depth; ++i) text += R"({"a":)";
    return text + "1" + std::string(depth, '}');
}

struct BadInput {
    std::string name;
    std::string text;
    std::string path;
    std::string problem;  // a part of the problem text
};

template <class Decode>
void check_refused(const BadInput& row, Decode decode) {
    INFO(row.name);
    INFO(row.text.substr(0, 300));
    bool ok = true;
    std::string path;
    std::string problem;
    std::string message;
    REQUIRE_NOTHROW([&] {
        const auto result = decode(row.text);
        ok = result.ok();
        if (!ok) {
            path = result.error().path;
            problem = result.error().problem;
            message = result.error().message();
        }
    }());
    REQUIRE_FALSE(ok);
    CHECK(path == row.path);
    CHECK_THAT(problem, Catch::Contains(row.problem));
    CHECK(message == (path.empty() ? problem : path + ": " + problem));
    CHECK(message.size() < 400);  // never echoes a huge input back
}

TEST_CASE("the valid lines the bad inputs are made from do decode", "[codec]") {
    CHECK(proto::decode_command(tag_argument).ok());
    CHECK(proto::decode_command(create_session_line()).ok());
    CHECK(proto::decode_event_line(turn_paused).ok());
}

TEST_CASE("a bad command is refused with the field and the reason", "[codec]") {
    const std::string session = create_session_line();
    const std::vector<BadInput> rows = {
        {"malformed JSON", R"({"v":1,"actor":3,)", "", "invalid JSON"},
        {"trailing garbage", tag_argument + " x", "", "invalid JSON"},
        {"empty string", "", "", "empty message"},
        {"not an object", "[1,2,3]", "", "expected an object, got an array"},
        {"a bare string", R"("tag_argument")", "", "expected an object, got a string"},
        {"missing type", with(tag_argument, R"("type":"tag_argument",)", ""), "type", "missing field"},
        {"unknown type", with(tag_argument, "tag_argument", "shout"), "type", "unknown type 'shout'"},
        {"type not a string", with(tag_argument, R"("tag_argument")", "5"), "type",
         "expected a string, got an integer"},
        {"missing body", with(tag_argument, R"(,"body":{"turn":7,"kind":"contra","target":2,"evidence":"fact","text":"Het zwembad kost te veel"})", ""),
         "body", "missing field"},
        {"body not an object", with(tag_argument, R"({"turn":7,"kind":"contra","target":2,"evidence":"fact","text":"Het zwembad kost te veel"})", "[]"),
         "body", "expected an object, got an array"},
        {"missing body field", with(tag_argument, R"("turn":7,)", ""), "body.turn", "missing field"},
        {"string for int", with(tag_argument, R"("turn":7)", R"("turn":"7")"), "body.turn",
         "expected an integer, got a string"},
        {"bool for int", with(tag_argument, R"("turn":7)", R"("turn":true)"), "body.turn",
         "expected an integer, got a boolean"},
        {"null for string", with(tag_argument, R"("Het zwembad kost te veel")", "null"), "body.text",
         "expected a string, got null"},
        {"int for enum", with(tag_argument, R"("contra")", "1"), "body.kind",
         "expected a string (one of: pro, contra, support, rebuttal, question), got an integer"},
        {"unknown enum value", with(tag_argument, R"("fact")", R"("gut_feeling")"), "body.evidence",
         "unknown value 'gut_feeling' (expected one of: none, example, fact, expert, experience, value)"},
        {"enum names are case-sensitive", with(tag_argument, R"("contra")", R"("Contra")"), "body.kind",
         "unknown value 'Contra'"},
        {"float for id", with(tag_argument, R"("target":2)", R"("target":2.5)"), "body.target",
         "expected an integer, got a number"},
        {"whole float for id", with(tag_argument, R"("target":2)", R"("target":2.0)"), "body.target",
         "expected an integer"},
        {"negative id", with(tag_argument, R"("target":2)", R"("target":-1)"), "body.target",
         "must be an integer from 0 to 4294967295, got -1"},
        {"id above 2^32-1", with(tag_argument, R"("target":2)", R"("target":4294967296)"), "body.target",
         "must be an integer from 0 to 4294967295, got 4294967296"},
        {"id beyond 64 bits", with(tag_argument, R"("target":2)", R"("target":184467440737095516150)"),
         "body.target", "expected an integer"},
        {"negative actor", with(tag_argument, R"("actor":3)", R"("actor":-3)"), "actor", "got -3"},
        {"unknown body field", with(tag_argument, R"("turn":7,)", R"("turn":7,"colour":"rood",)"), "body",
         "unknown field 'colour'"},
        {"unknown envelope field", with(tag_argument, R"("actor":3,)", R"("actor":3,"priority":1,)"), "",
         "unknown field 'priority'"},
        {"wrong version", with(tag_argument, R"("v":1)", R"("v":2)"), "v",
         "unsupported version 2 (this build reads version 1)"},
        {"version as a string", with(tag_argument, R"("v":1)", R"("v":"1")"), "v", "expected an integer"},
        {"missing version", with(tag_argument, R"("v":1,)", ""), "v", "missing field"},
        {"NaN literal", with(tag_argument, R"("target":2)", R"("target":NaN)"), "", "invalid JSON"},
        {"Infinity literal", with(tag_argument, R"("target":2)", R"("target":Infinity)"), "", "invalid JSON"},
        {"NaN as a string", with(session, R"("neutral":0.5)", R"("neutral":"NaN")"), "body.config.weights.neutral",
         "expected a number, got a string"},
        {"number too large for a double", with(session, R"("neutral":0.5)", R"("neutral":1e400)"),
         "body.config.weights.neutral", "must be a finite number"},
        {"negative unsigned deep inside the config", with(session, R"("wait_turns":2)", R"("wait_turns":-1)"),
         "body.config.rules.turns.wait_turns", "must be an integer from 0 to 4294967295"},
        {"int overflow in an array element", with(session, R"("number":7)", R"("number":3000000000)"),
         "body.config.catalog.rules[1].number", "must be an integer from -2147483648 to 2147483647"},
        {"wrong type in an array element", with(session, R"("rule":7)", R"("rule":"zeven")"),
         "body.config.catalog.fallacies[1].rule", "expected an integer, got a string"},
        {"missing translation", with(session, R"(,"en":"Ad hominem")", ""),
         "body.config.catalog.fallacies[0].name.en", "missing field"},
        {"array where a string belongs", with(session, R"("language":"nl")", R"("language":["nl"])"),
         "body.config.language", "expected a string (one of: nl, en), got an array"},
        {"deeply nested arrays", with(tag_argument, R"("Het zwembad kost te veel")",
                                      std::string(100, '[') + std::string(100, ']')),
         "", "JSON nested deeper than 64 levels"},
        {"invalid UTF-8", with(tag_argument, "zwembad", "zwemb\xe9"), "", "invalid JSON"},
        {"1 MB of garbage", std::string(1 << 20, '\x7f'), "", "invalid JSON"},
        {"1 MB type name", with(tag_argument, "tag_argument", std::string(1 << 20, 'x')), "type", "unknown type 'xxx"},
        {"an event is not a command", turn_paused, "type", "unknown type 'turn_paused'"},
    };
    for (const auto& row : rows) check_refused(row, [](std::string_view text) { return proto::decode_command(text); });
}

TEST_CASE("a bad event is refused with the field and the reason", "[codec]") {
    const std::vector<BadInput> rows = {
        {"negative seq", with(turn_paused, R"("seq":12)", R"("seq":-12)"), "seq",
         "must be an integer from 0 to 18446744073709551615, got -12"},
        {"fractional seq", with(turn_paused, R"("seq":12)", R"("seq":1.5)"), "seq", "expected an integer"},
        {"time as a string", with(turn_paused, R"("at_ms":3400)", R"("at_ms":"3400")"), "at_ms",
         "expected an integer, got a string"},
        {"undoes as a string", with(turn_paused, R"("undoes":7)", R"("undoes":"7")"), "undoes",
         "expected an integer, got a string"},
        {"a command type", with(turn_paused, "turn_paused", "pause_turn"), "type", "unknown type 'pause_turn'"},
        {"a command is not an event", tag_argument, "seq", "missing field"},
        {"unknown pause reason", with(turn_paused, "facilitator", "coffee"), "body.reason",
         "unknown value 'coffee' (expected one of: facilitator, recovery)"},
        {"missing body field", with(turn_paused, R"("turn":5,)", ""), "body.turn", "missing field"},
        {"deeply nested objects", nested_objects(200), "", "JSON nested deeper than 64 levels"},
    };
    for (const auto& row : rows) check_refused(row, [](std::string_view text) { return proto::decode_event_line(text); });
}

TEST_CASE("undoes may be left out or null, and then is empty", "[codec]") {
    const auto without = proto::decode_event_line(with(turn_paused, R"("undoes":7,)", ""));
    REQUIRE(without.ok());
    CHECK_FALSE(without->undoes.has_value());
    const auto null = proto::decode_event_line(with(turn_paused, R"("undoes":7)", R"("undoes":null)"));
    REQUIRE(null.ok());
    CHECK_FALSE(null->undoes.has_value());
}

TEST_CASE("a bad refusal names the parameter that is wrong", "[codec]") {
    const auto parse_refusal = [](std::string_view text) {
        auto json = proto::parse_json_text(text);
        REQUIRE(json.ok());
        return proto::refusal_from_json(*json);
    };
    check_refused({"parameter not a string", R"({"code":"must_wait","params":{"waiting":2}})", "params.waiting",
                   "expected a string, got an integer"},
                  parse_refusal);
    check_refused({"unknown reason code", R"({"code":"too_loud","params":{}})", "code",
                   "unknown value 'too_loud' (expected one of: session_not_created, session_already_created, "},
                  parse_refusal);
    check_refused({"params as an array", R"({"code":"must_wait","params":[]})", "params",
                   "expected an object of strings, got an array"},
                  parse_refusal);
}

TEST_CASE("a damaged line of any kind is refused without throwing", "[codec]") {
    // Every truncation and every single-byte corruption of a valid line: each must
    // decode or be refused, never throw or crash.
    for (const std::string& line : {tag_argument, turn_paused}) {
        for (std::size_t cut = 0; cut < line.size(); ++cut) {
            CHECK_NOTHROW(proto::decode_command(line.substr(0, cut)));
            CHECK_NOTHROW(proto::decode_event_line(line.substr(0, cut)));
        }
        for (std::size_t at = 0; at < line.size(); ++at) {
            for (const char replacement : {'"', '}', '0', '-', '\0', '\xc3'}) {
                std::string damaged = line;
                damaged[at] = replacement;
                CHECK_NOTHROW(proto::decode_command(damaged));
                CHECK_NOTHROW(proto::decode_event_line(damaged));
            }
        }
    }
}

}  // namespace
