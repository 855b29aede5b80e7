#include "app/ui/turn_clock.hpp"

#include <algorithm>
#include <cmath>

namespace lagerhuis::app {

namespace {

std::string minutes_seconds(long long total_seconds) {
    const long long seconds = total_seconds % 60;
    return std::to_string(total_seconds / 60) + (seconds < 10 ? ":0" : ":") + std::to_string(seconds);
}

}  // namespace

core::Millis time_left(const proto::TurnSection& turn, std::optional<double> host_now_ms) {
    double running = 0;
    if (turn.running_since && host_now_ms) running = std::max(0.0, *host_now_ms - static_cast<double>(*turn.running_since));
    return turn.limit_ms - turn.spoken_ms - static_cast<core::Millis>(std::floor(running));
}

TurnPhase turn_phase(const proto::TurnSection& turn, core::Millis left) {
    if (turn.ended) return TurnPhase::ended;
    if (left < 0) return TurnPhase::overtime;
    if (left <= turn.warning_ms) return TurnPhase::warning;
    return TurnPhase::normal;
}

bool is_paused(const proto::TurnSection& turn) { return !turn.ended && !turn.running_since; }

bool is_running(const proto::TurnSection& turn) { return !turn.ended && turn.running_since.has_value(); }

std::string format_time_left(core::Millis left) {
    if (left < 0) return "+" + minutes_seconds(-left / 1000);
    return minutes_seconds((left + 999) / 1000);
}

std::string format_duration(core::Millis duration) {
    return minutes_seconds((std::max<core::Millis>(0, duration) + 500) / 1000);
}

std::string clock_state(const Texts& texts, const proto::TurnSection& turn, TurnPhase phase) {
    if (phase == TurnPhase::ended) return texts("web.turn.ended");
    if (is_paused(turn)) return texts("web.turn.paused");
    if (phase == TurnPhase::overtime) return texts("web.turn.overtime");
    if (phase == TurnPhase::warning) return texts("web.turn.warning");
    return {};
}

float fraction_used(const proto::TurnSection& turn, core::Millis left) {
    if (turn.limit_ms <= 0) return 1.0f;
    const double used = 1.0 - static_cast<double>(left) / static_cast<double>(turn.limit_ms);
    return static_cast<float>(std::clamp(used, 0.0, 1.0));
}

}  // namespace lagerhuis::app
