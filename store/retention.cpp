#include "store/retention.hpp"

#include <chrono>
#include <cstdio>

namespace lagerhuis::store {

namespace {

std::string format(std::chrono::sys_days day) {
    const std::chrono::year_month_day date{day};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return text;
}

bool parse(std::string_view text, std::chrono::sys_days& day) {
    int year = 0;
    unsigned month = 0, dom = 0;
    if (text.size() != 10 || std::sscanf(std::string(text).c_str(), "%4d-%2u-%2u", &year, &month, &dom) != 3) return false;
    const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{dom}};
    if (!date.ok()) return false;
    day = std::chrono::sys_days{date};
    return true;
}

std::chrono::sys_days today() { return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()); }

}  // namespace

std::string today_utc() { return format(today()); }

std::string date_in_days(int days) { return format(today() + std::chrono::days{days}); }

bool days_between(std::string_view from, std::string_view to, int& days) {
    std::chrono::sys_days a, b;
    if (!parse(from, a) || !parse(to, b)) return false;
    days = static_cast<int>((b - a).count());
    return true;
}

}  // namespace lagerhuis::store
