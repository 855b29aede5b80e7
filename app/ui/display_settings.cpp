#include "app/ui/display_settings.hpp"

#include <algorithm>
#include <cstdlib>

namespace lagerhuis::app {

int larger_text(int percent) {
    for (int step : text_size_steps)
        if (step > percent) return step;
    return text_size_steps.back();
}

int smaller_text(int percent) {
    for (auto step = text_size_steps.rbegin(); step != text_size_steps.rend(); ++step)
        if (*step < percent) return *step;
    return text_size_steps.front();
}

int nearest_text_step(int percent) {
    return *std::min_element(text_size_steps.begin(), text_size_steps.end(),
                             [&](int a, int b) { return std::abs(a - percent) < std::abs(b - percent); });
}

}  // namespace lagerhuis::app
