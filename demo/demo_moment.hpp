#pragma once
// A moment of the demo debate worth opening the console on: a turn under way in the
// first statement, hands raised, flags waiting for the gespreksleider. The console's
// `--demo` starts from the demo's events up to there, so there is something to run.
#include <cstddef>
#include <span>

#include "core/event.hpp"

namespace lagerhuis::demo {

// How many of `events` (from the start) lead up to that moment; all of them when the
// log never gets there.
std::size_t lively_moment(std::span<const core::Event> events);

}  // namespace lagerhuis::demo
