#pragma once
// A participant client's copy of its projection, built from the snapshot, batches and
// personal updates (docs/protocol.md). It checks the sequence as it goes: a batch that
// does not continue from what the client has is a gap (events lost), one that brings
// nothing new a duplicate. Both are counted, never silently merged. A batch of no events
// (from == seq + 1, the same seq) is new: the view moved without an event (who is here).
#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "proto/participant_view.hpp"
#include "proto/wire_messages.hpp"

namespace lagerhuis::proto {

class ClientView {
public:
    enum class Outcome : std::uint8_t { applied, gap, duplicate };

    void take_snapshot(const Snapshot& snapshot);
    // A gap is still applied (the sections are whole), but counted: the client should resume.
    Outcome take_batch(const Batch& batch);
    void take_personal(const PersonalUpdate& update);

    bool has_snapshot() const { return has_snapshot_; }
    core::Seq seq() const { return seq_; }
    const boost::json::object& view() const { return view_; }
    const std::optional<PersonalView>& me() const { return me_; }
    // The typed view, decoded from the merged sections; nullopt if they do not decode.
    std::optional<ParticipantView> typed_view() const;
    // What the host's view_hash for this client must equal.
    std::string hash() const;

    std::uint64_t gaps() const { return gaps_; }
    std::uint64_t duplicates() const { return duplicates_; }

private:
    bool has_snapshot_ = false;
    core::Seq seq_ = 0;
    boost::json::object view_;
    std::optional<PersonalView> me_;
    std::uint64_t gaps_ = 0;
    std::uint64_t duplicates_ = 0;
};

}  // namespace lagerhuis::proto
