#pragma once
// The speaker's countdown, drawn locally from view.turn and the host's clock (as the
// browser page does: assets/web/turn_clock.js), so the host never sends a tick.
#include <optional>
#include <string>

#include "app/ui/texts.hpp"
#include "core/ids.hpp"
#include "proto/participant_view.hpp"

namespace lagerhuis::app {

enum class TurnPhase : unsigned char { normal, warning, overtime, ended };

// Milliseconds left, negative in overtime. `host_now_ms` is the host's clock now
// (client clock + the estimated offset); without an estimate yet, the running stretch
// is not counted.
core::Millis time_left(const proto::TurnSection& turn, std::optional<double> host_now_ms);
TurnPhase turn_phase(const proto::TurnSection& turn, core::Millis left);
// Not ended, but the clock stands still (the facilitator paused it).
bool is_paused(const proto::TurnSection& turn);
// Whether the clock moves: the screen must redraw while it does.
bool is_running(const proto::TurnSection& turn);
// "1:00", "0:07", and in overtime "+0:12". A second shows until it has fully passed, so
// the clock reads 0:00 only when the time is really up.
std::string format_time_left(core::Millis left);
// "0:52": a duration (the summary's speaking time), rounded to the second.
std::string format_duration(core::Millis duration);
// What the clock is doing, in words beside the digits ("Bijna klaar", "Gepauzeerd");
// empty while it just runs.
std::string clock_state(const Texts& texts, const proto::TurnSection& turn, TurnPhase phase);
// How much of the time is used, 0..1, for a bar.
float fraction_used(const proto::TurnSection& turn, core::Millis left);

}  // namespace lagerhuis::app
