// The fast path for text we wrote (proto/canonical_json_reader.hpp) must take every line
// we write, and wherever it takes a text it must give what the generic codec gives;
// whatever it is unsure of goes to the generic codec, which also words every error.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/command.hpp"
#include "core/event.hpp"
#include "demo/synthetic_session.hpp"
#include "proto/json_codec.hpp"
#include "proto/wire_codec.hpp"

namespace {

using namespace lagerhuis;

std::vector<std::string> synthetic_lines(std::size_t events) {
    demo::SyntheticSessionSpec spec;
    spec.events = events;
    std::vector<std::string> lines;
    for (const auto& event : demo::synthetic_session(spec)) lines.push_back(proto::encode_event_line(event));
    return lines;
}

// Where the fast path reads a text, the generic codec must read the same message from it.
void check_agrees(std::string_view text) {
    INFO(text);
    const auto fast = proto::read_canonical_event_line(text);
    const auto generic = proto::decode_event_line_generic(text);
    const auto decoded = proto::decode_event_line(text);
    if (fast) {
        REQUIRE(generic.ok());
        CHECK(proto::encode_event_line(*fast) == proto::encode_event_line(*generic));
    }
    // And the decoder as a whole says what the generic codec says.
    REQUIRE(decoded.ok() == generic.ok());
    if (decoded.ok()) CHECK(proto::encode_event_line(*decoded) == proto::encode_event_line(*generic));
    else CHECK(decoded.error().message() == generic.error().message());
}

const std::string turn_paused =
    R"({"v":1,"seq":12,"at_ms":3400,"actor":1,"request_id":"r-12","type":"turn_paused","undoes":7,)"
    R"("body":{"turn":5,"reason":"facilitator"}})";

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("every line of a long synthetic session reads on the fast path, as the generic codec reads it", "[codec]") {
    const auto lines = synthetic_lines(6'000);
    std::size_t with_diacritics = 0;
    for (const auto& line : lines) {
        INFO(line);
        const auto fast = proto::read_canonical_event_line(line);
        REQUIRE(fast);
        CHECK(proto::encode_event_line(*fast) == line);
        const auto generic = proto::decode_event_line_generic(line);
        REQUIRE(generic.ok());
        CHECK(proto::encode_event_line(*generic) == line);
        for (const char c : line) with_diacritics += static_cast<unsigned char>(c) >= 0x80 ? 1 : 0;
    }
    // The session's texts are Dutch: the fast path must not need them to be ASCII.
    CHECK(with_diacritics > 0);
}

TEST_CASE("a command as the clients send it reads on the fast path, diacritics and escapes included", "[codec]") {
    const std::string line =
        R"({"v":1,"actor":3,"request_id":"r-12","type":"tag_argument","body":{"turn":7,"kind":"contra",)"
        R"("target":2,"evidence":"fact","text":"Het zwembad kost één \"klein\" vermogen\n– zegt ze"}})";
    const auto fast = proto::read_canonical_command(line);
    REQUIRE(fast);
    const auto generic = proto::decode_command_generic(line);
    REQUIRE(generic.ok());
    CHECK(proto::encode_command(*fast) == proto::encode_command(*generic));
    const auto& body = std::get<core::TagArgument>(fast->body);
    CHECK(body.text == "Het zwembad kost één \"klein\" vermogen\n– zegt ze");
    // Not canonical (a space after a colon): the generic codec reads it, to the same command.
    const std::string spaced = replaced(line, R"("turn":7)", R"("turn": 7)");
    CHECK_FALSE(proto::read_canonical_command(spaced));
    REQUIRE(proto::decode_command(spaced).ok());
    CHECK(proto::encode_command(*proto::decode_command(spaced)) == proto::encode_command(*generic));
}

TEST_CASE("text the fast path is unsure of goes to the generic codec, which decides as before", "[codec]") {
    REQUIRE(proto::read_canonical_event_line(turn_paused));
    const std::vector<std::string> unsure = {
        " " + turn_paused,                                             // whitespace around
        turn_paused + "\n",
        replaced(turn_paused, R"("seq":12,"at_ms":3400)", R"("at_ms":3400,"seq":12)"),  // fields out of order
        replaced(turn_paused, R"("r-12")", R"("r-\u0031\u0032")"),     // \u escapes
        replaced(turn_paused, R"("r-12")", R"("r-\ud83d\ude00")"),     // a surrogate pair
        replaced(turn_paused, R"("r-12")", R"("r-\ud83d")"),           // a lone surrogate: invalid
        replaced(turn_paused, R"("seq":12)", R"("seq":-0)"),           // -0 for an unsigned field: zero
        replaced(turn_paused, R"("seq":12)", R"("seq":12.0)"),         // a fraction for an integer
        replaced(turn_paused, R"("seq":12)", R"("seq":012)"),          // leading zero: not JSON
        replaced(turn_paused, R"("seq":12)", R"("seq":18446744073709551616)"),  // beyond 64 bits
        replaced(turn_paused, R"("seq":12)", R"("seq":12,"seq":13)"),  // a key twice
        replaced(turn_paused, R"("undoes":7,)", R"("undoes":7,"extra":1,)"),  // unknown field
        replaced(turn_paused, R"("v":1)", R"("v":2)"),                 // a newer version
        replaced(turn_paused, R"("facilitator")", R"("lunch")"),       // unknown enum value
        replaced(turn_paused, R"("turn_paused")", R"("turn_napped")"), // unknown type
        replaced(turn_paused, R"("r-12")", "\"r-\xC0\xAF\""),          // overlong UTF-8
        replaced(turn_paused, R"("r-12")", "\"r-\xED\xA0\x80\""),      // an encoded surrogate
        replaced(turn_paused, R"("r-12")", "\"r-\xF4\x90\x80\x80\""),  // beyond U+10FFFF
        replaced(turn_paused, R"("r-12")", "\"r-\xC3\""),              // cut short
        replaced(turn_paused, R"("r-12")", "\"r-\t\""),                // a raw control character
        turn_paused + "x",                                             // trailing text
        turn_paused.substr(0, turn_paused.size() - 1),                 // cut off
    };
    for (const auto& text : unsure) {
        CHECK_FALSE(proto::read_canonical_event_line(text));
        check_agrees(text);
    }
    // Some of them the generic codec reads, some it refuses, as it always did.
    const std::string canonical = proto::encode_event_line(*proto::decode_event_line(turn_paused));
    CHECK(proto::encode_event_line(*proto::decode_event_line(unsure[0])) == canonical);
    CHECK(proto::encode_event_line(*proto::decode_event_line(unsure[2])) == canonical);
    CHECK(proto::decode_event_line(unsure[3])->request_id == "r-12");
    CHECK(proto::decode_event_line(unsure[6])->seq == 0);
    CHECK_FALSE(proto::decode_event_line(unsure[5]).ok());
    CHECK_FALSE(proto::decode_event_line(unsure[7]).ok());

    // null for an empty optional is JSON's way too: either path reads it as left out.
    const std::string null_undoes = replaced(turn_paused, R"("undoes":7,)", R"("undoes":null,)");
    check_agrees(null_undoes);
    CHECK(proto::decode_event_line(null_undoes)->undoes == std::nullopt);
}

TEST_CASE("on damaged lines the decoder agrees with the generic codec (property)", "[codec][property]") {
    // Every kind of line of a real session, damaged at random: bytes deleted, doubled or
    // replaced by ones that matter to JSON. Wherever the fast path reads the result, the
    // generic codec must read the same; the decoder's verdict and message must be its.
    const auto lines = synthetic_lines(1'500);
    std::mt19937_64 random(7);
    const std::string interesting = "\"\\,:{}[]0123456789-.eE+ \nntfu\x80\xC3\xA9\xE2\xF0";
    std::size_t fast_taken = 0;
    std::size_t damaged = 0;
    for (std::size_t i = 0; i < lines.size(); i += 3) {
        for (int attempt = 0; attempt < 12; ++attempt) {
            std::string text = lines[i];
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits && !text.empty(); ++e) {
                const std::size_t at = random() % text.size();
                switch (random() % 3) {
                    case 0: text.erase(at, 1); break;
                    case 1: text.insert(at, 1, text[at]); break;
                    default: text[at] = interesting[random() % interesting.size()]; break;
                }
            }
            ++damaged;
            fast_taken += proto::read_canonical_event_line(text) ? 1 : 0;
            check_agrees(text);
        }
    }
    // Some damage leaves a valid canonical line (a digit for a digit, a letter in a text):
    // the comparison above then really compares two readings.
    CHECK(fast_taken > damaged / 20);
    CHECK(fast_taken < damaged);
}

TEST_CASE("what clients send reads on the fast path, and damaged it agrees with the generic codec", "[codec][wire]") {
    core::TagArgument tag;
    tag.turn = core::TurnId{7};
    tag.kind = core::ArgumentKind::contra;
    tag.target = core::ArgumentId{2};
    tag.text = "Het zwembad kost één \"klein\" vermogen";
    const std::vector<proto::ClientMessage> messages = {
        proto::Hello{proto::protocol_version, "lagerhuis-web 1"}, proto::JoinRequest{"K7Q2", "Eva Smit"},
        proto::FacilitateRequest{"geheim", "Marloes"}, proto::ResumeRequest{"token-1", 42},
        proto::CommandRequest{"c-3", tag}, proto::CommandRequest{"c-4", core::TakeSeat{core::ParticipantId{3}, core::Side::tegen}},
        proto::Ping{1234.5}, proto::ViewHashRequest{}};
    std::mt19937_64 random(11);
    const std::string interesting = "\"\\,:{}[]0123456789-.e \nntfu\xC3\xA9";
    std::size_t fast_taken = 0;
    for (const auto& message : messages) {
        const std::string text = proto::encode_client_message(message);
        INFO(text);
        const auto fast = proto::read_canonical_client_message(text);
        REQUIRE(fast);
        CHECK(proto::encode_client_message(*fast) == text);
        for (int attempt = 0; attempt < 300; ++attempt) {
            std::string damaged = text;
            const std::size_t at = random() % damaged.size();
            if (random() % 2 == 0) damaged.erase(at, 1);
            else damaged[at] = interesting[random() % interesting.size()];
            INFO(damaged);
            const auto damaged_fast = proto::read_canonical_client_message(damaged);
            const auto generic = proto::decode_client_message_generic(damaged);
            const auto decoded = proto::decode_client_message(damaged);
            if (damaged_fast) {
                ++fast_taken;
                REQUIRE(generic.ok());
                CHECK(proto::encode_client_message(*damaged_fast) == proto::encode_client_message(*generic));
            }
            REQUIRE(decoded.ok() == generic.ok());
            if (!decoded.ok()) CHECK(decoded.error().message() == generic.error().message());
        }
    }
    CHECK(fast_taken > 0);
}
