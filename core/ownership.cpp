#include "ownership.hpp"

#include <algorithm>

namespace lagerhuis::core {

Ownership::Ownership(const std::vector<Event>& log) {
    const auto speaker_of = [&](TurnId turn) {
        const auto found = speaker_of_turn_.find(turn.value);
        return found == speaker_of_turn_.end() ? ParticipantId{} : found->second;
    };
    for (const auto& event : log) {
        if (const auto* created = std::get_if<SessionCreated>(&event.body)) facilitators_.push_back(created->facilitator);
        if (const auto* joined = std::get_if<ParticipantJoined>(&event.body); joined && is_facilitating(joined->role))
            facilitators_.push_back(joined->participant);
        if (const auto* turn = std::get_if<TurnStarted>(&event.body)) speaker_of_turn_[turn->turn.value] = turn->speaker;
        if (const auto* tagged = std::get_if<ArgumentTagged>(&event.body))
            speaker_of_argument_[tagged->argument.value] = speaker_of(tagged->turn);
        if (const auto* fallacy = std::get_if<FallacyTagged>(&event.body)) speaker_of_tag_[fallacy->tag.value] = speaker_of(fallacy->turn);
        if (const auto* flag = std::get_if<FallacyFlagged>(&event.body)) {
            speaker_of_flag_[flag->flag.value] = speaker_of(flag->turn);
            flagger_of_flag_[flag->flag.value] = flag->flagger;
        }
    }
}

bool Ownership::facilitating(ParticipantId who) const {
    return std::find(facilitators_.begin(), facilitators_.end(), who) != facilitators_.end();
}

bool Ownership::owned_by(const Owners& owners, std::uint32_t key, ParticipantId who) {
    const auto found = owners.find(key);
    return !who.is_none() && found != owners.end() && found->second == who;
}

}  // namespace lagerhuis::core
