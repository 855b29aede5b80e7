// One generic writer walks every value: structs that declare `fields` (configuration,
// events, the scoreboard) through their visitor, the state's plain structs through the
// member lists below. A field missing from a list would make "equal" too lenient, so
// the lists name every member, in declaration order.
#include "tests/core/state_dump.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <sstream>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace lagerhuis::tests {
namespace {

using namespace core;

// [SECTION] Member lists of the state's structs (they have no `fields` visitor)

template <class F>
void describe(const Participant& p, F&& f) {
    f("id", p.id); f("name", p.name); f("role", p.role); f("has_device", p.has_device); f("removed", p.removed);
    f("seat", p.seat); f("hand_raised_at", p.hand_raised_at); f("recent_flags", p.recent_flags);
}
template <class F>
void describe(const Crossing& c, F&& f) {
    f("seq", c.seq); f("at_ms", c.at_ms); f("participant", c.participant); f("statement", c.statement);
    f("from", c.from); f("to", c.to); f("after_turn", c.after_turn);
}
template <class F>
void describe(const Position& p, F&& f) {
    f("seq", p.seq); f("at_ms", p.at_ms); f("seats", p.seats); f("automatic", p.automatic);
}
template <class F>
void describe(const Statement& s, F&& f) {
    f("id", s.id); f("text", s.text); f("status", s.status); f("opened_at", s.opened_at); f("opening", s.opening);
    f("closing", s.closing);
    f("turns", s.turns); f("roots", s.roots); f("polls", s.polls); f("strength", s.strength);
}
template <class F>
void describe(const Turn& t, F&& f) {
    f("id", t.id); f("seq", t.seq); f("speaker", t.speaker); f("statement", t.statement); f("side", t.side);
    f("started_at", t.started_at); f("limit_ms", t.limit_ms); f("spoken_before_ms", t.spoken_before_ms);
    f("running_since", t.running_since); f("ended_at", t.ended_at); f("ended_seq", t.ended_seq);
    f("suggested", t.suggested); f("override_reason", t.override_reason); f("arguments", t.arguments);
    f("fallacy_tags", t.fallacy_tags); f("flags", t.flags); f("whole_turn_flags", t.whole_turn_flags);
}
template <class F>
void describe(const Appreciation& a, F&& f) {
    f("participant", a.participant); f("seq", a.seq);
}
template <class F>
void describe(const Argument& a, F&& f) {
    f("id", a.id); f("seq", a.seq); f("turn", a.turn); f("speaker", a.speaker); f("statement", a.statement);
    f("kind", a.kind); f("target", a.target); f("evidence", a.evidence); f("text", a.text);
    f("retracted", a.retracted); f("irrelevant", a.irrelevant); f("irrelevant_seq", a.irrelevant_seq);
    f("appreciations", a.appreciations); f("replies", a.replies); f("flags", a.flags); f("direction", a.direction);
    f("base", a.base);
    f("strength", a.strength);
}
template <class F>
void describe(const FallacyTag& t, F&& f) {
    f("id", t.id); f("seq", t.seq); f("turn", t.turn); f("argument", t.argument); f("fallacy", t.fallacy);
    f("note", t.note); f("retracted", t.retracted);
}
template <class F>
void describe(const Flag& g, F&& f) {
    f("id", g.id); f("seq", g.seq); f("at_ms", g.at_ms); f("flagger", g.flagger); f("flagger_seat", g.flagger_seat);
    f("turn", g.turn); f("argument", g.argument); f("fallacy", g.fallacy); f("outcome", g.outcome);
    f("decided_seq", g.decided_seq);
}
template <class F>
void describe(const Poll& p, F&& f) {
    f("id", p.id); f("opened_seq", p.opened_seq); f("statement", p.statement); f("open", p.open);
    f("ballots", p.ballots); f("sealed", p.sealed); f("secret", p.secret);
}
template <class F>
void describe(const UndoEntry& u, F&& f) {
    f("seq", u.seq); f("inverse", u.inverse);
}
template <class F>
void describe(const PersonTally& t, F&& f) {
    f("speaking_ms", t.speaking_ms); f("turns", t.turns); f("arguments", t.arguments); f("questions", t.questions);
    f("flags_pending", t.flags_pending); f("flags_confirmed", t.flags_confirmed);
    f("flags_dismissed", t.flags_dismissed); f("crossings", t.crossings);
    f("appreciations_given", t.appreciations_given);
}
template <class F>
void describe(const SideTally& t, F&& f) {
    f("speaking_ms", t.speaking_ms); f("turns", t.turns); f("arguments", t.arguments);
    f("crossings_in", t.crossings_in); f("crossings_out", t.crossings_out);
}
template <class F>
void describe(const Tally& t, F&& f) {
    f("people", t.people); f("sides", t.sides);
}
template <class F>
void describe(const State& s, F&& f) {
    f("created", s.created); f("config", s.config); f("last_seq", s.last_seq); f("last_at_ms", s.last_at_ms);
    f("room_locked", s.room_locked); f("participants", s.participants); f("statements", s.statements);
    f("turns", s.turns); f("arguments", s.arguments); f("fallacy_tags", s.fallacy_tags); f("flags", s.flags);
    f("polls", s.polls); f("crossings", s.crossings); f("active_statement", s.active_statement);
    f("current_turn", s.current_turn); f("open_poll", s.open_poll); f("hand_queue", s.hand_queue);
    f("undo_stack", s.undo_stack); f("tally", s.tally);
}
template <class F>
void describe(const ScoreSnapshot& s, F&& f) {
    f("bases", s.bases); f("strengths", s.strengths); f("statement_strengths", s.statement_strengths);
    f("tally", s.tally);
}
template <class F>
void describe(const ScoreTerm& t, F&& f) {
    f("rule", t.rule); f("delta", t.delta); f("events", t.events); f("params", t.params);
}
template <class F>
void describe(const Event& e, F&& f) {
    f("seq", e.seq); f("at_ms", e.at_ms); f("actor", e.actor); f("request_id", e.request_id);
    f("undoes", e.undoes); f("body", e.body);
}

// [SECTION] The generic writer

template <class T>
inline constexpr bool is_id = false;
template <class Tag>
inline constexpr bool is_id<Id<Tag>> = true;
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
template <class T>
inline constexpr bool is_sequence = false;
template <class T>
inline constexpr bool is_sequence<std::vector<T>> = true;
template <class T, std::size_t N>
inline constexpr bool is_sequence<std::array<T, N>> = true;
template <class T>
inline constexpr bool is_pair = false;
template <class A, class B>
inline constexpr bool is_pair<std::pair<A, B>> = true;
template <class T>
inline constexpr bool is_variant = false;
template <class... Ts>
inline constexpr bool is_variant<std::variant<Ts...>> = true;

struct MemberProbe {
    template <class M>
    void operator()(std::string_view, const M&) const {}
};
template <class T>
concept HasFields = requires(const T& value) { T::fields(value, MemberProbe{}); };

std::string double_text(double value) {
    std::array<char, 64> buffer{};
    // The shortest text that reads back as the same double: equal text, equal bits.
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    return std::string(buffer.data(), end);
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '"' || c == '\\') out += std::string("\\") + c;
        else out += c;
    }
    return out + "\"";
}

class Dumper {
public:
    template <class T>
    void field(const std::string& path, const T& value) {
        if constexpr (std::is_same_v<T, bool>) {
            leaf(path, value ? "true" : "false");
        } else if constexpr (std::is_enum_v<T>) {
            leaf(path, to_string(value));
        } else if constexpr (std::is_integral_v<T>) {
            leaf(path, std::to_string(value));
        } else if constexpr (std::is_same_v<T, double>) {
            leaf(path, double_text(value));
        } else if constexpr (std::is_same_v<T, std::string>) {
            leaf(path, quoted(value));
        } else if constexpr (is_id<T>) {
            leaf(path, "#" + std::to_string(value.value));
        } else if constexpr (is_optional<T>) {
            if (value) field(path, *value);
            else leaf(path, "none");
        } else if constexpr (is_sequence<T>) {
            leaf(path + ".size", std::to_string(value.size()));
            for (std::size_t i = 0; i < value.size(); ++i) field(path + "[" + std::to_string(i) + "]", value[i]);
        } else if constexpr (is_pair<T>) {
            field(path + ".first", value.first);
            field(path + ".second", value.second);
        } else if constexpr (is_variant<T>) {
            std::visit([&](const auto& alternative) {
                leaf(path + ".type", alternative.type_name);
                members(path, alternative);
            }, value);
        } else {
            members(path, value);
        }
    }
    std::string text() && { return std::move(out_); }

private:
    template <class T>
    void members(const std::string& path, const T& value) {
        auto visit = [&](std::string_view name, const auto& member) {
            field(path.empty() ? std::string(name) : path + "." + std::string(name), member);
        };
        if constexpr (HasFields<T>) T::fields(value, visit);
        else describe(value, visit);
    }
    void leaf(const std::string& path, std::string_view value) {
        out_ += path;
        out_ += " = ";
        out_ += value;
        out_ += '\n';
    }
    std::string out_;
};

template <class T>
std::string dump(const T& value) {
    Dumper dumper;
    dumper.field("", value);
    return std::move(dumper).text();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

std::string dump_state(const State& state) { return dump(state); }
std::string dump_scoreboard(const Scoreboard& board) { return dump(board); }
std::string dump_scores(const ScoreSnapshot& scores) { return dump(scores); }
std::string dump_event(const Event& event) { return dump(event); }

std::string first_difference(const std::string& expected, const std::string& actual) {
    if (expected == actual) return {};
    const auto want = lines_of(expected);
    const auto got = lines_of(actual);
    std::size_t i = 0;
    while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
    auto at = [](const std::vector<std::string>& lines, std::size_t n) {
        return n < lines.size() ? lines[n] : std::string("(nothing)");
    };
    return "line " + std::to_string(i + 1) + ": expected `" + at(want, i) + "`, got `" + at(got, i) + "`";
}

std::string state_difference(const State& expected, const State& actual) {
    return first_difference(dump_state(expected), dump_state(actual));
}

std::string kept_vs_recomputed(const State& state) {
    return first_difference(dump_scores(recompute_scores(state)), dump_scores(kept_scores(state)));
}

}  // namespace lagerhuis::tests
