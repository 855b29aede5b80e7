#pragma once
// How a long export tells its caller how far it is: the CLI prints "events 40.000/100.000"
// on a terminal, the replay viewer draws a bar. Called from the exporting thread.
#include <cstddef>
#include <functional>

namespace lagerhuis::report {

// done ≤ total; the last call has done == total. An empty function is never called.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

}  // namespace lagerhuis::report
