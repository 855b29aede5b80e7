#include "participant_lookup.hpp"

#include <algorithm>
#include <charconv>

#include "erasure.hpp"

namespace lagerhuis::core {

ParticipantId find_participant(const State& state, const std::vector<Event>& log, const std::string& wanted) {
    std::uint32_t id = 0;
    const auto parsed = std::from_chars(wanted.data(), wanted.data() + wanted.size(), id);
    if (parsed.ec == std::errc{} && parsed.ptr == wanted.data() + wanted.size() && state.participant(ParticipantId{id}))
        return ParticipantId{id};
    for (const auto& person : state.participants) {
        const auto names = names_of(log, person.id);
        if (std::find(names.begin(), names.end(), wanted) != names.end()) return person.id;
    }
    return {};
}

}  // namespace lagerhuis::core
