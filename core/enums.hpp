#pragma once
// The small closed vocabularies of the domain, with their wire/file names in one table
// each, so the codec, the catalogs and the CLI spell them the same way.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lagerhuis::core {

enum class Side : std::uint8_t { voor, tegen, twijfel };
enum class Role : std::uint8_t { facilitator, co_facilitator, participant, observer };
enum class Language : std::uint8_t { nl, en };
// pro/support strengthen their target, contra/rebuttal attack it; a question is counted
// for its speaker but is not a node of the argument graph.
enum class ArgumentKind : std::uint8_t { pro, contra, support, rebuttal, question };
enum class EvidenceKind : std::uint8_t { none, example, fact, expert, experience, value };
enum class FlagOutcome : std::uint8_t { pending, confirmed, dismissed };
enum class PositionKind : std::uint8_t { opening, closing };
// Why the engine fixed an opening position by itself: the first turn began, someone
// moved after the settling time (SessionRules::opening_grace_ms), or the statement closed.
enum class PositionTrigger : std::uint8_t { first_turn, grace_over, statement_closed };
enum class StatementStatus : std::uint8_t { pending, active, closed };
// Why a turn was paused: by the gespreksleider, or by the host after a crash so the time
// the host was down does not count.
enum class PauseReason : std::uint8_t { facilitator, recovery };

template <class E>
struct EnumNames;

template <>
struct EnumNames<Side> {
    static constexpr std::array<std::string_view, 3> names{"voor", "tegen", "twijfel"};
};
template <>
struct EnumNames<Role> {
    static constexpr std::array<std::string_view, 4> names{"facilitator", "co_facilitator",
                                                           "participant", "observer"};
};
template <>
struct EnumNames<Language> {
    static constexpr std::array<std::string_view, 2> names{"nl", "en"};
};
template <>
struct EnumNames<ArgumentKind> {
    static constexpr std::array<std::string_view, 5> names{"pro", "contra", "support",
                                                           "rebuttal", "question"};
};
template <>
struct EnumNames<EvidenceKind> {
    static constexpr std::array<std::string_view, 6> names{"none",   "example",    "fact",
                                                           "expert", "experience", "value"};
};
template <>
struct EnumNames<FlagOutcome> {
    static constexpr std::array<std::string_view, 3> names{"pending", "confirmed", "dismissed"};
};
template <>
struct EnumNames<PositionKind> {
    static constexpr std::array<std::string_view, 2> names{"opening", "closing"};
};
template <>
struct EnumNames<PositionTrigger> {
    static constexpr std::array<std::string_view, 3> names{"first_turn", "grace_over", "statement_closed"};
};
template <>
struct EnumNames<StatementStatus> {
    static constexpr std::array<std::string_view, 3> names{"pending", "active", "closed"};
};
template <>
struct EnumNames<PauseReason> {
    static constexpr std::array<std::string_view, 2> names{"facilitator", "recovery"};
};

template <class E>
constexpr std::string_view to_string(E value) {
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template <class E>
constexpr std::optional<E> parse_enum(std::string_view text) {
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text) return static_cast<E>(i);
    }
    return std::nullopt;
}

// The side an argument helps when it attacks what helped `side`.
constexpr Side opposite(Side side) {
    switch (side) {
        case Side::voor: return Side::tegen;
        case Side::tegen: return Side::voor;
        case Side::twijfel: return Side::twijfel;
    }
    return Side::twijfel;
}

constexpr bool is_facilitating(Role role) {
    return role == Role::facilitator || role == Role::co_facilitator;
}

constexpr bool supports_target(ArgumentKind kind) {
    return kind == ArgumentKind::pro || kind == ArgumentKind::support;
}

}  // namespace lagerhuis::core
