// Every command and event, filled with distinctive values, survives encode → decode →
// encode. The alternatives are enumerated from the variants, so a new type is covered
// the day it is added.
#include <catch2/catch.hpp>

#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/command.hpp"
#include "core/event.hpp"
#include "core/refusal.hpp"
#include "core/session_config.hpp"
#include "proto/json_codec.hpp"
#include "proto/json_fields.hpp"
#include "proto/json_text.hpp"

namespace {

using namespace lagerhuis;
using proto::HasJsonFields;
using proto::NamedEnum;

// [SECTION] Visitors over the same `fields` the codec uses, written independently of it

// Gives every leaf a value unlike its default and unlike every other leaf, so a field
// the codec drops, swaps or resets shows up as a difference.
class Filler {
public:
    void operator()(bool& flag) { flag = !flag; }
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    void operator()(T& number) {
        ++next_;
        // 64-bit fields get values beyond 32 bits, so a narrowing codec would show.
        if constexpr (sizeof(T) >= 8)
            number = static_cast<T>((std::int64_t{1} << 40) + next_);
        else
            number = static_cast<T>(next_ * 7);
    }
    void operator()(double& number) { number = -(++next_) / 3.0; }  // no short decimal form
    void operator()(std::string& text) {
        text = "tekst " + std::to_string(++next_) + " – één \"aanhaling\"\n\tmet \\ en \x01";
    }
    template <NamedEnum E>
    void operator()(E& value) {
        const auto count = core::EnumNames<E>::names.size();
        value = static_cast<E>((static_cast<std::size_t>(value) + 1 + next_++ % (count - 1)) % count);
    }
    template <class Tag>
    void operator()(core::Id<Tag>& id) {
        id.value = std::numeric_limits<std::uint32_t>::max() - static_cast<std::uint32_t>(++next_);
    }
    template <class T>
    void operator()(std::optional<T>& value) {
        (*this)(value.emplace());
    }
    void operator()(std::vector<std::pair<std::string, std::string>>& pairs) {
        ++next_;
        pairs = {{"z_first", "één " + std::to_string(next_)}, {"a_second", "twee " + std::to_string(next_)}};
    }
    template <class T>
    void operator()(std::vector<T>& values) {
        values.resize(2);
        for (auto& value : values) (*this)(value);
    }
    template <HasJsonFields T>
    void operator()(T& value) {
        T::fields(value, [this](std::string_view, auto& member) { (*this)(member); });
    }

private:
    int next_ = 0;
};

template <class T>
    requires(std::is_arithmetic_v<T> || std::is_enum_v<T>)
bool same(const T& a, const T& b) {
    return a == b;
}
bool same(const std::string& a, const std::string& b) { return a == b; }
template <class Tag>
bool same(core::Id<Tag> a, core::Id<Tag> b) {
    return a == b;
}
[[maybe_unused]] bool same(const std::pair<std::string, std::string>& a, const std::pair<std::string, std::string>& b) {
    return a == b;
}
template <class T>
bool same(const std::optional<T>& a, const std::optional<T>& b);
template <class T>
bool same(const std::vector<T>& a, const std::vector<T>& b);

// Compares field by field: the i-th member of `a` with the i-th member of `b`.
template <HasJsonFields T>
bool same(const T& a, const T& b) {
    bool equal = true;
    std::size_t i = 0;
    T::fields(a, [&](std::string_view, const auto& member_a) {
        std::size_t j = 0;
        T::fields(b, [&](std::string_view, const auto& member_b) {
            if constexpr (std::is_same_v<decltype(member_a), decltype(member_b)>) {
                if (i == j) equal = equal && same(member_a, member_b);
            }
            ++j;
        });
        ++i;
    });
    return equal;
}

template <class T>
bool same(const std::optional<T>& a, const std::optional<T>& b) {
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}
template <class T>
bool same(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

template <class Variant, class Fn>
void for_each_alternative(Fn&& fn) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (fn(std::variant_alternative_t<I, Variant>{}), ...);
    }(std::make_index_sequence<std::variant_size_v<Variant>>{});
}

template <class Body, class Variant>
bool same_body(const Body& expected, const Variant& actual) {
    const auto* body = std::get_if<Body>(&actual);
    return body && same(*body, expected);
}

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
    return count;
}

// [SECTION] Tests

TEST_CASE("the test filler changes every field of every message", "[codec]") {
    // Guards the round-trip tests below: a filler that left fields at their defaults
    // would let a codec that drops them pass.
    for_each_alternative<core::EventBody>([](auto body) {
        const auto defaults = body;
        Filler{}(body);
        std::size_t unchanged = 0;
        std::remove_const_t<decltype(defaults)>::fields(defaults, [&](std::string_view name, const auto& d) {
            std::remove_cvref_t<decltype(body)>::fields(body, [&](std::string_view other, const auto& f) {
                if constexpr (std::is_same_v<decltype(d), decltype(f)>)
                    if (name == other && same(d, f)) ++unchanged;
            });
        });
        INFO(body.type_name);
        CHECK(unchanged == 0);
    });
}

TEST_CASE("every command round-trips through its JSON line with all fields intact", "[codec]") {
    for_each_alternative<core::CommandBody>([](auto body) {
        Filler fill;
        fill(body);
        core::Command command;
        fill(command.actor);
        command.request_id = "r-42 één";
        command.body = body;

        const std::string line = proto::encode_command(command);
        INFO(line);
        CHECK(line.find('\n') == std::string::npos);
        CHECK(count_of(line, "\"type\":\"" + std::string(body.type_name) + "\"") == 1);

        const auto decoded = proto::decode_command(line);
        REQUIRE(decoded.ok());
        CHECK(decoded->actor == command.actor);
        CHECK(decoded->request_id == command.request_id);
        CHECK(same_body(body, decoded->body));
        CHECK(proto::encode_command(*decoded) == line);
    });
}

TEST_CASE("every event round-trips through its JSON line, with and without undoes", "[codec]") {
    for_each_alternative<core::EventBody>([](auto body) {
        Filler fill;
        fill(body);
        for (const std::optional<core::Seq> undoes : {std::optional<core::Seq>{}, std::optional<core::Seq>{77}}) {
            core::Event event;
            event.seq = 9'000'000'000ULL;
            event.at_ms = 3'400;
            fill(event.actor);
            event.request_id = "r-12";
            event.undoes = undoes;
            event.body = body;

            const std::string line = proto::encode_event_line(event);
            INFO(line);
            CHECK(line.find('\n') == std::string::npos);
            CHECK(count_of(line, "\"undoes\":") == (undoes ? 1u : 0u));

            const auto decoded = proto::decode_event_line(line);
            REQUIRE(decoded.ok());
            CHECK(decoded->seq == event.seq);
            CHECK(decoded->at_ms == event.at_ms);
            CHECK(decoded->actor == event.actor);
            CHECK(decoded->request_id == event.request_id);
            CHECK(decoded->undoes == event.undoes);
            CHECK(same_body(body, decoded->body));
            CHECK(proto::encode_event_line(*decoded) == line);
        }
    });
}

TEST_CASE("an event line lists the envelope fields in the documented order", "[codec]") {
    core::Event event;
    event.seq = 12;
    event.at_ms = 3400;
    event.actor = core::ParticipantId{3};
    event.request_id = "r-12";
    event.undoes = 7;
    event.body = core::TurnEnded{core::TurnId{5}};
    CHECK(proto::encode_event_line(event) ==
          R"({"v":1,"seq":12,"at_ms":3400,"actor":3,"request_id":"r-12","type":"turn_ended","undoes":7,"body":{"turn":5}})");

    event.undoes.reset();
    CHECK(proto::encode_event_line(event) ==
          R"({"v":1,"seq":12,"at_ms":3400,"actor":3,"request_id":"r-12","type":"turn_ended","body":{"turn":5}})");
}

TEST_CASE("a command line lists the envelope fields in the documented order", "[codec]") {
    core::Command command;
    command.actor = core::ParticipantId{3};
    command.request_id = "r-12";
    command.body = core::TakeSeat{core::ParticipantId{8}, core::Side::twijfel};
    CHECK(proto::encode_command(command) ==
          R"({"v":1,"actor":3,"request_id":"r-12","type":"take_seat","body":{"participant":8,"side":"twijfel"}})");
}

core::SessionConfig realistic_config() {
    core::SessionConfig config;
    config.title = "Participatiekamer – Lagerhuisdebat over het zwembad";
    config.language = core::Language::nl;
    config.rules.turns.turn_limit_ms = 90'000;
    config.rules.turns.wait_turns = 3;
    config.rules.turns.alternate_sides = false;
    config.rules.max_flags_per_minute = 6;
    config.rules.anonymous_ballots = false;
    config.catalog.rules = {
        {1, {"Vrijheidsregel", "Freedom"}, {"Verhinder elkaar niet standpunten naar voren te brengen of in twijfel te trekken.", "Don't stop others from advancing or doubting a standpoint."}},
        {2, {"Verdedigingsplichtregel", "Burden of proof"}, {"Wie een standpunt naar voren brengt, moet het verdedigen als daarom gevraagd wordt.", "Who advances a standpoint must defend it when asked."}},
        {3, {"Standpuntregel", "Standpoint"}, {"Een aanval moet het standpunt betreffen dat werkelijk naar voren is gebracht.", "An attack must address the standpoint actually advanced."}},
        {7, {"Argumentatieschemaregel", "Argument scheme"}, {"Gebruik een passend argumentatieschema, correct toegepast.", "Use an appropriate argument scheme, correctly applied."}},
    };
    config.catalog.fallacies = {
        {"ad_hominem", 1, {"Op de man spelen", "Ad hominem (abusive)"}, {"Je valt de persoon aan in plaats van het punt.", "Attacks the person, not the point."}},
        {"tu_quoque", 1, {"Jij-bak (jij ook)", "Tu quoque"}, {"Je wijst naar het gedrag van de ander in plaats van te antwoorden.", "Points at the other's own conduct."}},
        {"straw_man", 3, {"Stropop (stroman)", "Straw man"}, {"Je valt een verdraaide versie van het standpunt aan.", "Attacks a distorted version of the standpoint."}},
        {"slippery_slope", 7, {"Hellend vlak", "Slippery slope"}, {"Een ongefundeerde keten van rampzalige gevolgen.", "An unfounded chain of dire consequences."}},
        {"popularity", 7, {"Populistische drogreden", "Appeal to popularity"}, {"„De meeste mensen vinden het”, dus is het zo.", "\"Most people think so\"."}},
    };
    config.weights.neutral = 0.5;
    config.weights.evidence_fact = 0.175;
    config.weights.confirmed_fallacy = -0.2;
    config.weights.far_overtime_ratio = 1.5;
    config.weights.appreciation = 0.1 + 0.2;  // 0.30000000000000004: must survive exactly
    return config;
}

TEST_CASE("a session configuration with a realistic catalog round-trips exactly", "[codec]") {
    const core::SessionConfig config = realistic_config();
    const std::string text = proto::write_json_text(proto::config_to_json(config));
    INFO(text);
    CHECK(text.find("\"evidence_fact\":0.175,") != std::string::npos);
    CHECK(text.find("\"appreciation\":0.30000000000000004,") != std::string::npos);

    const auto parsed = proto::parse_json_text(text);
    REQUIRE(parsed.ok());
    const auto decoded = proto::config_from_json(*parsed);
    REQUIRE(decoded.ok());
    CHECK(*decoded == config);
    CHECK(proto::write_json_text(proto::config_to_json(*decoded)) == text);

    core::Command command;
    command.request_id = "r-1";
    command.body = core::CreateSession{config, "Marloes de Gespreksleider"};
    const auto via_command = proto::decode_command(proto::encode_command(command));
    REQUIRE(via_command.ok());
    CHECK(std::get<core::CreateSession>(via_command->body).config == config);
}

TEST_CASE("a refusal keeps its reason code and its parameters in order", "[codec]") {
    const core::Refusal refusal =
        core::Refusal(core::ReasonCode::must_wait).with("waiting", "2").with("naam", "Anouk van Dijk");
    const std::string text = proto::write_json_text(proto::refusal_to_json(refusal));
    CHECK(text == R"({"code":"must_wait","params":{"waiting":"2","naam":"Anouk van Dijk"}})");

    const auto decoded = proto::refusal_from_json(*proto::parse_json_text(text));
    REQUIRE(decoded.ok());
    CHECK(*decoded == refusal);
}

}  // namespace
