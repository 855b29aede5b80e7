#include "undo.hpp"

namespace lagerhuis::core {
namespace {

struct Inverse {
    const State& before;
    const Event& event;

    std::optional<EventBody> operator()(const ArgumentTagged& e) const { return ArgumentRetracted{e.argument, true}; }
    std::optional<EventBody> operator()(const ArgumentCorrected& e) const {
        const Argument& old = *before.argument(e.argument);
        return ArgumentCorrected{old.id, old.kind, old.target, old.evidence, old.text};
    }
    std::optional<EventBody> operator()(const ArgumentRetracted& e) const {
        return ArgumentRetracted{e.argument, !e.retracted};
    }
    std::optional<EventBody> operator()(const ArgumentRelevanceSet& e) const {
        return ArgumentRelevanceSet{e.argument, !e.irrelevant};
    }
    std::optional<EventBody> operator()(const FallacyTagged& e) const { return FallacyTagRetracted{e.tag, true}; }
    std::optional<EventBody> operator()(const FallacyTagRetracted& e) const {
        return FallacyTagRetracted{e.tag, !e.retracted};
    }
    std::optional<EventBody> operator()(const FlagDecided& e) const { return FlagDecided{e.flag, FlagOutcome::pending}; }
    std::optional<EventBody> operator()(const ParticipantRenamed& e) const {
        return ParticipantRenamed{e.participant, before.participant(e.participant)->name};
    }
    // A seat the gespreksleider changed for someone; their own moves are theirs to undo.
    std::optional<EventBody> operator()(const SeatChanged& e) const {
        const auto old_seat = before.participant(e.participant)->seat;
        if (event.actor == e.participant || !old_seat) return std::nullopt;
        return SeatChanged{e.participant, *old_seat, before.latest_turn()};
    }
    template <class Other>
    std::optional<EventBody> operator()(const Other&) const { return std::nullopt; }
};

}  // namespace

std::optional<EventBody> inverse_of(const State& before, const Event& event) {
    const Participant* actor = before.participant(event.actor);
    if (!actor || !is_facilitating(actor->role) || event.undoes) return std::nullopt;
    return std::visit(Inverse{before, event}, event.body);
}

}  // namespace lagerhuis::core
