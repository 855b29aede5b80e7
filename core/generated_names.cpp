#include "generated_names.hpp"

#include <algorithm>

namespace lagerhuis::core {

std::string generated_name(const State& state) {
    const std::string word = state.config.language == Language::en ? "Participant " : "Deelnemer ";
    const auto participants = std::count_if(state.participants.begin(), state.participants.end(),
                                            [](const Participant& p) { return p.role == Role::participant; });
    for (auto number = participants + 1;; ++number) {
        std::string name = word + std::to_string(number);
        const bool taken = std::any_of(state.participants.begin(), state.participants.end(),
                                       [&](const Participant& p) { return p.name == name; });
        if (!taken) return name;
    }
}

}  // namespace lagerhuis::core
