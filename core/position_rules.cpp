#include "position_rules.hpp"

namespace lagerhuis::core {

std::optional<Refusal> may_fix_opening(const State& state, const Statement& statement) {
    if (statement.closing)
        return Refusal{ReasonCode::position_already_fixed}.with("kind", std::string(to_string(PositionKind::closing)));
    if (!statement.opening || statement.turns.empty()) return std::nullopt;
    // From the first turn after it on, a move is a crossing.
    if (state.turn(statement.turns.back())->seq > statement.opening->seq) return Refusal{ReasonCode::opening_in_use};
    return std::nullopt;
}

std::optional<Millis> opening_grace_end(const State& state, const Statement& statement) {
    const Millis grace = state.config.rules.opening_grace();
    if (grace == 0) return std::nullopt;
    return statement.opened_at + grace;
}

}  // namespace lagerhuis::core
