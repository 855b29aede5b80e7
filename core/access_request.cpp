#include "access_request.hpp"

#include <type_traits>

#include "ownership.hpp"

namespace lagerhuis::core {

namespace {

// Whether `body` is about `who`; someone else named in it (a marker, a flagger) is left
// out by `hide`.
struct Selection {
    const Ownership& owned;
    ParticipantId who;
    bool about = false;
    bool hides_other_person = false;

    void operator()(SessionCreated& b) { about = b.facilitator == who; }
    void operator()(ParticipantJoined& b) { about = b.participant == who; }
    void operator()(ParticipantRenamed& b) { about = b.participant == who; }
    void operator()(ParticipantRemoved& b) { about = b.participant == who; }
    void operator()(SeatChanged& b) { about = b.participant == who; }
    void operator()(HandRaised& b) { about = b.participant == who; }
    void operator()(HandLowered& b) { about = b.participant == who; }
    void operator()(TurnStarted& b) { about = b.speaker == who; }
    void operator()(TurnPaused& b) { about = owned.turn_of(b.turn, who); }
    void operator()(TurnResumed& b) { about = owned.turn_of(b.turn, who); }
    void operator()(TurnEnded& b) { about = owned.turn_of(b.turn, who); }
    void operator()(ArgumentTagged& b) { about = owned.turn_of(b.turn, who); }
    void operator()(ArgumentCorrected& b) { about = owned.argument_of(b.argument, who); }
    void operator()(ArgumentRetracted& b) { about = owned.argument_of(b.argument, who); }
    void operator()(ArgumentRelevanceSet& b) { about = owned.argument_of(b.argument, who); }
    void operator()(ArgumentAppreciated& b) { marked(b.participant, b.argument); }
    void operator()(AppreciationWithdrawn& b) { marked(b.participant, b.argument); }
    void operator()(FallacyTagged& b) { about = owned.turn_of(b.turn, who); }
    void operator()(FallacyTagRetracted& b) { about = owned.tag_about(b.tag, who); }
    void operator()(FallacyFlagged& b) {
        about = b.flagger == who || owned.turn_of(b.turn, who);
        if (about && b.flagger != who) hide(b.flagger);
    }
    void operator()(FlagDecided& b) { about = owned.flag_by(b.flag, who) || owned.flag_about(b.flag, who); }
    void operator()(BallotCast& b) { about = b.participant == who; }
    // The session's set-up, statements, the room's lock, polls opening and closing, sealed
    // ballots: about the room, not about one person.
    template <class Body>
    void operator()(Body&) {}

    void marked(ParticipantId& marker, ArgumentId argument) {
        about = marker == who || owned.argument_of(argument, who);
        if (about && marker != who) hide(marker);
    }
    void hide(ParticipantId& other) {
        other = {};
        hides_other_person = true;
    }
};

}  // namespace

std::vector<Event> events_about(const std::vector<Event>& log, ParticipantId who) {
    const Ownership owned(log);
    std::vector<Event> about;
    for (const auto& original : log) {
        Event event = original;
        Selection selection{owned, who};
        std::visit(selection, event.body);
        if (!selection.about) continue;
        if (event.actor != who && (selection.hides_other_person || !owned.facilitating(event.actor))) {
            event.actor = {};
            event.request_id.clear();
        }
        about.push_back(std::move(event));
    }
    return about;
}

}  // namespace lagerhuis::core
