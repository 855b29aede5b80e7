#include "ballot_seal.hpp"

namespace lagerhuis::core {

PollClosed closing_of(const State& state, PollId poll) {
    PollClosed closed{poll, std::nullopt};
    const Poll* found = state.poll(poll);
    if (found && state.config.rules.anonymous_ballots)
        closed.tally = SideCounts{found->count(Side::voor), found->count(Side::tegen), found->count(Side::twijfel)};
    return closed;
}

std::optional<PollId> sealed_by(const Event& event) {
    const auto* closed = std::get_if<PollClosed>(&event.body);
    if (!closed || !closed->tally) return std::nullopt;
    return closed->poll;
}

Event sealed_ballot(Seq seq, PollId poll, Millis opened_at_ms) {
    return Event{seq, opened_at_ms, ParticipantId{}, std::string(), std::nullopt, BallotSealed{poll}};
}

int seal_ballots(std::vector<Event>& log, PollId poll) {
    // Ballots of the poll come after its opening, which is near the end: walk back to it.
    auto opened = log.end();
    while (opened != log.begin()) {
        --opened;
        const auto* open = std::get_if<PollOpened>(&opened->body);
        if (open && open->poll == poll) break;
    }
    if (opened == log.end()) return 0;
    const Millis opened_at = opened->at_ms;
    int sealed = 0;
    for (auto it = opened; it != log.end(); ++it) {
        const auto* ballot = std::get_if<BallotCast>(&it->body);
        if (!ballot || ballot->poll != poll) continue;
        *it = sealed_ballot(it->seq, poll, opened_at);
        ++sealed;
    }
    return sealed;
}

}  // namespace lagerhuis::core
