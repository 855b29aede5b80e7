// Both crash tests move participants between benches. A seat change the host refused
// (for the rate limit, say) makes the next one ask for the bench the participant already
// has: accepted, with no event of its own, so its ack names the seq before it. These
// helpers tell such an ack apart from a lost one.
#pragma once

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/apply.hpp"
#include "core/command.hpp"
#include "core/event.hpp"

namespace lagerhuis::tests {

// Request id → who asked for which bench.
using SeatsAsked = std::map<std::string, core::TakeSeat>;

inline void note_seat_asked(SeatsAsked& asked, const std::string& request_id, const core::CommandBody& body,
                            core::ParticipantId who) {
    if (const auto* seat = std::get_if<core::TakeSeat>(&body)) asked.emplace(request_id, core::TakeSeat{who, seat->side});
}

// True when the request asked for a bench its participant already had at `seq`.
inline bool asked_for_the_seat_held(const SeatsAsked& asked, const std::string& request_id,
                                    const std::vector<core::Event>& events, core::Seq seq) {
    const auto found = asked.find(request_id);
    if (found == asked.end()) return false;
    const auto after = std::find_if(events.begin(), events.end(), [&](const core::Event& e) { return e.seq > seq; });
    const auto state = core::fold(std::span<const core::Event>(events.data(), static_cast<std::size_t>(after - events.begin())));
    const auto* person = state.participant(found->second.participant);
    return person && person->seat == found->second.side;
}

}  // namespace lagerhuis::tests
