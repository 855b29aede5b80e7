#pragma once
// A moment of the demo debate worth opening the console on: a turn under way in the
// first statement, hands raised, flags waiting for the gespreksleider. The console's
// `--demo` starts from the demo's events up to there, so there is something to run.
#include <cstddef>
#include <span>
#include <vector>

#include "core/event.hpp"

namespace lagerhuis::demo {

// How many of `events` (from the start) lead up to that moment; all of them when the
// log never gets there.
std::size_t lively_moment(std::span<const core::Event> events);

// The first `count` of `events`, as `lagerhuis host --demo` hosts them at its lively
// moment: people following the README join it, so a room the demo had locked by then (its
// gespreksleider locks it once everyone is in) is opened again by the gespreksleider, one
// more event at the time of the last.
std::vector<core::Event> hosted_demo(std::span<const core::Event> events, std::size_t count);

}  // namespace lagerhuis::demo
