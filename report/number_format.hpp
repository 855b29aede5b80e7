#pragma once
// Numbers as the trainer reads them, spelled like `lagerhuis analyze session --table`:
// Dutch decimal comma, speaking time as m:ss, precision as a whole percentage. One place,
// so a figure in the HTML report reads exactly as it does in the terminal and the CSV.
#include <cstddef>
#include <string>

#include "core/enums.hpp"
#include "core/ids.hpp"

namespace lagerhuis::report {

// "0,412" in Dutch, "0.412" in English.
std::string decimal(double value, int decimals, core::Language language);
// A duration rounded to the second: "2:05", "75:10" (minutes keep counting past the hour,
// as in the terminal table).
std::string minutes_seconds(double ms);
// A moment in the session (milliseconds since it started): "12:05", or "1:02:05" past the hour.
std::string session_clock(core::Millis at_ms);
// "67%"; none of the flags decided yet reads as "–".
std::string percentage(double fraction);
// "100.000" in Dutch, "100,000" in English.
std::string thousands(std::size_t value, core::Language language);
// "+3", "0", "-2": a shift in seats.
std::string signed_count(int value);

}  // namespace lagerhuis::report
