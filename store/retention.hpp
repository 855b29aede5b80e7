#pragma once
// How long a session file is kept: every file created from schema version 2 on holds a
// date (meta keep_until, "YYYY-MM-DD", UTC) after which it should be deleted. The date is
// a reminder the tools show (`lagerhuis sessions`, `lagerhuis privacy`); nothing deletes
// a file by itself, because a trainer may still need it for a report.
#include <string>
#include <string_view>

namespace lagerhuis::store {

inline constexpr int default_keep_days = 90;
inline constexpr std::string_view keep_until_key = "keep_until";

// Today's date in UTC, "YYYY-MM-DD".
std::string today_utc();
// The date `days` after today (UTC).
std::string date_in_days(int days);
// Whole days from `from` to `to` (negative when `to` is earlier); both "YYYY-MM-DD".
// False when either is not such a date.
bool days_between(std::string_view from, std::string_view to, int& days);

}  // namespace lagerhuis::store
