#pragma once
// The participant's projection (docs/protocol.md): what a participant may see of the
// state, and needs. Pure: computed from the state and who is connected (room.present),
// by the host when it publishes and by tests that check a client's view against it.
//
//   Projector projector(state, presence);       // indexes the state once: O(state)
//   auto view = view_object(projector.view());  // the same for every participant
//   auto me = projector.personal(id);           // O(own flags and appreciations) per participant
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/state.hpp"
#include "proto/participant_view.hpp"
#include "proto/presence.hpp"

namespace lagerhuis::proto {

class Projector {
public:
    Projector(const core::State& state, const Presence& presence);

    ParticipantView view() const;
    // For a participant id the state does not know: an empty, removed view.
    PersonalView personal(core::ParticipantId participant) const;

private:
    const core::State& state_;
    const Presence& presence_;
    const core::Turn* turn_ = nullptr;  // the latest turn: running, paused or last ended
    const core::Poll* poll_ = nullptr;  // the open poll, or else the active statement's last
    // Indexed once, so that personal() for every participant stays linear in the room
    // (a scan of the hand queue or the ballots per participant would be quadratic).
    // All by participant id - 1.
    std::vector<std::vector<core::FlagId>> flags_by_flagger_;
    std::vector<int> appreciations_received_;
    std::vector<int> hand_place_;                           // 1 = first; 0 = not raised
    std::vector<std::optional<core::Side>> ballot_;         // in poll_
    std::vector<std::vector<core::ArgumentId>> appreciated_;  // among turn_'s arguments, in their order
};

// The statement everyone sees: the active one, or between statements the one that
// closed last (nullptr before the first opens).
const core::Statement* shown_statement(const core::State& state);

// A turn as the clocks see it (participants, the console, the projector): speaker's
// name, limit, warning and the running stretch.
TurnSection turn_section(const core::State& state, const core::Turn& turn);

// The view as one JSON object with every section present (null when empty), in a fixed
// order: what a snapshot carries and what a client's merged view must equal.
boost::json::object view_object(const ParticipantView& view);
// The sections of `after` whose value differs from `before`'s: a batch's `view`.
boost::json::object changed_sections(const boost::json::object& before, const boost::json::object& after);
// Replaces `view`'s sections with those of `changes` (a client applying a batch).
void merge_sections(boost::json::object& view, const boost::json::object& changes);

// FNV-1a 64 of the canonical JSON of {"view":view,"me":me}, as 16 hex digits: the host
// and each client compute it the same way and compare (docs/protocol.md, view_hash).
std::string view_hash(const boost::json::object& view, const PersonalView& me);

}  // namespace lagerhuis::proto
