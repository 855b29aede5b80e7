#include "proto/client_view.hpp"

#include "proto/json_fields.hpp"
#include "proto/projection.hpp"

namespace lagerhuis::proto {

void ClientView::take_snapshot(const Snapshot& snapshot) {
    if (!snapshot.continues()) has_snapshot_ = true;  // a facilitator's log: once its last part is in
    seq_ = snapshot.seq;
    if (snapshot.view) view_ = *snapshot.view;
    if (snapshot.me) me_ = snapshot.me;
}

ClientView::Outcome ClientView::take_batch(const Batch& batch) {
    // A batch of no events right after our seq (from == seq + 1): only the view moved.
    const bool view_only = batch.from == seq_ + 1 && batch.seq == seq_;
    if (batch.seq <= seq_ && !view_only) {
        duplicates_ += 1;
        return Outcome::duplicate;
    }
    const bool gap = batch.from > seq_ + 1;
    if (gap) gaps_ += 1;
    if (batch.view) merge_sections(view_, *batch.view);
    seq_ = batch.seq;
    return gap ? Outcome::gap : Outcome::applied;
}

void ClientView::take_personal(const PersonalUpdate& update) { me_ = update.me; }

std::optional<ParticipantView> ClientView::typed_view() const {
    ParticipantView typed;
    if (from_json(boost::json::value(view_), typed)) return std::nullopt;
    return typed;
}

std::string ClientView::hash() const { return me_ ? view_hash(view_, *me_) : std::string{}; }

}  // namespace lagerhuis::proto
