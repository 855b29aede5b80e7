#pragma once
// Whose each turn, argument, drogreden tag and flag was, read from the log: what erasure
// (erasure.hpp) and access (access_request.hpp) ask of every event that names a turn or
// an argument rather than a person.
#include <cstdint>
#include <map>
#include <vector>

#include "event.hpp"

namespace lagerhuis::core {

class Ownership {
public:
    explicit Ownership(const std::vector<Event>& log);

    bool turn_of(TurnId turn, ParticipantId who) const { return owned_by(speaker_of_turn_, turn.value, who); }
    bool argument_of(ArgumentId argument, ParticipantId who) const { return owned_by(speaker_of_argument_, argument.value, who); }
    // A drogreden tagged in their turn.
    bool tag_about(FallacyTagId tag, ParticipantId who) const { return owned_by(speaker_of_tag_, tag.value, who); }
    // A flag raised about their turn (by anyone), or raised by them.
    bool flag_about(FlagId flag, ParticipantId who) const { return owned_by(speaker_of_flag_, flag.value, who); }
    bool flag_by(FlagId flag, ParticipantId who) const { return owned_by(flagger_of_flag_, flag.value, who); }
    bool facilitating(ParticipantId who) const;

private:
    using Owners = std::map<std::uint32_t, ParticipantId>;
    static bool owned_by(const Owners& owners, std::uint32_t key, ParticipantId who);

    Owners speaker_of_turn_;
    Owners speaker_of_argument_;
    Owners speaker_of_tag_;
    Owners speaker_of_flag_;
    Owners flagger_of_flag_;
    std::vector<ParticipantId> facilitators_;
};

}  // namespace lagerhuis::core
