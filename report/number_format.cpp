#include "report/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lagerhuis::report {

std::string decimal(double value, int decimals, core::Language language) {
    // A value that rounds to zero reads "0,00", never "-0,00".
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0.0;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (language == core::Language::nl) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string minutes_seconds(double ms) {
    const auto seconds = static_cast<long>(ms / 1000.0 + 0.5);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", seconds / 60, seconds % 60);
    return buffer;
}

std::string session_clock(core::Millis at_ms) {
    const long seconds = static_cast<long>(std::max<core::Millis>(at_ms, 0) / 1000);
    char buffer[32];
    if (seconds >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", seconds / 60, seconds % 60);
    return buffer;
}

std::string percentage(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100);
    return buffer;
}

std::string thousands(std::size_t value, core::Language language) {
    const std::string digits = std::to_string(value);
    const char separator = language == core::Language::nl ? '.' : ',';
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) text += separator;
        text += digits[i];
    }
    return text;
}

std::string signed_count(int value) { return value > 0 ? "+" + std::to_string(value) : std::to_string(value); }

}  // namespace lagerhuis::report
